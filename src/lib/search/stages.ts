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

// What the correction is given is read here too (the table of sounds, the common English words),
// so that their readers load with it, not with a first search.
export { soundsFrom } from './sounds.ts';
export { englishAidsFrom } from './words.ts';
