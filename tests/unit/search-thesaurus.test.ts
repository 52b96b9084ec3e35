/**
 * The English thesaurus (search/thesaurus-build.ts, search/thesaurus.ts): built from WordNet's
 * files, it maps a word the plan does not write to the plan's words of its first senses, never
 * to a word the plan lacks; the lookup and the shards the page fetches take hostile input safely.
 */
import { describe, expect, it } from 'vitest';
import { readersWordsOf } from '../../src/lib/search/build-data.ts';
import { foldingOf } from '../../src/lib/search/data.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import {
  buildThesaurus,
  compared,
  parseWordNet,
  shardThesaurus,
  thesaurusFor,
  type Pos,
} from '../../src/lib/search/thesaurus-build.ts';
import { lookUp, mergeShards, shardOf, shardsFor } from '../../src/lib/search/thesaurus.ts';
import { loadWordNet } from '../../src/lib/node/wordnet.ts';
import { lexiconOf } from '../../src/lib/search/data.ts';
import { planSearchData, readSearchVocabulary } from '../support/load-content.ts';

/** A WordNet in miniature: hire (verb) = employ, employ → employer; chip ⊂ device; firm (noun) = company. */
const INDEX_VERB = [
  '  1 This software and database is being provided to you, the LICENSEE',
  'hire v 2 2 @ + 2 1 00000001 00000002',
  'employ v 1 1 + 1 1 00000001',
  'garbage line',
].join('\n');
const DATA_VERB = [
  '  1 licence header',
  '00000001 41 v 02 hire 0 employ 0 001 + 00000010 n 0201 | engage or hire for work',
  '00000002 41 v 01 hire 1 000 | hold under a lease',
  '99999999 xx v zz broken',
].join('\n');
const INDEX_NOUN = [
  'employer n 1 1 + 1 1 00000010',
  'device n 1 1 ~ 1 1 00000020',
  'chip n 1 1 @ 1 1 00000021',
  'firm n 1 0 1 1 00000030',
  'sound n 1 0 1 1 00000031',
].join('\n');
const DATA_NOUN = [
  '00000010 18 n 01 employer 0 001 + 00000001 v 0102 | a person or firm that employs workers',
  '00000020 06 n 02 semiconductor_device 0 device 0 001 ~ 00000021 n 0000 | a device',
  '00000021 06 n 01 chip 0 001 @ 00000020 n 0000 | a microchip',
  '00000030 18 n 02 firm 0 company 0 000 | the members of a business',
  '00000031 18 n 02 sound 0 firm 0 000 | not this sense first',
].join('\n');

/** A WordNet of the given index and data lines per part of speech (none for the others). */
const wordNetOf = (files: Partial<Record<Pos, { index: string[]; data: string[] }>>) =>
  parseWordNet(
    (['n', 'v', 'a'] as const).map((pos) => ({
      pos,
      index: files[pos]?.index.join('\n') ?? '',
      data: files[pos]?.data.join('\n') ?? '',
    })),
  );

const wordnet = parseWordNet([
  { pos: 'n', index: INDEX_NOUN, data: DATA_NOUN },
  { pos: 'v', index: INDEX_VERB, data: DATA_VERB },
  { pos: 'a', index: '', data: '' },
]);
const folding = { spelling: new Map<string, string>(), stopWords: new Set(['the', 'of', 'and']) };
const PLAN =
  'The employers of the company build intelligent chips and a semiconductor device. Sound policies.';
const sentences = PLAN.split('. ');

