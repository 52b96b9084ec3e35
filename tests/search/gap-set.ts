/**
 * The vocabulary-gap tuning set (issue 22): queries as residents, investors and journalists would
 * type them, written on purpose in words and phrasings the plan does not use for what it says:
 * everyday and business paraphrases, questions about the plan's numeric targets in other words,
 * questions that share no content word with the provision, Chinese colloquial wording and Taiwan
 * or Hong Kong vocabulary in Traditional characters.
 *
 * How it was written: from the plan's text alone (content/plan/{zh,en}/*.mdx, the responsibility
 * brackets in content/provisions.yaml, content/glossary.yaml), before any search was run on it and
 * without looking at the engine's results. Every query is answerable: `accept` lists every provision
 * (or `targets`, for the plan's numeric targets) a careful reader would accept, best first.
 *
 * English: 60 queries. Chinese: 30, of which 20 in Simplified characters and 10 in Traditional
 * characters (kind `traditional`). All cases are in the tuning part: the search may be grown from
 * their misses, by methods that generalize (classes of words, fields), never by a miss's own words.
 */
import type { EvalCase } from './eval-set.ts';

/** A case of the vocabulary-gap set: tuning only. */
export interface GapCase extends EvalCase {
  part: 'tuning';
}

const tuning = (cases: EvalCase[]): GapCase[] => cases.map((c) => ({ ...c, part: 'tuning' }));

/** Provisions about chips. */
const CHIPS = ['task-6', 'task-5', 'task-12', 'task-3', 'task-1'];
/** Provisions about driverless vehicles. */
const DRIVERLESS = ['task-9', 'task-10', 'task-2', 'task-12', 'task-7', 'task-8', 'measure-4'];
/** Provisions about health care. */
const HEALTH = ['task-7', 'task-11', 'task-10', 'task-2', 'task-8', 'task-9', 'task-12'];
/** Provisions about speech and imaging (the core industries). */
const SPEECH_IMAGING = ['task-5', 'task-6', 'task-1'];
/** Provisions about logistics. */
const LOGISTICS = ['task-7', 'task-8', 'task-9'];

