/**
 * A LinkedIn-like profile page (invented person) padded with a feed of `nodes` elements, as a long logged-in
 * page is: the extractor must stay fast and find the same person.
 */
export function bigProfilePage(nodes: number): string {
  const head = `<!DOCTYPE html><html><head><title>(3) Aiko Tanaka | LinkedIn</title></head><body><main>
<section><img alt="Aiko Tanaka" src="https://media.licdn.com/dms/image/v2/demo/aiko.jpg"><h1>Aiko Tanaka</h1>
<div><span aria-hidden="true">Product manager</span><span class="vh">Product manager</span></div>
<button aria-label="Current company: Hoshizora Labs. Click to skip to experience card">Hoshizora Labs</button>
<div><span>Yokohama, Japan</span> · <a href="/in/aiko-tanaka-demo/overlay/contact-info/">Contact info</a></div></section>`;
  const post = (i: number) =>
    `<section><h2><span aria-hidden="true">Post ${i}</span><span class="vh">Post ${i}</span></h2><div><p><span>Note ${i}</span><a href="/feed/update/${i}">link</a></p><ul><li><button aria-label="Like">Like</button></li></ul></div></section>`;
  // Each post is 11 elements.
  const posts = Array.from({ length: Math.ceil(nodes / 11) }, (_, i) => post(i)).join('');
  return `${head}${posts}</main></body></html>`;
}
