import { z } from './zod';

export const INTERACTION_KINDS = [
  'message',
  'email',
  'call',
  'video',
  'coffee',
  'lunch',
  'meeting',
  'event',
  'social',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const InteractionSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  kind: z.enum(INTERACTION_KINDS),
  at: z.number(),
  note: z.string(),
});
export type Interaction = z.infer<typeof InteractionSchema>;
