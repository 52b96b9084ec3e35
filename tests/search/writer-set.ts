/**
 * A second writer's search evaluation set (issue 22): queries as investors, journalists and
 * residents would type them into the site's search box.
 *
 * How it was written: by a helper who had not read the search engine (src/lib/search/, the
 * search's content data, the thesaurus) nor the other evaluation sets' queries, and who had run no
 * search and seen no search result before this file was committed. The sources were the plan
 * itself: content/plan/{zh,en}/*.mdx, the responsibility brackets in content/provisions.yaml and
 * the names in content/glossary.yaml. Every query is answerable: a provision (or, for a question
 * about the plan's numeric targets, `targets`) answers it.
 *
 * English: 100 queries (paraphrases in everyday words and business jargon, British and American
 * spellings, short keywords, questions, typos, bodies by short name, parks and platforms,
 * amounts). Chinese: 60 queries, 40 in Simplified characters and 20 in Traditional characters
 * (kind `traditional`, several with Taiwan or Hong Kong wording: 人工智慧, 新創, 育成中心, 晶片,
 * 軟硬體, 資料, 辨識).
 *
 * Fields: `q`, `accept` (best first; every provision a careful reader accepts), `kind` and `why`
 * mean what they mean in EvalCase (./eval-set.ts). `accept` for a body lists every provision
 * whose responsibility bracket names it.
 *
 * The part rule (fixed, not chosen per query): within each language, the cases of one kind
 * alternate between the tuning part and the held-out part in the order they were written. The
 * first kind to appear starts with tuning, the second with held-out, and so on, so that kinds
 * with an odd count do not all lean the same way. `part` is computed by `inParts`, never written
 * by hand.
 */
import type { EvalCase } from './eval-set.ts';

/** A case of the writer's set, with the part the fixed rule puts it in. */
export interface WriterCase extends EvalCase {
  /** tuning (the search may be grown from its misses) or held-out (never tuned on, misses never shown) */
  part: 'tuning' | 'held-out';
}

/** Science and Technology Bureau (市科技局): the provisions whose bracket names it. */
const SCIENCE_BUREAU = [
  'task-1',
  'task-2',
  'task-4',
  'task-5',
  'task-6',
  'task-12',
  'measure-2',
  'measure-3',
  'measure-4',
  'implementation-1',
  'implementation-2',
  'implementation-4',
];
/** Commission of Economy and Information Technology (市经济和信息化委). */
const ECONOMY_IT = [
  'task-1',
  'task-2',
  'task-4',
  'task-5',
  'task-6',
  'task-7',
  'task-8',
  'task-9',
  'task-10',
  'measure-3',
];
/** Development and Reform Commission (市发展改革委). */
const DEVELOPMENT_REFORM = ['task-3', 'task-5', 'task-7', 'task-9', 'task-12', 'measure-3'];
/** Human Resources and Social Security Bureau (市人力资源社会保障局). */
const HUMAN_RESOURCES = ['task-3', 'task-4', 'measure-2', 'measure-3'];
/** Big Data Bureau (市大数据局). */
const BIG_DATA = ['task-2', 'task-10', 'task-11'];
/** Foreign Trade and Economic Cooperation Bureau (市外经贸局). */
const FOREIGN_TRADE = ['task-6', 'measure-2'];
/** Shenyang Radio and Television and Shenyang Daily (沈阳广播电视台、沈阳日报社). */
const MEDIA = ['measure-5', 'implementation-3'];

/** The part rule stated above: alternate within each kind; each new kind starts on the other part. */
function inParts(cases: EvalCase[]): WriterCase[] {
  const seen = new Map<EvalCase['kind'], number>();
  const order = new Map<EvalCase['kind'], number>();
  return cases.map((c) => {
    const n = seen.get(c.kind) ?? 0;
    seen.set(c.kind, n + 1);
    if (!order.has(c.kind)) order.set(c.kind, order.size);
    const k = order.get(c.kind) ?? 0;
    return { ...c, part: (n + k) % 2 === 0 ? 'tuning' : 'held-out' };
  });
}

