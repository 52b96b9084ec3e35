/**
 * A small plan for the search units' tests: five provisions and one section in English and in
 * Chinese, with a bureau that has an alias (the Intellectual Property Office, 知识产权局) on four
 * of them, so that naming a body can be told apart from holding a word.
 */
import type { SearchData, SearchDoc } from '../../src/lib/search/data.ts';

type Doc = Pick<SearchDoc, 'id' | 'kind' | 'title' | 'paragraphs' | 'names' | 'lead'> &
  Partial<SearchDoc>;

export const doc = (d: Doc): SearchDoc => ({
  label: d.id,
  path: `/${d.id}/`,
  bodies: [],
  places: [],
  bodyNames: [],
  ...d,
});

const NUMBERING: SearchData['numbering'] = {
  kinds: [
    { kind: 'task', words: ['重点任务', '任务', 'task'] },
    { kind: 'measure', words: ['保障措施', '措施', 'measure'] },
  ],
  letters: { t: 'task', m: 'measure' },
};

const EN_BUREAU = ['Science Bureau', 'Intellectual Property Office'];

export const EN_FIXTURE: SearchData = {
  locale: 'en',
  script: 'latin',
  docs: [
    doc({
      id: 'task-1',
      kind: 'task',
      title: 'Develop intelligent chips',
      paragraphs: [
        ['Build intelligent chips and sensors for robots.', 'Help start-ups grow.'],
        ['Each year, organise a chip forum.'],
      ],
      names: [...EN_BUREAU, 'Intelligent chips'],
      lead: EN_BUREAU,
      bodies: ['science-bureau'],
    }),
    doc({
      id: 'task-2',
      kind: 'task',
      title: 'Attract talent',
      paragraphs: [['Attract talent in fields such as intelligent chips, robots and software.']],
      names: ['Talent Office', 'Intelligent chips'],
      lead: ['Talent Office'],
      bodies: ['talent-office'],
    }),
    doc({
      id: 'measure-1',
      kind: 'measure',
      title: 'Fiscal and financial policies',
      paragraphs: [
        [
          'Set up special funds for AI.',
          'Give support to small enterprises.',
          'Promote ecommerce platforms.',
        ],
      ],
      names: ['Finance Office'],
      lead: ['Finance Office'],
    }),
    doc({
      id: 'measure-4',
      kind: 'measure',
      title: 'Protect intellectual property',
      paragraphs: [['Register patents and trademarks in AI.']],
      names: EN_BUREAU,
      lead: EN_BUREAU,
      bodies: ['science-bureau'],
    }),
    doc({
      id: 'implementation-1',
      kind: 'implementation',
      title: 'Organise the work',
      paragraphs: [['Support the work of the leading group and its office.']],
      names: EN_BUREAU,
      lead: EN_BUREAU,
      bodies: ['science-bureau'],
    }),
    doc({
      id: 'targets',
      kind: 'section',
      title: 'Targets',
      paragraphs: [['By 2020, the output value of the AI industry reaches 10 billion yuan.']],
      names: [],
      lead: [],
    }),
  ],
  entities: [
    {
      kind: 'body',
      id: 'science-bureau',
      names: EN_BUREAU,
      provisions: ['task-1', 'measure-4', 'implementation-1'],
    },
    {
      kind: 'topic',
      id: 'chips',
      names: ['Intelligent chips'],
      provisions: ['task-1', 'task-2'],
    },
  ],
  entityPaths: { body: '/bodies/', place: '/places/', topic: '/topics/' },
  // A target a provision states (task-2), beside the section's (targets).
  targets: {
    path: '/targets/',
    count: 3,
    names: ['output value', 'intelligent chips talent'],
    sources: ['targets', 'task-2'],
  },
  vocabulary: {
    stopWords: ['the', 'of', 'and', 'in', 'for', 'such', 'as', 'a', 'to', 'who', 'what', 'its'],
    spelling: [['organize', 'organise']],
    synonyms: [
      { words: ['grants', 'money'], plan: ['support', 'funds', 'financial'] },
      { words: ['patent', 'patents'], plan: ['intellectual property', 'patents'] },
      { words: ['ai'], plan: ['artificial intelligence', 'ai'] },
    ],
    // Words for the targets themselves (content/search.yaml questions.goals).
    questions: { words: [], targets: [], goals: ['target', 'goal', 'kpi'] },
  },
  numbering: NUMBERING,
  lexicon: ['Science Bureau', 'Intellectual Property Office', 'Intelligent chips', 'trademarks'],
};