/** Chinese: 20 Simplified, then 10 Traditional. */
const ZH: EvalCase[] = [
  { q: '造芯片的公司', accept: CHIPS, kind: 'synonym', why: '任务六：智能芯片等四大核心产业' },
  {
    q: '开公司有没有补助',
    accept: ['measure-1', 'task-4', 'implementation-4'],
    kind: 'natural',
    why: '措施一：专项基金支持中小企业和初创企业；任务四：孵化器建设经费补助',
  },
  {
    q: '大学老师出来办公司',
    accept: ['measure-2', 'measure-1'],
    kind: 'natural',
    why: '措施二：鼓励高校人才转化技术成果',
  },
  { q: '手机看病', accept: HEALTH, kind: 'synonym', why: '任务十：移动远程医疗；任务七：智能医疗' },
  { q: '无人车', accept: DRIVERLESS, kind: 'synonym', why: '任务九：自动驾驶；任务十：无人驾驶' },
  {
    q: '人工智能园区都在哪儿',
    accept: ['task-12', 'measure-3', 'measure-2', 'task-8', 'task-6'],
    kind: 'place',
    why: '任务十二：特色产业园区建设；措施三：特色园区',
  },
  {
    q: '能带来多少就业',
    accept: ['implementation-4', 'targets'],
    kind: 'number',
    why: '实施四：满足高技能、高质量就业岗位需要',
  },
  {
    q: '三年后AI产业规模有多大',
    accept: ['targets'],
    kind: 'number',
    why: '发展目标：核心产业产值30亿元，相关产业200亿元',
  },
  { q: '企业贷款', accept: ['measure-1'], kind: 'synonym', why: '措施一：应收账款质押融资服务' },
  { q: '减税', accept: ['measure-1'], kind: 'synonym', why: '措施一：财税金融新政策' },
  {
    q: '海归',
    accept: ['measure-2', 'task-3'],
    kind: 'synonym',
    why: '措施二：海外人才离岸创新创业',
  },
  { q: '刷脸技术', accept: SPEECH_IMAGING, kind: 'synonym', why: '任务五、六：智能图像' },
  {
    q: '堵车能不能靠人工智能解决',
    accept: ['task-11'],
    kind: 'natural',
    why: '任务十一：重点聚焦交通领域的智能化水平',
  },
  { q: '摄像头和治安', accept: ['task-11'], kind: 'synonym', why: '任务十一：安防领域' },
  {
    q: '这件事哪个部门说了算',
    accept: ['implementation-1'],
    kind: 'natural',
    why: '实施一：领导小组办公室统筹协调',
  },
  { q: '发明保护', accept: ['measure-4'], kind: 'synonym', why: '措施四：知识产权保护' },
  {
    q: '媒体报道',
    accept: ['implementation-3', 'measure-5'],
    kind: 'synonym',
    why: '实施三：传统媒体和互联网新兴媒体宣传',
  },
  { q: '博览会', accept: ['measure-5'], kind: 'synonym', why: '措施五：产品展览等重大活动' },
  {
    q: '工人学新手艺',
    accept: ['implementation-4'],
    kind: 'natural',
    why: '实施四：开展人工智能技能培训',
  },
  { q: '送快递的机器人', accept: LOGISTICS, kind: 'synonym', why: '任务七：智能物流' },
  { q: '晶片廠商', accept: CHIPS, kind: 'traditional', why: '任務六：智能芯片' },
  {
    q: '新創公司資金',
    accept: ['measure-1', 'task-4'],
    kind: 'traditional',
    why: '措施一：專項基金支持初創企業',
  },
  { q: '自駕車', accept: DRIVERLESS, kind: 'traditional', why: '任務九：自動駕駛' },
  {
    q: 'AI能帶來多少工作機會',
    accept: ['implementation-4', 'targets'],
    kind: 'traditional',
    why: '實施四：就業崗位',
  },
  { q: '育成中心補助', accept: ['task-4'], kind: 'traditional', why: '任務四：孵化器建設經費補助' },
  { q: '人臉辨識', accept: SPEECH_IMAGING, kind: 'traditional', why: '任務五、六：智能圖像' },
  { q: '語音助理', accept: SPEECH_IMAGING, kind: 'traditional', why: '任務五、六：智能語音' },
  {
    q: '遠距醫療',
    accept: ['task-10', 'task-7', 'task-11', 'task-2'],
    kind: 'traditional',
    why: '任務十：移動遠程醫療',
  },
  { q: '智慧家電', accept: ['task-7'], kind: 'traditional', why: '任務七：智能家居' },
  {
    q: '產學合作',
    accept: ['task-12', 'task-2', 'measure-3', 'principle-3'],
    kind: 'traditional',
    why: '任務十二：產學研合作；任務二：與高校共建聯合實驗室',
  },
];

