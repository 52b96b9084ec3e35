/**
 * The translation as product: sentence pairs, translator's notes, the glossary, document
 * numbers. Expectations come from the content files (tests/support), never from the build.
 */
import { describe, expect, it } from 'vitest';
import {
  EDITIONS,
  LOCALES,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  perEdition,
} from '../../src/lib/editions.ts';
import { foldForFilter, matchesFilter } from '../../src/lib/client/glossary-filter.ts';
import { documentNumberText } from '../../src/lib/model/labels.ts';
import { buildModel, type RawContent } from '../../src/lib/model/model.ts';
import { chineseSentences, paragraphLines } from '../../src/lib/model/text.ts';
import {
  isProse,
  notePath,
  parallelView,
  shareTitle,
  textView,
} from '../../src/lib/route-data/text.ts';
import { sentenceAnchor } from '../../src/lib/model/anchors.ts';
import {
  glossaryCsv,
  glossaryExport,
  glossaryExportSchema,
  planExport,
} from '../../src/lib/share/export.ts';
import { loadDerive, loadGlossary, loadModel, readRawContent } from '../support/load-content.ts';

const model = loadModel();
const clone = (): RawContent => structuredClone(readRawContent());

describe('sentence pairs', () => {
  it('every paragraph of the translation has one line per sentence of the source', () => {
    const texts = [...model.provisions, ...Object.values(model.texts)];
    let sentences = 0;
    for (const text of texts) {
      text.markdown[SOURCE_LOCALE].forEach((zh, i) => {
        const count = chineseSentences(zh).length;
        sentences += count;
        expect(text.sentences[TRANSLATION_LOCALE][i], `${text.id} paragraph ${i + 1}`).toHaveLength(
          count,
        );
      });
    }
    expect(sentences).toBeGreaterThan(50);
  });

  it('a missing sentence fails with the file and the paragraph', () => {
    const raw = clone();
    const text = raw.texts.find((t) => t.locale === TRANSLATION_LOCALE && t.id === 'task-12')!;
    const lines = paragraphLines(text.body)[0]!;
    expect(lines.length).toBeGreaterThan(1);
    text.body = lines.slice(1).join('\n');
    expect(() => buildModel(raw, loadDerive())).toThrow(
      new RegExp(
        `content/plan/${TRANSLATION_LOCALE}/task-12\\.mdx: paragraph 1: has ${lines.length - 1} sentence line\\(s\\) but its Chinese paragraph has ${lines.length} sentence\\(s\\)`,
      ),
    );
  });

  it('MDX or HTML in a text fails the build instead of being shown as text', () => {
    const raw = clone();
    const text = raw.texts.find((t) => t.locale === TRANSLATION_LOCALE && t.id === 'measure-2')!;
    text.body = text.body.replace(/\.\s*$/, ' <div>.');
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /content\/plan\/en\/measure-2\.mdx: paragraph 1: holds "<"/,
    );
    const linked = clone();
    const task3 = linked.texts.find((t) => t.locale === TRANSLATION_LOCALE && t.id === 'task-3')!;
    task3.body = task3.body.replace(
      'high-end AI talent',
      'high-end AI talent (see [task 99](/en/tasks/99/))',
    );
    expect(() => buildModel(linked, loadDerive())).toThrow(
      /content\/plan\/en\/task-3\.mdx: paragraph 1: holds "\[task 99\]\(\/en\/tasks\/99\/\)"/,
    );
  });

  it('the "Show the Chinese" view pairs each sentence with its source sentence', () => {
    const paragraphs = textView(model, TRANSLATION_LOCALE, 'task-7', { withSource: true });
    const task7 = model.provisions.find((p) => p.id === 'task-7')!;
    expect(paragraphs[0]?.sentences.map((p) => p.source)).toEqual(
      task7.sentences[SOURCE_LOCALE][0],
    );
    expect(paragraphs[0]?.sentences.map((p) => p.text)).toEqual(
      task7.sentences[TRANSLATION_LOCALE][0],
    );
    // The source edition never pairs (there is nothing to show under the original).
    expect(
      textView(model, SOURCE_LOCALE, 'task-7', { withSource: true })[0]?.sentences.every(
        (s) => s.source === undefined,
      ),
    ).toBe(true);
    expect(parallelView(model, SOURCE_LOCALE, 'notice')).toHaveLength(
      model.texts['notice']!.paragraphs[SOURCE_LOCALE].length,
    );
  });

  it('every sentence has the same anchor in every edition and in the side-by-side view', () => {
    const texts = [...model.provisions, ...Object.values(model.texts)];
    for (const text of texts) {
      const anchors = LOCALES.map((l) =>
        textView(model, l, text.id).flatMap((p) => p.sentences.map((s) => s.anchor)),
      );
      const expected = text.sentences[SOURCE_LOCALE].flatMap((p, i) =>
        p.map((_, j) => sentenceAnchor(text.id, i + 1, j + 1)),
      );
      for (const a of anchors) expect(a, text.id).toEqual(expected);
      for (const l of LOCALES)
        expect(
          parallelView(model, l, text.id).flatMap((p) => p.rows.map((r) => r.anchor)),
          text.id,
        ).toEqual(expected);
    }
    expect(sentenceAnchor('task-4', 1, 2)).toBe('task-4-p1-s2');
  });

  it('the notice’s one-line items keep their anchors but offer no link controls', () => {
    const notice = textView(model, 'en', 'notice');
    expect(notice.map((p) => p.linked)).toEqual(
      model.texts['notice']!.paragraphs[SOURCE_LOCALE].map((p) => /。$/.test(p)),
    );
    expect(notice.filter((p) => p.linked)).toHaveLength(1);
    for (const p of model.provisions) expect(textView(model, 'zh', p.id)[0]?.linked).toBe(true);
    expect(isProse('')).toBe(false);
    expect(isProse('2018年12月6日')).toBe(false);
    expect(isProse('(This document is released to the public.)')).toBe(true);
    expect(isProse('He said “go.”')).toBe(true);
  });

  it('a copied paragraph is headed with its provision and the document', () => {
    expect(shareTitle(model, 'en', 'task-4')).toContain('Task 4');
    expect(shareTitle(model, 'zh', 'task-4')).toContain(model.document.shortTitle.zh);
    expect(shareTitle(model, 'en', 'preamble')).toBe(model.document.shortTitle.en);
    expect(textView(model, 'en', 'task-4')[0]?.title).toBe(shareTitle(model, 'en', 'task-4'));
  });
});

