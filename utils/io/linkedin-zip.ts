import { unzipSync, strFromU8 } from 'fflate';
import { ImportFileError } from './types';

/**
 * LinkedIn's data export is a zip with Connections.csv at its root (or in a folder, in some exports).
 * Only that entry is inflated: the archive also holds messages and other large files we do not read.
 */
export function connectionsCsvFromZip(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => /(^|\/)connections\.csv$/i.test(file.name) });
  } catch (error) {
    throw new ImportFileError('bad-zip', `Not a readable zip file: ${(error as Error).message}`);
  }
  const names = Object.keys(files).sort((a, b) => a.split('/').length - b.split('/').length);
  const first = names[0];
  if (!first) throw new ImportFileError('no-connections-in-zip', 'The zip holds no Connections.csv.');
  return strFromU8(files[first]!);
}