describe('the thesaurus builder', () => {
  const thesaurus = buildThesaurus(wordnet, PLAN, sentences, folding);

  it('maps a word the plan does not write to the plan words of its sense and their derived forms', () => {
    // hire = employ (not in the plan) → employer (derived from employ, in the plan)
    expect(thesaurus['hire']).toEqual(['employers']);
    // firm's first sense holds company (sound is a later sense's)
    expect(thesaurus['firm']).toEqual(['company']);
  });

  it('takes a plan word WordNet has as a word of its own for that word, not for another’s form (suited ≠ suit)', () => {
    const wooing = wordNetOf({
      v: {
        index: ['court v 1 0 1 1 00000005', 'woo v 1 0 1 1 00000005'],
        data: ['00000005 41 v 03 court 0 woo 0 suit 0 000 | seek the favour of'],
      },
      a: { index: ['suited a 1 0 1 1 00000006'], data: ['00000006 00 a 01 suited 0 000 | fit'] },
    });
    const plan = 'A policy system suited to AI.';
    expect(buildThesaurus(wooing, plan, [plan], folding)['court']).toBeUndefined();
    // … where the plan writes the word itself, it is the target.
    const suits = 'The city suits AI. A policy system suited to AI.';
    expect(buildThesaurus(wooing, suits, suits.split('. '), folding)['court']).toEqual(['suited']);
  });

  it('does not take a phrase for its verb where a function word is left out (adopt = take up ≠ take)', () => {
    const phrasal = wordNetOf({
      v: {
        index: ['adopt v 1 0 1 1 00000003'],
        data: ['00000003 41 v 02 adopt 0 take_up 0 000 | take on'],
      },
    });
    const withUp = { ...folding, stopWords: new Set([...folding.stopWords, 'up']) };
    const plan = 'The city will take the lead.';
    expect(buildThesaurus(phrasal, plan, [plan], withUp)['adopt']).toBeUndefined();
  });

  it('maps a word whose senses name none of the plan’s words to the readers’ words that do, whole', () => {
    // kiosk = booth, stall; land = ground (soil); grounds (reasons) is a word of its own.
    const mini = wordNetOf({
      n: {
        index: [
          'kiosk n 1 0 1 1 00000040',
          'land n 1 0 1 1 00000041',
          'grounds n 1 0 1 1 00000042',
          'hiring n 1 0 1 1 00000043',
          'reviewer n 1 0 1 1 00000044',
        ],
        data: [
          '00000040 06 n 03 kiosk 0 booth 0 stall 0 000 | a small area set off by walls',
          '00000041 17 n 02 land 0 ground 0 000 | the solid part of the earth',
          '00000042 09 n 02 grounds 0 basis 0 000 | a rational motive for a belief',
          '00000043 04 n 02 hiring 0 employment 0 000 | the act of hiring',
          '00000044 10 n 02 reviewer 0 review 0 000 | one who reviews',
        ],
      },
    });
    const plan = 'The employment of the company.';
    const readers = ['booths', 'grounds', 'soil of the earth', 'employment policy', 'review'];
    const built = buildThesaurus(mini, plan, [plan], folding, undefined, readers);
    // A plural as written or as its singular (booth → booths) …
    expect(built['kiosk']).toEqual(['booths']);
    // … but not a plural WordNet has as a word of its own: land (ground) is not grounds (reasons).
    expect(built['land']).toBeUndefined();
    // Only where the plan's words give none (hiring → employment, not the readers' phrase) …
    expect(built['hire']).toEqual(['employment']);
    // … and never the reader's own word back (reviewer and review are one key).
    expect(built['review']).toBeUndefined();
    // Without readers' words, the plan's alone.
    expect(buildThesaurus(mini, plan, [plan], folding)['kiosk']).toBeUndefined();
  });

  it('spells an adjective’s comparative and superlative as English does', () => {
    expect(compared('smart')).toEqual(['smarter', 'smartest']);
    expect(compared('safe')).toEqual(['safer', 'safest']);
    expect(compared('easy')).toEqual(['easier', 'easiest']);
    expect(compared('big')).toEqual(['bigger', 'biggest']);
    expect(compared('new')).toEqual(['newer', 'newest']);
    expect(compared('good')).toEqual(['better', 'best']);
  });

  it('maps a comparative the plan does not write to the plan’s adjective, however common, not a noun of that spelling', () => {
    const mini = wordNetOf({
      n: {
        index: ['number n 1 0 1 1 00000050'],
        data: ['00000050 23 n 01 number 0 000 | a count'],
      },
      a: {
        index: [
          'smart a 1 0 1 1 00000051',
          'numb a 1 0 1 1 00000052',
          'big a 1 0 1 1 00000053',
          'bigger a 1 0 1 1 00000054',
        ],
        data: [
          '00000051 00 a 01 smart 0 000 | showing mental alertness',
          '00000052 00 a 01 numb 0 000 | lacking sensation',
          '00000053 00 a 01 big 0 000 | above average in size',
          '00000054 00 a 01 bigger 0 000 | large relative to something else',
        ],
      },
    });
    // "smart" in every sentence: too common for a synonym's target, not for its own comparative.
    const plan = 'A smart city. Smart factories. Smart roads. Smart homes. Big data. Numb hands.';
    const built = buildThesaurus(mini, plan, plan.split('. '), folding);
    expect(built['smarter']).toEqual(['smart']);
    expect(built['smartest']).toEqual(['smart']);
    // WordNet lists "bigger" as an adjective of its own: still the plan's "big".
    expect(built['bigger']).toEqual(['big']);
    // "number" is a noun of its own, not numb's comparative.
    expect(built['number']).toBeUndefined();
  });

  it('gives no entry to a word the plan writes, nor a target the plan lacks', () => {
    expect(thesaurus['chip']).toBeUndefined();
    expect(thesaurus['employ']).toBeUndefined();
    expect(Object.values(thesaurus).flat()).not.toContain('employ');
  });

  it('skips WordNet lines that are not its own (licence header, malformed records)', () => {
    expect(wordnet.synsets.has('v99999999')).toBe(false);
    expect(wordnet.index.has('garbage')).toBe(false);
    expect(() => parseWordNet([{ pos: 'n', index: '\u0000\n \n', data: '0 0 0 0' }])).not.toThrow();
  });

  it('cuts the thesaurus into shards by first letter', () => {
    expect(shardThesaurus({ hire: ['employers'], firm: ['company'] })).toEqual({
      h: { hire: ['employers'] },
      f: { firm: ['company'] },
    });
  });
});

