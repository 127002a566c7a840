import { defineConfig } from 'vitest/config';
import journeys from './vitest.journeys.config';

// `npm run screenshots:firefox`: the Firefox store screenshots are taken by the journey suite's own launcher, so the
// browser-specific set-up stays in one place (tests/journeys/support). Not part of `npm test`. (mergeConfig would
// append to the journeys' include list, so the test options are spread and include replaced.)
export default defineConfig({ test: { ...journeys.test, include: ['tests/journeys/screenshots/*.shoot.ts'] } });
