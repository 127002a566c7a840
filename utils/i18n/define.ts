/**
 * A message bundle: English is the source; Japanese must have exactly the same keys (checked by the type).
 * `{name}` placeholders are filled by `format`.
 */
export function defineMessages<const T extends Record<string, string>>(en: T, ja: { [K in keyof T]: string }) {
  return { en, ja } as const;
}
