import type { Transaction } from 'dexie';
import type { Contact } from '../model/contact';
import { stampFilledFields } from '../model/field-rule';
import { finalizeContact } from './finalize';

/**
 * Version 1 → 2: version 1 stamped only captured fields, so a field the user typed had no time and any file
 * could replace it. Every filled field without a time gets the record's `updatedAt` (the latest it can have
 * been set), and every person is cleaned with today's caps and link rules (a version 1 merge could hold more
 * than 50 emails, which no restore accepted).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Contact, string>('contacts')
    .toCollection()
    .modify((contact: Contact, ref: { value: Contact }) => {
      ref.value = finalizeContact(stampFilledFields(contact));
    });
}
