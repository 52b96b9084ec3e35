/** prepare.ts: an edition's search data made ready once, and the tests of what a sentence holds. */
import { describe, expect, it } from 'vitest';
import { foldingOf } from '../../src/lib/search/data.ts';
import {
  docHolds,
  holds,
  holdsPhrase,
  prepare,
  prepareSentence,
} from '../../src/lib/search/prepare.ts';
import { keyOf } from '../../src/lib/search/text.ts';
import { EN_FIXTURE, ZH_FIXTURE, ZH_HANT_FIXTURE } from '../support/search-fixture.ts';

const en = prepare(EN_FIXTURE);
const zh = prepare(ZH_FIXTURE);
const hant = prepare(ZH_HANT_FIXTURE);
const alt = (keys: string[]) => ({ text: keys.join(' '), weight: 1, keys });

describe('prepare', () => {
  it('cuts English sentences into stemmed content keys, stop words out, positions kept', () => {
    const s = prepareSentence('Attract talent in fields such as chips.', 1, 'latin', en.folding);
    expect(s.keys).toEqual(['attract', 'talent', 'field', 'chip']);
    const chips = s.tokens.find((t) => t.word === 'chips')!;
    expect(s.text.slice(chips.start, chips.end)).toBe('chips');
  });

  it('keeps every provision, its sentences numbered by paragraph, and its names apart', () => {
    const task1 = en.docs.find((d) => d.doc.id === 'task-1')!;
    expect(en.docs).toHaveLength(EN_FIXTURE.docs.length);
    expect(task1.sentences.map((s) => s.paragraph)).toEqual([1, 1, 2]);
    expect(task1.names.map((n) => n.text)).toContain('Intellectual Property Office');
    expect(task1.title.keys).toEqual(['develop', 'intellig', 'chip']);
  });

  it('folds a Traditional edition into the Simplified characters it searches in, one for one', () => {
    const measure4 = hant.docs.find((d) => d.doc.id === 'measure-4')!;
    expect(measure4.doc.title).toBe('保護知識產權');
    expect(measure4.title.lower).toBe('保护知识产权');
    expect(hant.fold('專利')).toBe('专利');
    expect(zh.fold('專利')).toBe('專利');
    expect(hant.knownChars.has('權')).toBe(true);
    expect(hant.knownChars.has('权')).toBe(true);
    expect(hant.editionForms.get('市知识产权局')).toBe('市知識產權局');
  });

  it('gathers the English words for corrections and the hyphenated compounds', () => {
    expect(en.vocabularyWords.get('chips')).toBeGreaterThanOrEqual(2);
    expect(en.vocabularyWords.has('ai')).toBe(false);
    expect(en.compounds.split.get(keyOf('startups', en.folding))).toEqual(['start', 'up']);
    expect(zh.vocabularyWords.size).toBe(0);
  });
});

describe('what a sentence holds', () => {
  it('English: a word by its key, a phrase as a run of keys', () => {
    const s = prepareSentence('Build intelligent chips and sensors.', 1, 'latin', en.folding);
    expect(holds(s, alt(['chip']), 'latin')).toBe(true);
    expect(holds(s, alt(['intellig', 'chip']), 'latin')).toBe(true);
    expect(holds(s, alt(['chip', 'intellig']), 'latin')).toBe(false);
    expect(holds(s, alt(['card']), 'latin')).toBe(false);
    expect(holdsPhrase(s, ['intellig', 'chip'], 'latin')).toBe(true);
    expect(holdsPhrase(s, [], 'latin')).toBe(false);
  });

  it('Chinese: the string itself', () => {
    const s = prepareSentence('鼓励企业申请人工智能专利。', 1, 'han', zh.folding);
    expect(holds(s, alt(['专利']), 'han')).toBe(true);
    expect(holds(s, alt(['知识产权']), 'han')).toBe(false);
  });

  it('a provision holds a word in its title, text or names', () => {
    const measure4 = en.docs.find((d) => d.doc.id === 'measure-4')!;
    const group = (text: string) => ({ text, weak: false, alternatives: [alt([text])] });
    expect(docHolds(measure4, group('patent'), 'latin')).toBe(true);
    expect(docHolds(measure4, group('offic'), 'latin')).toBe(true);
    expect(docHolds(measure4, group('robot'), 'latin')).toBe(false);
  });
});

describe('hostile text', () => {
  it('prepares empty text, markup, 10,000 characters and lone surrogates as text', () => {
    const folding = foldingOf(EN_FIXTURE.vocabulary);
    for (const text of ['', '<b onclick=x>chips</b>', 'chips '.repeat(2_000), 'a\uD800b\uDFFFc']) {
      const latin = prepareSentence(text, 1, 'latin', folding);
      const han = prepareSentence(text, 1, 'han', folding);
      expect(latin.text).toBe(text);
      expect(han.text).toBe(text);
    }
    expect(prepareSentence('<b>chips</b>', 1, 'latin', folding).keys).toEqual(['b', 'chip', 'b']);
    expect(prepare({ ...EN_FIXTURE, docs: [], entities: [], lexicon: [] }).docs).toEqual([]);
  });
});
