// The `vcf` package ships no types; this declares the part of its API the importer uses.
declare module 'vcf' {
  namespace vCard {
    interface Property {
      valueOf(): string | undefined;
      /** Parameters, lower camel-cased by the library (`type`, `encoding`, `charset`, `group`, …). */
      [param: string]: unknown;
    }
  }
  class vCard {
    version: string;
    data: Record<string, vCard.Property | vCard.Property[]>;
    /** Parses one card (BEGIN:VCARD … END:VCARD, CRLF line ends); throws on a malformed card. */
    parse(text: string): this;
    static parse(text: string): vCard[];
  }
  export = vCard;
}
