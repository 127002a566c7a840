/**
 * Watches whether the browser itself considers `target` visible (IntersectionObserver v2: not covered by
 * other content, not faded, not filtered). Chromium supports it; elsewhere the answer stays "visible" and
 * the checks in isGenuineClick remain.
 */
export function watchVisibility(target: Element, onStop: (stop: () => void) => void): () => boolean {
  let visible = true;
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const seen = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
          if (seen !== undefined) visible = seen;
        }
      },
      { threshold: 1, trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(target);
    onStop(() => observer.disconnect());
  } catch {
    // An engine without the option: rely on the point and style checks.
  }
  return () => visible;
}

/**
 * A click counts only if a person made it on a button they could see: the event is trusted, the point
 * clicked shows our host and not a page element laid over it, and neither the host nor an ancestor is made
 * transparent or invisible (the usual clickjacking tricks).
 */
export function isGenuineClick(event: MouseEvent, host: Element): boolean {
  if (!event.isTrusted) return false;
  if (document.elementFromPoint(event.clientX, event.clientY) !== host) return false;
  let opacity = 1;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') return false;
    opacity *= Number(style.opacity);
    if (/opacity\(|blur\(/.test(style.filter)) return false;
  }
  return opacity >= 0.9;
}
