import type { SourceModule } from './types';
import { linkedin } from './sources/linkedin';
import { github } from './sources/github';
import { x } from './sources/x';
import { mastodon } from './sources/mastodon';
import { schemaOrg } from './sources/schema-org';
import { hCard } from './sources/h-card';
import { openGraph } from './sources/open-graph';
import { fallback } from './sources/fallback';

/** Site sources (recognised by URL) first, then the generic ones in order of how much a page says about itself. */
export const SOURCES: readonly SourceModule[] = [linkedin, github, x, mastodon, schemaOrg, hCard, openGraph, fallback];
