import { pick, seededRng, type Rng } from './prng';
import * as words from './vocabulary';
import { inventedName } from './people';

export const BENCH_PROFILE_URL = 'https://www.linkedin.com/in/haruka-nishimura-bench/';

/** Text LinkedIn writes twice: once for sight, once for screen readers. */
function twice(text: string): string {
  return `<span aria-hidden="true">${text}</span><span class="a11y-7d">${text}</span>`;
}

function cls(rng: Rng): string {
  return Math.floor(rng() * 0xffffff)
    .toString(16)
    .padStart(6, 'a');
}

/** The profile's top card, in the current logged-in layout (generated class names, the name in an h2). */
function topCard(): string {
  return `<section class="d2c7aa1 f09b3e2">
  <div class="c15e9f7"><a href="/in/haruka-nishimura-bench/overlay/photo/"><img src="https://media.licdn.com/dms/image/v2/bench/profile-displayphoto-shrink_400_400/0/1" alt="Haruka Nishimura"></a></div>
  <div class="f8a1b2c">
    <div class="d0e1f2a"><h2 class="e9d8c7b">${twice('Haruka Nishimura')}</h2><span class="c3d4e5f">${twice('· 2nd')}</span></div>
    <p class="a8b7c6d">${twice('Staff engineer · Offline-first apps and tea')}</p>
    <div class="e7f6a5b"><div role="list">
      <div role="listitem"><a href="#experience" aria-label="Current company: Kumo Analytics. Click to skip to experience card"><span aria-hidden="true">Kumo Analytics</span></a></div>
    </div></div>
    <p class="f4e3d2c"><span>${twice('Fukuoka, Fukuoka, Japan')}</span><span aria-hidden="true"> · </span><a href="/in/haruka-nishimura-bench/overlay/contact-info/">Contact info</a></p>
  </div>
  <div class="a0b1c2d"><button aria-label="Connect with Haruka Nishimura"><span>Connect</span></button></div>
</section>`;
}

/** One "People also viewed" card: the kind of look-alike content that must not be taken for the profile. */
function otherPersonCard(rng: Rng): string {
  const { name } = inventedName(rng);
  const role = `${pick(rng, words.TITLES)} at ${pick(rng, words.COMPANIES)}`;
  return `<li class="${cls(rng)}"><div class="${cls(rng)}"><a href="/in/someone-${cls(rng)}/"><img alt="${name}" src="https://media.licdn.com/dms/image/v2/x/1"><div><span class="${cls(rng)}">${twice(name)}</span><span>${twice('· 3rd+')}</span></div><div class="${cls(rng)}">${twice(role)}</div></a><button aria-label="Follow ${name}"><span>Follow</span></button></div></li>`;
}

/** One activity post: nested generated-class wrappers, as LinkedIn's feed markup is. */
function activityPost(rng: Rng): string {
  const line = pick(rng, words.NOTE_LINES);
  return `<li class="${cls(rng)}"><div class="${cls(rng)}"><div class="${cls(rng)}"><span>${twice('Haruka Nishimura posted this')}</span></div><div class="${cls(rng)}"><p><span dir="ltr">${line}</span></p></div><ul class="${cls(rng)}"><li><button aria-label="Like"><span>Like</span></button></li><li><button aria-label="Comment"><span>Comment</span></button></li><li><button aria-label="Repost"><span>Repost</span></button></li></ul><div class="${cls(rng)}"><span>${twice(`${Math.floor(rng() * 90)} reactions`)}</span></div></div></div></li>`;
}

function countElements(html: string): number {
  return (html.match(/<[a-z]/gi) ?? []).length;
}

/**
 * A LinkedIn profile page of at least `minElements` elements: the top card the extractor reads, then the
 * activity feed and the "People also viewed" aside that fill a real page, so the extraction is timed against
 * a document as large as LinkedIn's, not a trimmed fixture.
 */
export function generateLinkedInPage(minElements = 10_000, seed = 42): { html: string; elements: number } {
  const rng = seededRng(seed);
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>(3) Haruka Nishimura | LinkedIn</title></head><body><div class="_6f1a2c"><header><nav aria-label="Primary Navigation"><a href="/feed/">${twice('Home')}</a><a href="/mynetwork/">${twice('My Network')}</a></nav></header><main aria-label="Main content">${topCard()}<section id="about"><h2>${twice('About')}</h2><p>${twice('I build apps that keep working on the train.')}</p></section>`;
  const experience = `<section id="experience"><h2>${twice('Experience')}</h2><ul><li>${twice('Staff Engineer')} ${twice('Kumo Analytics')}</li><li>${twice('Engineer')} ${twice('Orbit Foods')}</li></ul></section>`;
  const tail = '</aside></div></body></html>';
  const posts: string[] = [];
  const others: string[] = [];
  let elements = countElements(head + experience + tail) + 4;
  while (elements < minElements) {
    const post = activityPost(rng);
    const other = otherPersonCard(rng);
    posts.push(post);
    others.push(other);
    elements += countElements(post) + countElements(other);
  }
  const html = `${head}<section id="activity"><h2>${twice('Activity')}</h2><ul>${posts.join('')}</ul></section>${experience}</main><aside aria-label="People also viewed"><h2>${twice('People also viewed')}</h2><ul>${others.join('')}</ul>${tail}`;
  return { html, elements: countElements(html) };
}