describe('the thesaurus lookup, on hostile input', () => {
  it('reads only own keys and string lists', () => {
    const merged = mergeShards([
      { hire: ['employers', 3, null] },
      JSON.parse('{"__proto__": ["x"], "constructor": ["y"]}'),
      null,
      'text',
      [1, 2],
      { '../x': ['z'], firm: 'company' },
    ]);
    expect(lookUp(merged, 'hire')).toEqual(['employers']);
    expect(lookUp(merged, '__proto__')).toEqual([]);
    expect(lookUp(merged, 'constructor')).toEqual(['y']);
    expect(lookUp(merged, 'toString')).toEqual([]);
    expect(lookUp(merged, 'firm')).toEqual([]);
    expect(lookUp(merged, '../x')).toEqual([]);
    expect(lookUp(undefined, 'hire')).toEqual([]);
  });

  it('asks for the shards of the words the plan does not write, and of no others', () => {
    const plan = new Set(['chip']);
    expect(shardsFor('the chips of hired firms', folding, plan)).toEqual(['f', 'h']);
    expect(shardsFor('chips', folding, plan)).toEqual([]);
    expect(shardsFor('5G 2020 的 ©', folding, plan)).toEqual([]);
    expect(shardsFor('x'.repeat(10_000), folding, plan)).toEqual(['x']);
    expect(shardOf('9a')).toBeUndefined();
  });
});

describe('the thesaurus on the plan', () => {
  const vocabulary = readSearchVocabulary();
  const data = planSearchData('en');
  const readers = readersWordsOf(data, vocabulary);
  const thesaurus = thesaurusFor(data, loadWordNet(), readers);
  const engine = new SearchEngine(data);

  it('maps an everyday word to the plan’s, and only to words the plan or its readers’ words write', () => {
    expect(thesaurus['hire']).toContain('employers');
    // A word whose senses name nothing the plan writes: a readers' word (measure 5's).
    expect(thesaurus['kiosk']).toEqual(['booths']);
    const written = new Set(
      [
        ...data.docs.flatMap((d) => [d.title, ...d.paragraphs.flat(), ...d.names]),
        ...lexiconOf(data),
        ...data.targets.names,
        ...Object.values(readers).flat(),
      ]
        .join(' ')
        .toLowerCase()
        .match(/[a-z]+/g),
    );
    for (const words of Object.values(thesaurus))
      for (const w of words)
        for (const part of w.toLowerCase().split(/[^a-z]+/))
          expect(written.has(part), w).toBe(true);
  });

  it('reads a comparative as the adjective the plan writes: "smarter cities" finds the smart city', () => {
    expect(thesaurus['smarter']).toEqual(['smart']);
    const outcome = engine.search('smarter cities', { thesaurus });
    expect(outcome.absent).toEqual([]);
    expect(outcome.results[0]?.full).toBe(true);
  });

  it('leaves what the plan does not mention unmentioned (land, housing: no general words for them)', () => {
    expect(thesaurus['land']).toBeUndefined();
    expect(thesaurus['hous']).toBeUndefined();
  });

  it('finds a provision by a word only the thesaurus knows, weighing it below the plan’s own', () => {
    const q = 'hiring';
    const plain = engine.search(q);
    expect(plain.results.filter((r) => r.full)).toHaveLength(0);
    const found = engine.search(q, { thesaurus: thesaurus });
    expect(found.results[0]?.full).toBe(true);
    const group = engine.parse(q, undefined, thesaurus).groups[0]!;
    const added = group.alternatives.filter((a) => a.text !== q);
    expect(added.length).toBeGreaterThan(0);
    for (const a of added) expect(a.weight).toBeLessThan(0.5);
    expect(engine.thesaurusShards('hiring employers')).toEqual(['h']);
    expect(foldingOf(data.vocabulary).stopWords.has('the')).toBe(true);
  });
});

describe('English corrections', () => {
  const data = planSearchData('en');
  const engine = new SearchEngine(data);

  it('corrects a typo of a reader’s word of the synonym table, which the plan does not write', () => {
    const outcome = engine.search('entrepeneur support');
    expect(outcome.suggestion).toBe('entrepreneur support');
    expect(outcome.results[0]?.full).toBe(true);
  });
});

describe('English words the plan writes otherwise', () => {
  const data = planSearchData('en');
  const engine = new SearchEngine(data);
  const first = (q: string) => engine.search(q).results[0]?.doc.id;

  it('splits a closed word into two words the plan writes in a row, and no other', () => {
    const group = engine.parse('smarthome').groups[0]!;
    expect(group.alternatives.map((a) => a.keys)).toContainEqual(['smart', 'home']);
    expect(first('smarthome')).toBe('task-7');
    // "robots" is the plan's word: never split into "rob" + "ots".
    expect(engine.parse('robots').groups[0]!.alternatives.every((a) => a.keys.length === 1)).toBe(
      true,
    );
  });

  it('puts the provision holding the rarer word first among partial matches', () => {
    const out = engine.search('AI safety research');
    expect(out.results.some((r) => r.full)).toBe(false);
    expect(out.results[0]?.doc.id).toBe('task-1');
  });

  it('corrects no English word shorter than five letters (seed is not seek)', () => {
    expect(engine.search('seed grants').suggestion).toBeUndefined();
  });
});