/** Chinese: 40 Simplified, then 20 Traditional. */
const ZH: EvalCase[] = [
  {
    q: '沈阳有没有给人工智能创业公司的钱',
    accept: ['measure-1', 'implementation-4'],
    kind: 'natural',
    why: '措施一：人工智能发展专项基金，支持中小企业和初创企业',
  },
  {
    q: '到2020年人工智能产业能做到多大',
    accept: ['targets'],
    kind: 'natural',
    why: '发展目标：核心产业产值30亿元，相关产业200亿元',
  },
  {
    q: '孵化器能拿到补贴吗',
    accept: ['task-4'],
    kind: 'natural',
    why: '任务四：孵化器、众创空间择优给予建设经费补助',
  },
  {
    q: '谁牵头负责人工智能规划',
    accept: ['implementation-1'],
    kind: 'natural',
    why: '实施一：领导小组办公室统筹协调',
  },
  {
    q: '怎么把外地的人工智能企业引进来',
    accept: ['task-6', 'task-8', 'measure-1'],
    kind: 'natural',
    why: '任务六引进国内外知名企业；任务八；措施一针对引进企业一企一策',
  },
  {
    q: '有没有人工智能技能培训',
    accept: ['implementation-4'],
    kind: 'natural',
    why: '实施四：开展人工智能技能培训',
  },
  {
    q: '沈阳会不会搞无人驾驶',
    accept: ['task-9', 'task-10', 'task-2', 'task-12'],
    kind: 'natural',
    why: '任务九自动驾驶；任务十5G无人驾驶示范；任务二无人运载工具试验服务平台',
  },
  {
    q: '高校老师转化成果有奖励吗',
    accept: ['measure-2'],
    kind: 'natural',
    why: '措施二：鼓励科研院所和高校人才转化成果，落实奖励政策',
  },
  {
    q: '要建几个产业集群',
    accept: ['task-8'],
    kind: 'natural',
    why: '任务八：5个左右特色人工智能产业集群',
  },
  {
    q: '申请专利有没有奖励',
    accept: ['measure-4'],
    kind: 'natural',
    why: '措施四：激励申请、注册专利及商标',
  },
  {
    q: '创投基金',
    accept: ['measure-1'],
    kind: 'synonym',
    why: '措施一：市场化的人工智能发展基金',
  },
  { q: '科技展会', accept: ['measure-5'], kind: 'synonym', why: '措施五：创新论坛、产品展览' },
  {
    q: '媒体报道',
    accept: ['implementation-3', 'measure-5'],
    kind: 'synonym',
    why: '实施三：传统媒体和互联网新兴媒体通报、宣传',
  },
  {
    q: '智能工厂',
    accept: ['task-9', 'task-12', 'task-2'],
    kind: 'synonym',
    why: '任务九智能车间；任务十二智能制造产业；任务二智能制造云平台',
  },
  {
    q: '远程看病',
    accept: ['task-10'],
    kind: 'synonym',
    why: '任务十：5G网络环境下的移动远程医疗',
  },
  { q: '语音识别', accept: ['task-5', 'task-6'], kind: 'synonym', why: '任务五：智能语音及翻译' },
  {
    q: '海外引才',
    accept: ['measure-2', 'task-3'],
    kind: 'synonym',
    why: '措施二海外人才离岸创新创业自由港；任务三引进国内外高层次人才',
  },
  { q: '视频监控', accept: ['task-11'], kind: 'synonym', why: '任务十一：安防领域的智能化水平' },
  { q: '一企一策', accept: ['measure-1', 'task-6'], kind: 'exact', why: '措施一、任务六' },
  {
    q: '一事一议',
    accept: ['implementation-2'],
    kind: 'exact',
    why: '实施二：必要时采取“一事一议”方式进行评估论证',
  },
  { q: '人机混合增强智能', accept: ['task-1'], kind: 'exact', why: '任务一' },
  { q: '以点带面', accept: ['principle-4'], kind: 'exact', why: '原则四' },
  { q: '商业模式创新', accept: ['principle-1'], kind: 'exact', why: '原则一' },
  {
    q: '重创空间',
    accept: ['task-4', 'measure-3', 'task-12'],
    kind: 'misspelling',
    why: '众创空间（zhong 同音）',
  },
  { q: '智慧成市', accept: ['task-11'], kind: 'misspelling', why: '智慧城市（cheng 同音）' },
  {
    q: '知识产全保护',
    accept: ['measure-4'],
    kind: 'misspelling',
    why: '知识产权保护（quan 同音）',
  },
  { q: '领导小祖', accept: ['implementation-1'], kind: 'misspelling', why: '领导小组（zu 同音）' },
  { q: '科技局', accept: [...SCIENCE_BUREAU], kind: 'body', why: '责任部门含市科技局' },
  { q: '大数据局', accept: [...BIG_DATA], kind: 'body', why: '责任部门含市大数据局' },
  { q: '人社局', accept: [...HUMAN_RESOURCES], kind: 'body', why: '责任部门含人力资源社会保障局' },
  { q: '发改委', accept: [...DEVELOPMENT_REFORM], kind: 'body', why: '责任部门含发展改革委' },
  { q: '沈阳日报', accept: [...MEDIA], kind: 'body', why: '责任部门：沈阳广播电视台、沈阳日报社' },
  { q: '中德产业园', accept: ['measure-2'], kind: 'place', why: '措施二' },
  {
    q: '人工智能特色创新核心区',
    accept: ['task-12'],
    kind: 'place',
    why: '任务十二：打造人工智能特色创新核心区',
  },
  { q: '军民融合', accept: ['task-2'], kind: 'place', why: '任务二：军民融合研发支撑平台' },
  { q: '国家人工智能众创基地', accept: ['measure-3'], kind: 'place', why: '措施三' },
  { q: '30亿', accept: ['targets'], kind: 'number', why: '发展目标：核心产业产值达到30亿元' },
  {
    q: '每年100个项目',
    accept: ['task-10'],
    kind: 'number',
    why: '任务十：每年分别布局项目不少于100个',
  },
  { q: '四大核心产业', accept: ['task-6'], kind: 'number', why: '任务六' },
  { q: '六大相关产业', accept: ['task-7'], kind: 'number', why: '任务七' },
  {
    q: '人工智慧發展基金',
    accept: ['measure-1'],
    kind: 'traditional',
    why: '措施一：人工智能发展专项基金（人工智慧＝台湾用语）',
  },
  {
    q: '新創公司融資',
    accept: ['measure-1'],
    kind: 'traditional',
    why: '措施一：融资服务，支持中小企业和初创企业（新創＝台湾用语）',
  },
  {
    q: '育成中心補助',
    accept: ['task-4'],
    kind: 'traditional',
    why: '任务四：孵化器建设经费补助（育成中心＝台湾用语）',
  },
  {
    q: '自駕車測試',
    accept: ['task-2', 'task-9', 'task-10'],
    kind: 'traditional',
    why: '任务二无人运载工具试验服务平台；任务九自动驾驶；任务十无人驾驶示范',
  },
  {
    q: '智慧醫療平台',
    accept: ['task-2', 'task-9'],
    kind: 'traditional',
    why: '任务二智能医疗开放协同创新平台；任务九智能医疗',
  },
  {
    q: '晶片產業',
    accept: ['task-6', 'task-5', 'task-12'],
    kind: 'traditional',
    why: '智能芯片核心产业（晶片＝台湾用语）',
  },
  { q: '專利和商標', accept: ['measure-4'], kind: 'traditional', why: '措施四' },
  { q: '人工智慧技能培訓', accept: ['implementation-4'], kind: 'traditional', why: '实施四' },
  {
    q: '軟硬體人才',
    accept: ['task-3'],
    kind: 'traditional',
    why: '任务三：智能软硬件等领域人才（軟硬體＝台湾用语）',
  },
  { q: '物聯網建設', accept: ['task-10'], kind: 'traditional', why: '任务十：智能感知物联网' },
  {
    q: '資料中心整合',
    accept: ['task-10'],
    kind: 'traditional',
    why: '任务十：整合数据平台和数据中心资源（資料＝台湾用语）',
  },
  {
    q: '語音辨識',
    accept: ['task-5', 'task-6'],
    kind: 'traditional',
    why: '任务五：智能语音（辨識＝台湾用语）',
  },
  { q: '領導小組辦公室', accept: ['implementation-1'], kind: 'traditional', why: '实施一' },
  { q: '中德產業園', accept: ['measure-2'], kind: 'traditional', why: '措施二' },
  {
    q: '招商引資',
    accept: ['task-6', 'task-8', 'measure-1'],
    kind: 'traditional',
    why: '任务六、任务八引进企业；措施一引进企业',
  },
  { q: '展覽和論壇', accept: ['measure-5'], kind: 'traditional', why: '措施五' },
  { q: '2020年產值目標', accept: ['targets'], kind: 'traditional', why: '发展目标' },
  {
    q: '中小企業服務',
    accept: ['implementation-4', 'measure-1'],
    kind: 'traditional',
    why: '实施四中小企业服务机制；措施一',
  },
  { q: '大中小企業協同', accept: ['principle-2'], kind: 'traditional', why: '原则二' },
  { q: '開放合作', accept: ['principle-3'], kind: 'traditional', why: '原则三' },
];

