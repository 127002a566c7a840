import { z } from './zod';

/**
 * A pair of people who may be one: recorded when a source brought someone whose only likeness to a saved person
 * is a name or a shared address. The user merges them or keeps them apart; "kept apart" is remembered (the row
 * stays) so the same pair is never asked about again. The id is the pair itself, in a fixed order.
 */
export const DuplicateReviewSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  otherId: z.string(),
  reason: z.enum(['same-name', 'shared-email', 'shared-phone']),
  status: z.enum(['open', 'kept-apart']),
  createdAt: z.number(),
  decidedAt: z.number().nullable(),
});
export type DuplicateReview = z.infer<typeof DuplicateReviewSchema>;

export function pairId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
