/** words.ts: the common English words the correction leaves as typed (buses is not bases). */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { unpacked } from '../../src/lib/search/data.ts';
import { prepare } from '../../src/lib/search/prepare.ts';
import { correctionTargets } from '../../src/lib/search/suggest.ts';
import {
  baseForms,
  englishAidsFrom,
  isEnglishWord,
  nearTargets,
} from '../../src/lib/search/words.ts';
import { planSearchData } from '../support/load-content.ts';

describe('the common English words', () => {
  it('reads the file as fetched, leaving out anything that is not a lower-case word or a term', () => {
    const read = englishAidsFrom({
      words: ['bus', 'crop', 'Bus', '<b>', 7, null, 'x'.repeat(40)],
      terms: ['big data', '', 42, 'x'.repeat(200), 'maker spaces'],
    });
    expect([...read.words]).toEqual(['bus', 'crop']);
    expect(read.terms).toEqual(['big data', 'maker spaces']);
    for (const hostile of [null, 'bus', ['bus'], { words: 'bus', terms: {} }, 42, undefined]) {
      expect(englishAidsFrom(hostile).words.size).toBe(0);
      expect(englishAidsFrom(hostile).terms).toEqual([]);
    }
  });

  it('knows a word by the form it inflects', () => {
    expect(baseForms('buses')).toEqual(expect.arrayContaining(['buses', 'buse', 'bus']));
    expect(baseForms('cities')).toContain('city');
    expect(baseForms('taxing')).toContain('tax');
    // a doubled consonant before the ending
    expect(baseForms('getting')).toContain('get');
    expect(baseForms('planned')).toContain('plan');
    const { words } = englishAidsFrom({ words: ['bus', 'city', 'crop'] });
    for (const w of ['bus', 'buses', 'cities', 'crops'])
      expect(isEnglishWord(w, words), w).toBe(true);
    for (const w of ['bases', 'robtos', 'cross']) expect(isEnglishWord(w, words), w).toBe(false);
  });

  it('lists the lemmas some form of which is one slip from a word the correction puts', () => {
    // buses is one slip from bases, crops from cross; robot is a form of robots' own word; zebra is far from all.
    expect(
      nearTargets(['bus', 'crop', 'robot', 'zebra', 'bases'], ['bases', 'cross', 'robots']),
    ).toEqual(['bus', 'crop', 'robot']);
  });

  it('on the plan: real words are left as typed, misspellings still corrected', () => {
    const data = planSearchData('en');
    // A few of WordNet's lemmas (the build reads them all: node/wordnet.ts loadTaggedLemmas).
    const lemmas = ['bus', 'crop', 'robot', 'patent', 'zebra'];
    const { words } = englishAidsFrom({
      words: nearTargets(lemmas, correctionTargets(prepare(unpacked(data)))),
    });
    expect([...words]).toEqual(expect.arrayContaining(['bus', 'crop']));
    expect(words.has('zebra')).toBe(false);
    const engine = new SearchEngine(data);
    // Without the list, "buses" is taken for the plan's "bases" and "crops" for "cross".
    expect(engine.search('driverless buses').suggestion).toBe('driverless bases');
    for (const q of ['driverless buses', 'crops'])
      expect(engine.search(q, { words }).suggestion, q).toBeUndefined();
    for (const [q, fixed] of [
      ['robtos', 'robots'],
      ['pattents', 'patents'],
      ['big deta', 'big data'],
    ] as const)
      expect(engine.search(q, { words }).suggestion, q).toBe(fixed);
  });
});
