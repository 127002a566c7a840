import { storage } from 'wxt/utils/storage';
import { INITIAL_DIGEST_STATE, type DigestState } from '../../utils/cadence/digest-schedule';

/**
 * When the weekly digest last ran, kept in `storage.local` so a restarted worker or browser knows whether
 * this week's digest was already shown. Versioned: a later shape adds a migration here.
 */
export const digestStateItem = storage.defineItem<DigestState>('local:digestState', {
  fallback: INITIAL_DIGEST_STATE,
  version: 1,
});
