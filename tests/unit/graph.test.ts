import { describe, expect, it } from 'vitest';
import {
  markNeedles,
  markersOf,
  namingSentences,
  provisionsOfBody,
  provisionsOfPlace,
  relatedProvisions,
  responsibilityMatrix,
  sentences,
} from '../../src/lib/model/graph.ts';
import { formatAmount } from '../../src/lib/model/format.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import {
  planExport,
  responsibilitiesCsv,
  RESPONSIBILITY_COLUMNS,
} from '../../src/lib/share/export.ts';
import { provisionById } from '../../src/lib/model/queries.ts';
import { parseCsv } from '../support/csv.ts';
import { loadModel } from '../support/load-content.ts';

const model = loadModel();

describe('places and topics are derived from the Chinese text', () => {
  it('finds the parks of measure 2 and the platforms of task 2', () => {
    expect(provisionById(model, 'measure-2').places).toEqual([
      'sino-german-industrial-park',
      'siasun-robot-industrial-park',
      'offshore-talent-free-port',
    ]);
    expect(provisionById(model, 'task-2').places).toHaveLength(5);
    expect(model.texts['measures-intro']?.places).toEqual([
      'national-independent-innovation-demonstration-zone',
      'comprehensive-innovation-reform-pilot-zone',
      'pilot-free-trade-zone',
    ]);
    expect(provisionsOfPlace(model, 'city-brain').map((p) => p.id)).toEqual(['task-11']);
  });

  it('names every place in the English text by its glossary name (title included)', () => {
    const texts = [
      ...model.provisions.map((p) => ({
        id: p.id,
        places: p.places,
        en: `${p.title.en} ${p.paragraphs.en.join(' ')}`,
      })),
      ...Object.values(model.texts).map((t) => ({
        id: t.id,
        places: t.places,
        en: t.paragraphs.en.join(' '),
      })),
    ];
    const missing = texts.flatMap((x) =>
      x.places
        .map((id) => model.places.find((p) => p.id === id)!)
        .filter((p) => !x.en.toLowerCase().includes(p.name.en.toLowerCase()))
        .map((p) => `${x.id}: ${p.name.en}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the four core industries in task 6', () => {
    expect(provisionById(model, 'task-6').topics).toEqual([
      'intelligent-chips',
      'intelligent-speech',
      'intelligent-imaging',
      'intelligent-devices',
    ]);
  });
});

describe('relations', () => {
  it('relates provisions that share places, topics or bodies, best first', () => {
    const related = relatedProvisions(model, provisionById(model, 'task-7'));
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]!.provision.id).toMatch(/^task-(8|9)$/);
    expect(related.map((r) => r.score)).toEqual(
      [...related.map((r) => r.score)].sort((a, b) => b - a),
    );
    expect(related.every((r) => r.provision.id !== 'task-7')).toBe(true);
  });

  it('builds the matrix from the brackets', () => {
    const m = responsibilityMatrix(model);
    expect(m.provisions).toHaveLength(21);
    expect(m.bodies[0]!.id).toBe('science-technology-bureau');
    expect(m.position('science-technology-bureau', 'task-5')).toBe(2);
    expect(m.position('big-data-bureau', 'task-1')).toBeUndefined();
    expect(provisionsOfBody(model, 'information-centre').map((p) => p.id)).toEqual(['task-10']);
  });
});

describe('marking sentences', () => {
  it('splits sentences in both languages', () => {
    expect(sentences('甲。乙;丙', 'zh')).toEqual(['甲。', '乙;', '丙']);
    expect(sentences('One. Two; three. “Four.”', 'en')).toEqual(['One.', 'Two; three.', '“Four.”']);
  });

  it('marks every occurrence, longest name first, as text', () => {
    expect(
      markNeedles('在中德产业园和新松机器人产业园', ['中德产业园', '新松机器人产业园'], false),
    ).toEqual([
      { text: '在', mark: false },
      { text: '中德产业园', mark: true },
      { text: '和', mark: false },
      { text: '新松机器人产业园', mark: true },
    ]);
    expect(markNeedles('the City Brain <b>', ['city brain'], true)).toEqual([
      { text: 'the ', mark: false },
      { text: 'City Brain', mark: true },
      { text: ' <b>', mark: false },
    ]);
  });

  it('falls back to the whole paragraph when a translation words the name differently', () => {
    expect(namingSentences(['No match here.'], ['City Brain'], 'en')).toEqual([
      [{ text: 'No match here.', mark: false }],
    ]);
  });
});

describe('amounts', () => {
  it('renders amounts in each language’s units', () => {
    const core = model.targets.find((t) => t.id === 'core-industry-output')!;
    expect(formatAmount(core, useTranslations('zh'))).toBe('30亿元');
    expect(formatAmount(core, useTranslations('en'))).toBe('3 billion yuan');
    const related = model.targets.find((t) => t.id === 'related-industry-output')!;
    expect(formatAmount(related, useTranslations('en'))).toBe('20 billion yuan');
    const projects = model.targets.find((t) => t.id === 'big-data-projects')!;
    expect(formatAmount(projects, useTranslations('zh'))).toBe('不少于100个/年');
    expect(formatAmount(projects, useTranslations('en'))).toBe('at least 100 projects a year');
    expect(formatAmount(projects, useTranslations('zh-hant'))).toBe('不少於100個/年');
    expect(formatAmount({ value: 1, unit: 'project' }, useTranslations('en'))).toBe('1 project');
    expect(
      formatAmount({ value: 5, unit: 'cluster', approximate: true }, useTranslations('en')),
    ).toBe('about 5 clusters');
    // A bare number where the label says what is counted (clusters and zones together).
    const clusters = model.targets.find((t) => t.id === 'ai-clusters')!;
    expect(formatAmount(clusters, useTranslations('en'))).toBe('about 5');
    expect(formatAmount(clusters, useTranslations('zh'))).toBe('5个左右');
  });
});

describe('open data', () => {
  it('plan.json keeps the spec contract', () => {
    const data = planExport(model);
    const task1 = data.provisions.find((p) => p.id === 'task-1')!;
    expect(task1).toMatchObject({
      kind: 'task',
      number: 1,
      group: 1,
      url: { zh: '/zh/tasks/1/', en: '/en/tasks/1/' },
    });
    expect(task1.departments).toEqual([
      'science-technology-bureau',
      'economy-information-technology-commission',
      'district-county-governments',
    ]);
    expect(data.provisions.find((p) => p.id === 'measure-1')!.group).toBeUndefined();
    expect(data.document).toMatchObject({ number: '沈政办发〔2018〕144号', issued: '2018-12-06' });
    expect(data.departments.every((d) => d.url.zh === `/zh/departments/${d.id}/`)).toBe(true);
    expect(planExport(model, (p) => `/sub${p}`).provisions[0]!.url.en).toBe(
      '/sub/en/principles/1/',
    );
  });

  it('the CSV has a row per body of each bracket, quoting what needs quoting', () => {
    const [header, ...rows] = parseCsv(responsibilitiesCsv(model));
    expect(header).toEqual([...RESPONSIBILITY_COLUMNS]);
    expect(rows).toHaveLength(model.provisions.reduce((n, p) => n + p.bodies.length, 0));
    for (const row of rows) {
      expect(row).toHaveLength(RESPONSIBILITY_COLUMNS.length);
      const p = model.provisions.find((x) => x.id === row[0])!;
      expect(row[RESPONSIBILITY_COLUMNS.indexOf('provision_title_en')]).toBe(p.title.en);
      expect(row[RESPONSIBILITY_COLUMNS.indexOf('provision_title_zh-Hant')]).toBe(
        p.title['zh-hant'],
      );
      expect(p.bodies[Number(row[RESPONSIBILITY_COLUMNS.indexOf('position')]) - 1]).toBe(
        row[RESPONSIBILITY_COLUMNS.indexOf('department_id')],
      );
    }
    expect(parseCsv('a,"b, ""c"""\r\n')).toEqual([['a', 'b, "c"']]);
  });
});

describe('preview card fonts', () => {
  it('cover every character of every card, in every edition', async () => {
    const { fontsFor } = await import('../../src/lib/node/cards.ts');
    const { useTranslations } = await import('../../src/lib/i18n.ts');
    const { provisionLabel } = await import('../../src/lib/model/labels.ts');
    const { LOCALES, edition } = await import('../../src/lib/editions.ts');
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      const text = [
        model.document.shortTitle[locale],
        model.document.title[locale],
        model.document.number[locale],
        model.document.issuer[locale],
        t('site.tagline'),
        ...model.provisions.flatMap((p) => [p.title[locale], provisionLabel(p, t)]),
      ].join('');
      const { fonts } = fontsFor(text, [400], edition(locale).font);
      expect(fonts.length).toBeGreaterThan(0);
      // Every character falls in the unicode range of a chunk that was loaded.
      const { chunkCoverage } = await import('../../src/lib/node/cards.ts');
      expect(chunkCoverage(text, 400, edition(locale).font).missing).toEqual([]);
    }
  });
});

describe('the words that mark a place or topic', () => {
  it('are every glossary form in a Chinese edition and the one translated name elsewhere', () => {
    const brain = model.places.find((p) => p.id === 'city-brain')!;
    const robots = model.topics.find((x) => x.id === 'intelligent-robots')!;
    expect(markersOf(brain, 'zh')).toEqual(brain.forms);
    expect(markersOf(robots, 'zh')).toEqual(['智能机器人', '机器人']);
    expect(markersOf(robots, 'en')).toEqual(['Intelligent robots']);
  });
});
