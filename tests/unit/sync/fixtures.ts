import type { Contact } from '../../../utils/model/contact';

/** An invented person with every field the card and the private part carry. */
export function sampleContact(over: Partial<Contact> = {}): Contact {
  return {
    id: 'c-hoshino-1',
    name: 'Mirei Hoshino',
    headline: 'Builds tide sensors; likes 銭湯',
    company: 'Kairo Labs',
    title: 'Firmware lead',
    location: 'Sendai',
    avatarUrl: 'https://example.invalid/a/hoshino.jpg',
    about: 'Line one\nline two; with, punctuation',
    profiles: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/mirei-hoshino-example' }],
    profileKeys: ['linkedin:mirei-hoshino-example'],
    emails: ['mirei@kairo.example'],
    phones: ['+81 22 555 0101'],
    websites: ['https://kairo.example'],
    tags: ['hardware', 'tōhoku'],
    met: { context: 'event', place: 'Sendai Maker Faire', date: 1_700_000_000_000, introducedBy: 'Ken' },
    topics: ['LoRa', 'tides'],
    cadenceDays: 60,
    lastInteractionAt: 1_710_000_000_000,
    snoozedUntil: null,
    dueAt: null,
    jobChange: null,
    fieldSeenAt: { name: 1_700_000_000_000 },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_705_000_000_000,
    archivedAt: null,
    ...over,
  };
}
