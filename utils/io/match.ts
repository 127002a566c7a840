/** What identifies a person across files and saves: canonical profile keys, then emails, then (alone) a name. */
export interface Identity {
  profileKeys: readonly string[];
  emails: readonly string[];
  name: string;
  phones: readonly string[];
}

function phonesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const digits = (p: string) => p.replace(/\D/g, '');
  const set = new Set(a.map(digits));
  return b.some((p) => set.has(digits(p)));
}

/**
 * An in-memory index of people by identity, for one chunk (or one file).
 * A name alone only matches when the incoming person has no key and no email, and no phone number
 * contradicts it: two different "Taro Yamada" with different numbers stay two people.
 */
export class IdentityIndex<T extends Identity> {
  private byKey = new Map<string, T>();
  private byEmail = new Map<string, T>();
  private byName = new Map<string, T[]>();

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    for (const key of item.profileKeys) this.byKey.set(key, item);
    for (const email of item.emails) this.byEmail.set(email, item);
    if (!item.name) return;
    const list = this.byName.get(item.name);
    if (list) list.push(item);
    else this.byName.set(item.name, [item]);
  }

  /** Points every identity of `previous` and `next` at `next` (after a merge that may have added keys). */
  replace(previous: T, next: T): void {
    const list = this.byName.get(previous.name);
    if (list) {
      const rest = list.filter((x) => x !== previous);
      if (rest.length) this.byName.set(previous.name, rest);
      else this.byName.delete(previous.name);
    }
    for (const key of previous.profileKeys) if (this.byKey.get(key) === previous) this.byKey.set(key, next);
    for (const email of previous.emails) if (this.byEmail.get(email) === previous) this.byEmail.set(email, next);
    this.add(next);
  }

  find(who: Identity): T | undefined {
    for (const key of who.profileKeys) {
      const hit = this.byKey.get(key);
      if (hit) return hit;
    }
    for (const email of who.emails) {
      const hit = this.byEmail.get(email);
      if (hit) return hit;
    }
    if (who.profileKeys.length || who.emails.length || !who.name) return undefined;
    return this.byName.get(who.name)?.find((item) => phonesAgree(item.phones, who.phones));
  }
}
