import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../../utils/db/contacts';
import { classifyDbError } from '../../../utils/db/errors';
import { errorText } from '../../../components/error-text';
import { translator } from '../../../utils/i18n';
import { linkedinPayload, testDb } from './test-db';

describe('a full disk', () => {
  it('reaches the user as a clear message and leaves nothing half-written', async () => {
    const db = testDb();
    // The capture row is written after the contact in the same transaction: failing it must undo the contact too.
    db.captures.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await saveCapture(db, linkedinPayload('nana-ishii', { name: 'Nana Ishii' }), {
      url: 'https://www.linkedin.com/in/nana-ishii/',
      cadenceDays: 30,
    }).catch((e: unknown) => e);
    expect(classifyDbError(error)).toBe('quota');
    expect(errorText(translator('en'), error)).toMatch(/no room left.*Nothing of this change was saved/);
    expect(errorText(translator('ja'), error)).toMatch(/保存領域がいっぱい/);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });
});
