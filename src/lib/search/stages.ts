/**
 * The stages a search reaches only when the plan's words do not answer it, or a question asks for
 * an amount no target names, in one module: the browser loads it then (client/search-backend.ts),
 * so that a first search does not.
 */
import type { LaterStages } from './core.ts';
import { countedIn } from './counted.ts';
import { closeMatches } from './fallback.ts';
import { suggest } from './suggest.ts';

export const LATER_STAGES: LaterStages = { suggest, closeMatches, countedIn };