/** English: 60. */
const EN: EvalCase[] = [
  { q: 'chip firms', accept: CHIPS, kind: 'synonym', why: 'task 6: intelligent chips' },
  {
    q: 'money for new companies',
    accept: ['measure-1', 'task-4'],
    kind: 'synonym',
    why: 'measure 1: special fund, support for SMEs and start-ups',
  },
  {
    q: 'spin-offs from universities',
    accept: ['measure-2', 'measure-1', 'principle-3'],
    kind: 'synonym',
    why: 'measure 2: university talent commercializing results',
  },
  {
    q: 'health apps',
    accept: HEALTH,
    kind: 'synonym',
    why: 'task 7: intelligent medical and health services',
  },
  { q: 'self-driving', accept: DRIVERLESS, kind: 'synonym', why: 'task 9: autonomous driving' },
  {
    q: 'where will the AI parks be',
    accept: ['task-12', 'measure-3', 'task-8', 'measure-2', 'task-6'],
    kind: 'place',
    why: 'task 12: distinctive industrial parks',
  },
  {
    q: 'how many jobs',
    accept: ['implementation-4', 'targets'],
    kind: 'number',
    why: 'implementation 4: high-skill, high-quality jobs',
  },
  {
    q: 'how much revenue will AI bring in by 2020',
    accept: ['targets'],
    kind: 'number',
    why: 'targets: output value 3 billion and 20 billion yuan',
  },
  { q: 'sales goal for the AI sector', accept: ['targets'], kind: 'number', why: 'targets' },
  { q: 'expected size of the AI economy', accept: ['targets'], kind: 'number', why: 'targets' },
  {
    q: 'what will the wider tech sector be worth',
    accept: ['targets'],
    kind: 'number',
    why: 'targets: related industries 20 billion yuan',
  },
  {
    q: 'startup hubs',
    accept: ['task-4', 'measure-3'],
    kind: 'synonym',
    why: 'task 4: maker spaces and incubators',
  },
  {
    q: 'coworking spaces for founders',
    accept: ['task-4', 'measure-3'],
    kind: 'synonym',
    why: 'task 4: maker spaces',
  },
  {
    q: 'venture capital',
    accept: ['measure-1'],
    kind: 'synonym',
    why: 'measure 1: market-based funds',
  },
  {
    q: 'loans for small businesses',
    accept: ['measure-1', 'implementation-4'],
    kind: 'synonym',
    why: 'measure 1: financing secured by accounts receivable for SMEs',
  },
  {
    q: 'tax breaks',
    accept: ['measure-1'],
    kind: 'synonym',
    why: 'measure 1: fiscal and tax policies',
  },
  {
    q: 'paying universities to do lab work for companies',
    accept: ['measure-1'],
    kind: 'natural',
    why: 'measure 1: innovation vouchers for R&D services of universities',
  },
  {
    q: 'hiring foreign experts',
    accept: ['task-3', 'measure-2', 'principle-3'],
    kind: 'synonym',
    why: 'task 3: high-level talent from abroad',
  },
  {
    q: 'bringing in researchers from overseas',
    accept: ['measure-2', 'task-3'],
    kind: 'natural',
    why: 'measure 2: free port for overseas talent',
  },
  {
    q: 'bonuses for professors who commercialise research',
    accept: ['measure-2', 'measure-1'],
    kind: 'natural',
    why: 'measure 2: reward policies',
  },
  {
    q: 'robot makers',
    accept: [
      'task-7',
      'task-8',
      'task-2',
      'task-9',
      'task-12',
      'task-3',
      'measure-4',
      'measure-2',
      'targets',
    ],
    kind: 'synonym',
    why: 'task 7: intelligent robots among the six related industries',
  },
  {
    q: 'factory automation',
    accept: ['task-12', 'task-9', 'task-2', 'targets', 'task-3'],
    kind: 'synonym',
    why: 'task 12: intelligent manufacturing; task 9: intelligent workshops',
  },
  { q: 'smart traffic lights', accept: ['task-11'], kind: 'synonym', why: 'task 11: transport' },
  {
    q: 'CCTV and policing',
    accept: ['task-11'],
    kind: 'synonym',
    why: 'task 11: security and surveillance',
  },
  {
    q: 'computers helping doctors diagnose',
    accept: HEALTH,
    kind: 'natural',
    why: 'task 7, 11: intelligent medical services, health',
  },
  {
    q: 'seeing a doctor remotely over 5G',
    accept: ['task-10'],
    kind: 'natural',
    why: 'task 10: mobile telemedicine in a 5G network',
  },
  {
    q: 'sensor networks',
    accept: ['task-10'],
    kind: 'synonym',
    why: 'task 10: intelligent-sensing IoT',
  },
  {
    q: 'GPS accuracy',
    accept: ['task-10'],
    kind: 'synonym',
    why: 'task 10: high-precision navigation',
  },
  { q: 'server farms', accept: ['task-10'], kind: 'synonym', why: 'task 10: data centres' },
  {
    q: 'open government data',
    accept: ['task-11', 'task-10'],
    kind: 'synonym',
    why: 'task 11: public digital information',
  },
  {
    q: 'software that translates languages',
    accept: SPEECH_IMAGING,
    kind: 'natural',
    why: 'task 5: intelligent speech and translation',
  },
  {
    q: 'voice assistants',
    accept: SPEECH_IMAGING,
    kind: 'synonym',
    why: 'task 5, 6: intelligent speech',
  },
  {
    q: 'face recognition',
    accept: [...SPEECH_IMAGING, 'task-11'],
    kind: 'synonym',
    why: 'task 5, 6: imaging',
  },
  { q: 'semiconductors', accept: CHIPS, kind: 'synonym', why: 'task 6: intelligent chips' },
  { q: 'CNC lathes', accept: ['task-5'], kind: 'synonym', why: 'task 5: CNC machine tools' },
  {
    q: 'rules for drones',
    accept: ['measure-4'],
    kind: 'synonym',
    why: 'measure 4: standards for drones',
  },
  {
    q: 'protecting inventions',
    accept: ['measure-4'],
    kind: 'synonym',
    why: 'measure 4: patents, IP protection',
  },
  {
    q: 'advertising Shenyang as an AI city',
    accept: ['measure-5', 'implementation-3'],
    kind: 'natural',
    why: 'measure 5: AI city brand',
  },
  {
    q: 'tech expos and conferences',
    accept: ['measure-5'],
    kind: 'synonym',
    why: 'measure 5: forums, exhibitions',
  },
  {
    q: 'trade bodies for AI businesses',
    accept: ['measure-5', 'task-4'],
    kind: 'synonym',
    why: 'measure 5: industry alliances or associations',
  },
  {
    q: 'who is in charge of the whole thing',
    accept: ['implementation-1'],
    kind: 'natural',
    why: 'implementation 1: the Leading Group and its office',
  },
  {
    q: 'how is progress monitored',
    accept: ['implementation-2', 'implementation-1'],
    kind: 'natural',
    why: 'implementation 2: assessment, coordination meetings',
  },
  {
    q: 'deadlines for each task',
    accept: ['implementation-2'],
    kind: 'synonym',
    why: 'implementation 2: timetables',
  },
  {
    q: 'can the goals be changed later',
    accept: ['implementation-2'],
    kind: 'natural',
    why: 'implementation 2: dynamic adjustment of targets',
  },
  {
    q: 'support desk for small firms',
    accept: ['implementation-4', 'measure-1'],
    kind: 'synonym',
    why: 'implementation 4: service mechanism for SMEs',
  },
  {
    q: 'retraining workers',
    accept: ['implementation-4'],
    kind: 'synonym',
    why: 'implementation 4: skills training',
  },
  {
    q: 'fundamental AI science',
    accept: ['task-1', 'principle-1'],
    kind: 'synonym',
    why: 'task 1: theoretical groundwork, frontier directions',
  },
  {
    q: 'making AI safe',
    accept: ['task-1'],
    kind: 'natural',
    why: 'task 1: theory of AI safety and security assurance',
  },
  {
    q: 'computers that understand speech and text',
    accept: ['task-1', 'task-5', 'task-6'],
    kind: 'natural',
    why: 'task 1: natural language understanding',
  },
  {
    q: 'joint labs with colleges',
    accept: ['task-2', 'task-12', 'principle-3'],
    kind: 'synonym',
    why: 'task 2: joint laboratories with universities',
  },
  {
    q: 'defence technology',
    accept: ['task-2'],
    kind: 'synonym',
    why: 'task 2: military-civil fusion',
  },
  {
    q: 'getting big companies to move here',
    accept: ['task-6', 'task-8', 'measure-1'],
    kind: 'natural',
    why: 'task 6: attract well-known enterprises',
  },
  {
    q: 'suppliers and customers working together',
    accept: ['principle-2', 'task-6', 'task-8', 'measure-1'],
    kind: 'natural',
    why: 'principle 2: upstream, midstream and downstream coordination',
  },
  {
    q: 'working with other countries',
    accept: ['principle-3', 'measure-4', 'task-6', 'task-3'],
    kind: 'natural',
    why: 'principle 3: exchanges at home and abroad',
  },
  {
    q: 'concentrate on a few priorities',
    accept: ['principle-4'],
    kind: 'natural',
    why: 'principle 4: key directions, progress at key points',
  },
  {
    q: 'connected home appliances',
    accept: ['task-7'],
    kind: 'synonym',
    why: 'task 7: smart home',
  },
  {
    q: 'warehouse robots',
    accept: LOGISTICS,
    kind: 'synonym',
    why: 'task 7: intelligent logistics',
  },
  {
    q: 'how many projects a year for big data',
    accept: ['task-10'],
    kind: 'number',
    why: 'task 10: no fewer than 100 projects each year',
  },
  {
    q: 'number of industry hubs planned',
    accept: ['task-8', 'task-12'],
    kind: 'number',
    why: 'task 8: about five clusters',
  },
  {
    q: 'German industrial zone',
    accept: ['measure-2'],
    kind: 'place',
    why: 'measure 2: Sino-German Industrial Park',
  },
];

/** The vocabulary-gap set, all tuning. */
export const GAP_SET: Record<'zh' | 'en', GapCase[]> = { zh: tuning(ZH), en: tuning(EN) };