describe("translator's notes", () => {
  const byId = (id: string) => model.notes.find((n) => n.id === id);

  it('has the notes the review asked for, each on its paragraph and numbered in reading order', () => {
    for (const id of ['task-10-erratum', 'task-10-fenbie', 'task-5-five-core-industries'])
      expect(byId(id), id).toBeDefined();
    expect(model.notes.map((n) => n.number)).toEqual(model.notes.map((_, i) => i + 1));
    const task10 = model.provisions.find((p) => p.id === 'task-10')!;
    expect(task10.notes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['task-10-erratum', 'task-10-fenbie']),
    );
    // A note on an earlier text has a smaller number.
    expect(byId('task-5-five-core-industries')!.number).toBeLessThan(
      byId('task-10-erratum')!.number,
    );
    // On one paragraph, in the order the reader needs them: the 流域 → 领域 correction before the reading of 分别.
    expect(task10.notes.map((n) => n.id)).toEqual(['task-10-erratum', 'task-10-fenbie']);
  });

  it('show under their paragraph in the translation only, in the page’s language', () => {
    const en = textView(model, TRANSLATION_LOCALE, 'task-10');
    expect(en[0]?.notes.map((n) => n.text)).toEqual(
      model.provisions.find((p) => p.id === 'task-10')!.notes.map((n) => n.en),
    );
    expect(textView(model, SOURCE_LOCALE, 'task-10')[0]?.notes).toEqual([]);
    // The side-by-side view gives the notes in the page's language.
    const first = model.provisions.find((p) => p.id === 'task-10')!.notes[0]!;
    expect(parallelView(model, SOURCE_LOCALE, 'task-10')[0]?.notes[0]?.text).toBe(
      first[SOURCE_LOCALE],
    );
    expect(parallelView(model, TRANSLATION_LOCALE, 'task-10')[0]?.notes[0]?.text).toBe(
      first[TRANSLATION_LOCALE],
    );
  });

  it('link from the targets ledger and are in plan.json', () => {
    const target = model.targets.find((t) => t.note === 'task-10-fenbie');
    expect(target, 'the 100-project target links the note on 分别').toBeDefined();
    const note = byId('task-10-fenbie')!;
    expect(notePath(note, TRANSLATION_LOCALE)).toBe(
      `/${TRANSLATION_LOCALE}/tasks/10/#note-${note.number}`,
    );
    const data = planExport(model);
    expect(data.provisions.find((p) => p.id === 'task-10')?.notes.map((n) => n.id)).toContain(
      'task-10-fenbie',
    );
    expect(data.notes).toHaveLength(model.notes.length);
    expect(data.notes.find((n) => n.id === 'task-10-fenbie')).toMatchObject({
      source: 'task-10',
      paragraph: 1,
      text: { zh: note.zh, en: note.en },
    });
  });

  it('a note on a paragraph that does not exist, or a target naming an unknown note, fails with the file and field', () => {
    const raw = clone();
    raw.notes[0] = { ...raw.notes[0]!, text: 'task-3', paragraph: 9 };
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /content\/notes\.yaml: notes\[0\] \([a-z0-9-]+\)\.paragraph: task-3 has 1 paragraph\(s\), not 9/,
    );
    const raw2 = clone();
    raw2.targets[0] = { ...raw2.targets[0]!, note: 'no-such-note' };
    expect(() => buildModel(raw2, loadDerive())).toThrow(
      /content\/targets\.yaml: \[0\] \([a-z0-9-]+\)\.note: "no-such-note" is no note/,
    );
  });
});