/** English: 100. */
const EN: EvalCase[] = [
  {
    q: 'does the city fund AI startups',
    accept: ['measure-1', 'implementation-4'],
    kind: 'natural',
    why: 'measure 1: special fund for AI development; support SMEs and start-ups',
  },
  {
    q: 'how much will the AI industry be worth by 2020',
    accept: ['targets'],
    kind: 'natural',
    why: 'targets: core AI industries 3 billion yuan, related 20 billion yuan by 2020',
  },
  {
    q: 'who is in charge of the AI plan',
    accept: ['implementation-1'],
    kind: 'natural',
    why: 'implementation 1: the Leading Group office coordinates AI development work across the city',
  },
  {
    q: 'can I get a subsidy for running an incubator',
    accept: ['task-4'],
    kind: 'natural',
    why: 'task 4: construction subsidies for business incubators and maker spaces on a merit basis',
  },
  {
    q: 'will shenyang test self-driving cars',
    accept: ['task-9', 'task-10', 'task-2', 'task-12'],
    kind: 'natural',
    why: 'task 9 autonomous driving demonstrations; task 10 5G-based driverless vehicle demonstrations; task 2 testing platform for unmanned vehicles',
  },
  {
    q: 'what help is there for small businesses',
    accept: ['implementation-4', 'measure-1'],
    kind: 'natural',
    why: 'implementation 4: service mechanism for AI SMEs; measure 1: financing and innovation vouchers for SMEs',
  },
  {
    q: 'how will the city attract foreign AI companies',
    accept: ['task-6', 'task-8', 'measure-1'],
    kind: 'natural',
    why: 'task 6 attract well-known enterprises from China and abroad, one policy per enterprise; task 8; measure 1 incoming enterprises',
  },
  {
    q: 'is there training for workers to learn AI skills',
    accept: ['implementation-4'],
    kind: 'natural',
    why: 'implementation 4: AI skills training by universities, vocational schools and training institutions',
  },
  {
    q: 'what does the plan say about patents',
    accept: ['measure-4'],
    kind: 'natural',
    why: 'measure 4: incentives to apply for and register patents and trademarks',
  },
  {
    q: 'how will progress on the plan be checked and adjusted',
    accept: ['implementation-2'],
    kind: 'natural',
    why: 'implementation 2: timely, dynamic adjustment, assessment and evaluation, coordination meetings',
  },
  {
    q: 'will the city use data to manage traffic',
    accept: ['task-11'],
    kind: 'natural',
    why: 'task 11: integrate public data on transport; intelligence in transport',
  },
  {
    q: 'which research topics will get projects',
    accept: ['task-1', 'task-5'],
    kind: 'natural',
    why: 'task 1: projects in frontier directions and key generic technologies; task 5 key R&D projects',
  },
  {
    q: 'how many AI clusters will be built',
    accept: ['task-8'],
    kind: 'natural',
    why: 'task 8: about five distinctive AI industrial clusters',
  },
  {
    q: 'what is the goal for 2020',
    accept: ['targets'],
    kind: 'natural',
    why: 'targets: by 2020 Shenyang joins the key cities in AI',
  },
  {
    q: 'how does shenyang plan to recruit AI experts',
    accept: ['task-3', 'measure-2'],
    kind: 'natural',
    why: 'task 3 high-end AI talent; measure 2 new policies for attracting high-end talent',
  },
  {
    q: 'will there be AI conferences or exhibitions',
    accept: ['measure-5'],
    kind: 'natural',
    why: 'measure 5: influential AI innovation forums, product exhibitions',
  },
  {
    q: 'does the plan have anything to do with the military',
    accept: ['task-2'],
    kind: 'natural',
    why: 'task 2: military-civil fusion R&D support platform',
  },
  {
    q: 'can university researchers get rewarded for commercializing inventions',
    accept: ['measure-2'],
    kind: 'natural',
    why: 'measure 2: encourage talent at research institutes and universities to commercialize results, reward policies',
  },
  {
    q: 'why should shenyang cooperate with other cities and countries',
    accept: ['principle-3'],
    kind: 'natural',
    why: 'principle 3: openness, coordinate resources at home and abroad',
  },
  {
    q: 'how will big and small firms work together',
    accept: ['principle-2', 'measure-1'],
    kind: 'natural',
    why: 'principle 2: coordination among large, medium-sized and small enterprises; measure 1 SMEs with leading enterprises',
  },
  {
    q: 'where in the city will AI companies be concentrated',
    accept: ['task-12', 'measure-3', 'task-8'],
    kind: 'natural',
    why: 'task 12 plan the location of core industries by area; measure 3 clustered development in AI parks',
  },
  {
    q: 'does the plan focus on a few key areas first',
    accept: ['principle-4'],
    kind: 'natural',
    why: 'principle 4: focus on key directions, progress at key points',
  },
  {
    q: 'venture capital for AI companies',
    accept: ['measure-1'],
    kind: 'synonym',
    why: 'measure 1: market-based AI development funds',
  },
  {
    q: 'receivables financing',
    accept: ['measure-1'],
    kind: 'synonym',
    why: 'measure 1: financing secured by pledges of accounts receivable',
  },
  {
    q: 'R&D vouchers for small firms',
    accept: ['measure-1'],
    kind: 'synonym',
    why: 'measure 1: innovation vouchers for SMEs',
  },
  {
    q: 'trade fairs',
    accept: ['measure-5'],
    kind: 'synonym',
    why: 'measure 5: product exhibitions and major events',
  },
  {
    q: 'press coverage of AI in Shenyang',
    accept: ['implementation-3', 'measure-5'],
    kind: 'synonym',
    why: 'implementation 3: media report on and publicize; measure 5 publicity',
  },
  {
    q: 'smart factories',
    accept: ['task-9', 'task-12', 'task-2'],
    kind: 'synonym',
    why: 'task 9 intelligent workshops; task 12 intelligent manufacturing industry; task 2 intelligent manufacturing cloud platform',
  },
  {
    q: 'startup accelerators',
    accept: ['task-4', 'measure-3'],
    kind: 'synonym',
    why: 'task 4 business incubators and maker spaces; measure 3 maker spaces',
  },
  {
    q: 'headhunting overseas scientists',
    accept: ['measure-2', 'task-3'],
    kind: 'synonym',
    why: 'measure 2 free port for overseas talent; task 3 talent from abroad',
  },
  {
    q: 'tech transfer',
    accept: ['measure-2', 'measure-1', 'principle-3'],
    kind: 'synonym',
    why: 'measure 2 commercialize results; measure 1 transfer and commercialization of AI results; principle 3',
  },
  {
    q: 'safety rules for drones',
    accept: ['measure-4'],
    kind: 'synonym',
    why: 'measure 4: AI industry standards in drones, robots, smart cars',
  },
  {
    q: 'voice recognition and machine translation',
    accept: ['task-5', 'task-6'],
    kind: 'synonym',
    why: 'task 5: intelligent speech and translation',
  },
  {
    q: 'computer vision',
    accept: ['task-5', 'task-6'],
    kind: 'synonym',
    why: 'task 5 / task 6: intelligent imaging',
  },
  {
    q: 'AI semiconductors',
    accept: ['task-5', 'task-6', 'task-12', 'task-1'],
    kind: 'synonym',
    why: 'intelligent chips: task 5, 6 and 12; task 1 intelligent chips and hardware',
  },
  {
    q: 'telehealth',
    accept: ['task-10'],
    kind: 'synonym',
    why: 'task 10: mobile telemedicine in a 5G network environment',
  },
  {
    q: 'sensor networks',
    accept: ['task-10'],
    kind: 'synonym',
    why: 'task 10: intelligent-sensing Internet of Things',
  },
  {
    q: 'GPS positioning network',
    accept: ['task-10'],
    kind: 'synonym',
    why: 'task 10: high-precision navigation and positioning network',
  },
  {
    q: 'CCTV and policing',
    accept: ['task-11'],
    kind: 'synonym',
    why: 'task 11: security and surveillance',
  },
  {
    q: 'open government data',
    accept: ['task-11', 'task-10'],
    kind: 'synonym',
    why: 'task 11 integrate public digital information; task 10 integrate data platforms',
  },
  {
    q: 'steering committee',
    accept: ['implementation-1'],
    kind: 'synonym',
    why: 'implementation 1: the Leading Group',
  },
  { q: 'home automation', accept: ['task-7'], kind: 'synonym', why: 'task 7: smart home' },
  {
    q: 'marketing the city as an AI hub',
    accept: [...MEDIA],
    kind: 'synonym',
    why: 'measure 5 AI city brand; implementation 3 AI city calling card',
  },
  {
    q: 'deadlines and who is accountable',
    accept: ['implementation-2'],
    kind: 'synonym',
    why: 'implementation 2: responsible units and timetables',
  },
  {
    q: 'one policy per enterprise',
    accept: ['measure-1', 'task-6'],
    kind: 'exact',
    why: 'measure 1 and task 6',
  },
  {
    q: 'human-machine hybrid augmented intelligence',
    accept: ['task-1'],
    kind: 'exact',
    why: 'task 1',
  },
  { q: 'New Talent Policy', accept: ['task-3'], kind: 'exact', why: 'task 3' },
  {
    q: 'industrial technology innovation alliance',
    accept: ['task-4'],
    kind: 'exact',
    why: 'task 4',
  },
  {
    q: 'case-by-case deliberation',
    accept: ['implementation-2'],
    kind: 'exact',
    why: 'implementation 2',
  },
  {
    q: 'new-type smart city',
    accept: ['task-11'],
    kind: 'exact',
    why: 'task 11: benchmark new-type smart city',
  },
  {
    q: 'offshore and onshore',
    accept: ['measure-2'],
    kind: 'exact',
    why: 'measure 2: combine offshore and onshore approaches',
  },
  { q: 'business model innovation', accept: ['principle-1'], kind: 'exact', why: 'principle 1' },
  {
    q: 'upstream, midstream and downstream',
    accept: ['principle-2'],
    kind: 'exact',
    why: 'principle 2',
  },
  { q: 'first-mover advantages', accept: ['principle-4'], kind: 'exact', why: 'principle 4' },
  {
    q: 'artifical inteligence fund',
    accept: ['measure-1'],
    kind: 'misspelling',
    why: 'measure 1: special fund for AI development',
  },
  {
    q: 'incubater subsidies',
    accept: ['task-4'],
    kind: 'misspelling',
    why: 'task 4: construction subsidies for incubators',
  },
  {
    q: 'intelectual property',
    accept: ['measure-4'],
    kind: 'misspelling',
    why: 'measure 4: intellectual property protection',
  },
  {
    q: 'smart citty',
    accept: ['task-11'],
    kind: 'misspelling',
    why: 'task 11: new-type smart city',
  },
  {
    q: 'machine lerning',
    accept: ['task-1', 'task-3'],
    kind: 'misspelling',
    why: 'task 1 new-generation machine learning; task 3 talent in machine learning',
  },
  {
    q: 'leading grup office',
    accept: ['implementation-1'],
    kind: 'misspelling',
    why: 'implementation 1: the Leading Group office',
  },
  {
    q: 'autonomus driving',
    accept: ['task-9', 'task-10'],
    kind: 'misspelling',
    why: 'task 9: autonomous driving',
  },
  {
    q: 'telemedecine',
    accept: ['task-10'],
    kind: 'misspelling',
    why: 'task 10: mobile telemedicine',
  },
  { q: 'patnets and trademarks', accept: ['measure-4'], kind: 'misspelling', why: 'measure 4' },
  {
    q: 'skils training',
    accept: ['implementation-4'],
    kind: 'misspelling',
    why: 'implementation 4',
  },
  {
    q: 'commercialisation of research results',
    accept: ['measure-2', 'measure-1', 'principle-3'],
    kind: 'spelling-variant',
    why: 'measure 2 commercialize results; measure 1; principle 3 commercialization',
  },
  {
    q: 'robotics innovation center',
    accept: ['task-2'],
    kind: 'spelling-variant',
    why: 'task 2: national robotics technology innovation centre',
  },
  {
    q: 'prioritise key fields',
    accept: ['principle-4'],
    kind: 'spelling-variant',
    why: 'principle 4: identify key fields',
  },
  {
    q: 'optimise allocation of innovation resources',
    accept: ['principle-2'],
    kind: 'spelling-variant',
    why: 'principle 2: optimize the allocation of AI innovation resources',
  },
  {
    q: 'data center integration',
    accept: ['task-10'],
    kind: 'spelling-variant',
    why: 'task 10: integrate data platforms and data centres',
  },
  {
    q: 'industrialisation projects',
    accept: ['task-7'],
    kind: 'spelling-variant',
    why: 'task 7: industrialization projects',
  },
  {
    q: 'standardisation of AI products',
    accept: ['measure-4'],
    kind: 'spelling-variant',
    why: 'measure 4: AI industry standards',
  },
  {
    q: 'utilisation of big data',
    accept: ['task-11', 'task-10'],
    kind: 'spelling-variant',
    why: 'task 11 development and use of big data; task 10 wide application of big data',
  },
  {
    q: 'science and technology bureau',
    accept: [...SCIENCE_BUREAU],
    kind: 'body',
    why: 'bracket names 市科技局',
  },
  { q: 'big data bureau', accept: [...BIG_DATA], kind: 'body', why: 'bracket names 市大数据局' },
  {
    q: 'financial affairs office',
    accept: ['measure-1'],
    kind: 'body',
    why: 'bracket of measure 1: 市国资委、金融办',
  },
  { q: 'SASAC', accept: ['measure-1'], kind: 'body', why: 'bracket of measure 1: 市国资委' },
  {
    q: 'Shenyang Daily',
    accept: [...MEDIA],
    kind: 'body',
    why: 'bracket: 沈阳广播电视台、沈阳日报社',
  },
  {
    q: 'human resources and social security bureau',
    accept: [...HUMAN_RESOURCES],
    kind: 'body',
    why: 'bracket names 人力资源社会保障局',
  },
  {
    q: 'development and reform commission',
    accept: [...DEVELOPMENT_REFORM],
    kind: 'body',
    why: 'bracket names 发展改革委',
  },
  {
    q: 'foreign trade bureau',
    accept: [...FOREIGN_TRADE],
    kind: 'body',
    why: 'bracket names 外经贸局',
  },
  {
    q: 'talent office',
    accept: ['task-3'],
    kind: 'body',
    why: 'bracket of task 3: 市委组织部(市人才办)',
  },
  {
    q: 'economy and information technology commission',
    accept: [...ECONOMY_IT],
    kind: 'body',
    why: 'bracket names 经济和信息化委',
  },
  {
    q: 'intellectual property office',
    accept: ['measure-4'],
    kind: 'body',
    why: 'bracket of measure 4: 市科技局(市知识产权局)',
  },
  {
    q: 'Sino-German Industrial Park',
    accept: ['measure-2'],
    kind: 'place',
    why: 'measure 2: free port in the Sino-German Industrial Park',
  },
  {
    q: 'Siasun robot park',
    accept: ['measure-2'],
    kind: 'place',
    why: 'measure 2: Siasun Robot Industrial Park',
  },
  {
    q: 'unmanned vehicle testing platform',
    accept: ['task-2'],
    kind: 'place',
    why: 'task 2: testing service platform for unmanned vehicles',
  },
  {
    q: 'military-civil fusion platform',
    accept: ['task-2'],
    kind: 'place',
    why: 'task 2: MCF R&D support platform',
  },
  {
    q: '5G demonstration network',
    accept: ['task-10'],
    kind: 'place',
    why: 'task 10: 5G innovation demonstration network',
  },
  {
    q: 'AI innovation core zone',
    accept: ['task-12'],
    kind: 'place',
    why: 'task 12: distinctive core zones for AI innovation',
  },
  {
    q: 'national AI maker base',
    accept: ['measure-3'],
    kind: 'place',
    why: 'measure 3: national AI maker bases set up in Shenyang',
  },
  {
    q: 'industrial innovation demonstration zones',
    accept: ['task-8'],
    kind: 'place',
    why: 'task 8',
  },
  {
    q: 'intelligent manufacturing cloud platform',
    accept: ['task-2'],
    kind: 'place',
    why: 'task 2',
  },
  { q: 'free port for overseas talent', accept: ['measure-2'], kind: 'place', why: 'measure 2' },
  {
    q: '3 billion yuan',
    accept: ['targets'],
    kind: 'number',
    why: 'targets: core AI industries 3 billion yuan',
  },
  {
    q: '20 billion',
    accept: ['targets'],
    kind: 'number',
    why: 'targets: related industries 20 billion yuan',
  },
  {
    q: '100 projects a year',
    accept: ['task-10'],
    kind: 'number',
    why: 'task 10: no fewer than 100 projects each year in each field',
  },
  {
    q: 'five AI clusters',
    accept: ['task-8'],
    kind: 'number',
    why: 'task 8: about five distinctive clusters',
  },
  { q: 'four core industries', accept: ['task-6'], kind: 'number', why: 'task 6' },
  { q: 'six related industries', accept: ['task-7'], kind: 'number', why: 'task 7' },
  {
    q: 'how big should the core AI industry be',
    accept: ['targets'],
    kind: 'number',
    why: 'targets: core AI industries 3 billion yuan',
  },
];

/** The writer's set, in its two parts. */
export const WRITER_SET: Record<'zh' | 'en', WriterCase[]> = { zh: inParts(ZH), en: inParts(EN) };
