import type { ProfileLink } from '../model/contact';

/** The formats the importer understands; `csv` is any other CSV, read through a column mapping. */
export const IMPORT_FORMATS = ['linkedin-csv', 'linkedin-zip', 'vcard', 'google-csv', 'outlook-csv', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One person read from a file, already sanitized (utils/model/text.ts): what the dedupe and the writer use.
 * `row` is where it came from (1-based line of a CSV, 1-based card of a vCard file), for messages.
 */
export interface ImportRecord {
  row: number;
  name: string;
  company: string;
  title: string;
  headline: string;
  location: string;
  about: string;
  emails: string[];
  phones: string[];
  websites: string[];
  profiles: ProfileLink[];
  profileKeys: string[];
  tags: string[];
  /** When they met (LinkedIn "Connected On"), epoch ms at local midnight; null when unknown. */
  metDate: number | null;
}

/** Why a row was left out. Codes, not sentences: the UI words them in the user's language. */
export const ROW_ERROR_REASONS = [
  'missing-name',
  'wrong-field-count',
  'malformed-row',
  'malformed-card',
  'unsupported-version',
  'not-a-profile-url',
] as const;
export type RowErrorReason = (typeof ROW_ERROR_REASONS)[number];

export interface RowError {
  row: number;
  reason: RowErrorReason;
  /** A short excerpt or value that shows the problem (already length-capped). */
  detail?: string;
}

export interface ParseResult {
  records: ImportRecord[];
  errors: RowError[];
}

/** A file the importer could not read at all (as opposed to single bad rows). */
export class ImportFileError extends Error {
  constructor(
    readonly code:
      'empty' | 'no-header' | 'no-connections-in-zip' | 'bad-zip' | 'not-vcard' | 'unknown-format' | 'binary',
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