describe('document numbers', () => {
  it('a translation cites the romanized number with the Chinese beside it; the source the Chinese alone', () => {
    expect(documentNumberText(model.document, TRANSLATION_LOCALE)).toBe(
      'Shen Zheng Ban Fa [2018] No. 144 (沈政办发〔2018〕144号)',
    );
    expect(documentNumberText(model.document.parent, TRANSLATION_LOCALE)).toBe(
      'Shen Zheng Fa [2018] No. 19 (沈政发〔2018〕19号)',
    );
    expect(documentNumberText(model.document, SOURCE_LOCALE)).toBe('沈政办发〔2018〕144号');
  });
});

describe('the glossary', () => {
  const entries = loadGlossary();

  it('has every body, place, topic and term once, with pinyin and the provisions that use it', () => {
    expect(entries.filter((e) => e.kind === 'body')).toHaveLength(model.bodies.length);
    expect(entries.filter((e) => e.kind === 'place')).toHaveLength(model.places.length);
    expect(entries.filter((e) => e.kind === 'topic')).toHaveLength(model.topics.length);
    expect(entries.filter((e) => e.kind === 'term')).toHaveLength(model.terms.length);
    const brain = entries.find((e) => e.kind === 'place' && e.id === 'city-brain')!;
    expect(brain.pinyin).toBe('chéngshì dànǎo');
    expect(brain.syllables).toBe('chéng shì dà nǎo');
    expect(brain.provisions).toEqual(
      model.provisions.filter((p) => p.places.includes('city-brain')).map((p) => p.id),
    );
    for (const locale of LOCALES)
      expect(brain.path?.[locale]).toBe(`/${locale}/places/city-brain/`);
    expect(entries.find((e) => e.kind === 'term')?.path).toBeUndefined();
  });

  it('exports JSON that its own schema accepts, and CSV with formulas defused', () => {
    const data = glossaryExport(entries);
    expect(glossaryExportSchema.safeParse(data).success).toBe(true);
    expect(data.entries).toHaveLength(entries.length);
    const csv = glossaryCsv([
      {
        kind: 'term',
        id: 'x',
        name: {
          ...perEdition(() => 'x'),
          [SOURCE_LOCALE]: '=HYPERLINK("http://evil")',
          [TRANSLATION_LOCALE]: 'a, "b"',
        },
        pinyin: 'x',
        syllables: 'x',
        provisions: ['task-1', 'task-2'],
      },
    ]);
    const columns = (prefix: string) => EDITIONS.map((e) => `${prefix}_${e.dataKey}`).join(',');
    expect(csv.split('\r\n')[0]).toBe(
      `kind,id,${columns('name')},pinyin,${columns('url')},provisions,${columns('full_name')},${columns('also_known_as')},${columns('houses')}`,
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('"a, ""b"""');
    expect(csv).toContain('task-1 task-2');
  });

  it('gives each body’s full name, second title and housed office in glossary.json and .csv (G-9)', () => {
    const data = glossaryExport(entries);
    const byId = (id: string) => data.entries.find((e) => e.kind === 'body' && e.id === id)!;
    for (const body of model.bodies) {
      const exported = byId(body.id);
      for (const e of EDITIONS) {
        expect(exported.fullName?.[e.dataKey], body.id).toBe(body.fullName?.[e.id]);
        expect(exported.alsoKnownAs?.[e.dataKey], body.id).toBe(body.alsoKnownAs?.[e.id]);
        expect(exported.houses?.[e.dataKey], body.id).toBe(body.houses?.[e.id]);
      }
    }
    expect(byId('science-technology-bureau').alsoKnownAs?.['zh']).toBe('市知识产权局');
    expect(byId('organization-department').houses?.['en']).toBe('Municipal Talent Office');
    expect(data.entries.filter((e) => e.kind !== 'body' && (e.fullName || e.houses))).toEqual([]);
    const rows = glossaryCsv(entries).split('\r\n');
    const header = rows[0]!.split(',');
    const science = rows.find((r) => r.startsWith('body,science-technology-bureau,'))!;
    expect(science).toContain('沈阳市科学技术局');
    expect(science).toContain('Municipal Intellectual Property Office');
    expect(header.indexOf('also_known_as_zh')).toBeGreaterThan(header.indexOf('provisions'));
  });

  it('the filter folds case, tone marks and spaces', () => {
    expect(foldForFilter('Chéng Shì Dà Nǎo')).toBe('chengshidanao');
    expect(matchesFilter('城市大脑 City Brain chéng shì dà nǎo', 'chengshi')).toBe(true);
    expect(matchesFilter('城市大脑 City Brain chéng shì dà nǎo', 'nǎo')).toBe(true);
    expect(matchesFilter('城市大脑 City Brain chéng shì dà nǎo', '大脑')).toBe(true);
    expect(matchesFilter('城市大脑 City Brain chéng shì dà nǎo', 'robot')).toBe(false);
    expect(matchesFilter('anything', '   ')).toBe(true);
  });
});