const ZH_BUREAU = ['市科技局', '市知识产权局'];

export const ZH_FIXTURE: SearchData = {
  locale: 'zh',
  script: 'han',
  docs: [
    doc({
      id: 'task-1',
      kind: 'task',
      title: '发展智能芯片',
      paragraphs: [['研发智能芯片和传感器。', '支持创业企业。']],
      names: [...ZH_BUREAU, '智能芯片'],
      lead: ZH_BUREAU,
    }),
    doc({
      id: 'task-2',
      kind: 'task',
      title: '引进人工智能人才',
      paragraphs: [['引进人工智能、智能芯片等领域的人才。']],
      names: ['市人才办', '智能芯片'],
      lead: ['市人才办'],
    }),
    doc({
      id: 'measure-1',
      kind: 'measure',
      title: '制定财税金融政策',
      paragraphs: [['设立人工智能专项资金。']],
      names: ['市金融办'],
      lead: ['市金融办'],
    }),
    doc({
      id: 'measure-4',
      kind: 'measure',
      title: '保护知识产权',
      paragraphs: [['鼓励企业申请人工智能专利。']],
      names: ZH_BUREAU,
      lead: ZH_BUREAU,
    }),
    doc({
      id: 'implementation-1',
      kind: 'implementation',
      title: '加强组织',
      paragraphs: [['人工智能领导小组统筹协调。']],
      names: ZH_BUREAU,
      lead: ZH_BUREAU,
    }),
  ],
  entities: [
    {
      kind: 'body',
      id: 'science-bureau',
      names: ZH_BUREAU,
      provisions: ['task-1', 'measure-4', 'implementation-1'],
    },
  ],
  entityPaths: { body: '/zh/bodies/', place: '/zh/places/', topic: '/zh/topics/' },
  targets: { path: '/zh/targets/', count: 3, names: ['产值'], sources: ['targets'] },
  vocabulary: {
    stopWords: ['的', '和', '谁', '有什么', '哪些'],
    spelling: [],
    synonyms: [{ words: ['专利'], plan: ['知识产权'] }],
    questions: { words: [], targets: [], goals: ['目标', '指标'] },
  },
  numbering: NUMBERING,
  lexicon: ['市科技局', '市知识产权局', '智能芯片', '知识产权'],
};

/** A few Traditional characters and the Simplified ones the search folds them to. */
const HANT: Record<string, string> = {
  專: '专',
  識: '识',
  產: '产',
  權: '权',
  發: '发',
  護: '护',
  業: '业',
  勵: '励',
  請: '请',
};
const toHant = (text: string) =>
  [...text]
    .map((c) => Object.entries(HANT).find(([, simplified]) => simplified === c)?.[0] ?? c)
    .join('');

/** The Chinese fixture as an edition in Traditional characters (專利, 知識產權局), folded with `chars`. */
export const ZH_HANT_FIXTURE: SearchData = {
  ...ZH_FIXTURE,
  locale: 'zh-hant',
  chars: HANT,
  docs: ZH_FIXTURE.docs.map((d) => ({
    ...d,
    title: toHant(d.title),
    paragraphs: d.paragraphs.map((p) => p.map(toHant)),
    names: d.names.map(toHant),
    lead: typeof d.lead === 'number' ? d.lead : d.lead.map(toHant),
  })),
  entities: ZH_FIXTURE.entities.map((e) => ({
    ...e,
    names: e.names.map(toHant),
  })),
  lexicon: ZH_FIXTURE.lexicon.map(toHant),
};
