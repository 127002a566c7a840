import type { Translate } from '../../utils/i18n';
import { ImportFileError, type RowErrorReason } from '../../utils/io/types';
import { BackupError } from '../../utils/io/backup';
import { errorText } from '../error-text';

/** A failure while reading or writing, in the user's language. */
export function ioErrorText(t: Translate, error: unknown): string {
  if (error instanceof ImportFileError) return t(`io.error.${error.code}`);
  if (error instanceof BackupError) return t(`io.backup.${error.code}`, { detail: error.message });
  return errorText(t, error);
}

export function reasonText(t: Translate, reason: RowErrorReason): string {
  return t(`io.reason.${reason}`);
}
