/**
 * Search evaluation set for the Shenyang AI Three-Year Action Plan (2018–2020).
 *
 * How it was written: by reading the plan itself — content/plan/{zh,en}/*.mdx, the responsibility
 * brackets in content/provisions.yaml, and the names in content/glossary.yaml — and nothing else.
 * No search code was read or run and no search results were looked at, so the expected answers
 * say what a careful reader of the plan would accept, not what the search engine happens to return.
 *
 * Only provisions (principle-1..4, task-1..12, measure-1..5, implementation-1..4) are answers,
 * and, for a question about the plan's numeric targets, `targets`: the targets ledger (a direct
 * answer) or the plan's section of targets.
 * Facts that appear only in a section (preamble, guiding ideology, targets, intros, notice) were
 * not used, nor were body, place or topic pages.
 *
 * Fields:
 *   q       what the reader types (in the language of the list it is in)
 *   accept  provision ids a careful reader would accept as the right answer, best first; any of
 *           them counts as a hit. Provisions that only mention the word in passing are left out.
 *   kind    exact (a phrase from the text), natural (a question as people type it), synonym (the
 *           reader’s word instead of the plan’s), misspelling (typos and, in Chinese, pinyin-IME
 *           homophone slips), spelling-variant (British/American spelling against the English
 *           text, which writes -ize/-ization but centre/programme), traditional (Traditional
 *           characters, some with Taiwan/Hong Kong wording), body (a responsible body, short or
 *           full name; answered by the provisions whose responsibility bracket names it), place (a
 *           park, zone, platform or centre named in a provision), number (an amount stated in a
 *           provision).
 *   why     the passage that makes the provisions the answer (quoted or paraphrased).
 */
export interface EvalCase {
  /** what the reader types */
  q: string;
  /** provision ids a careful reader would accept as the right answer (any of them counts); the first is the best */
  accept: string[];
  /** the kind of query */
  kind:
    | 'exact'
    | 'natural'
    | 'synonym'
    | 'misspelling'
    | 'spelling-variant'
    | 'traditional'
    | 'body'
    | 'place'
    | 'number';
  /** why these provisions answer it */
  why: string;
}

export const EVAL_SET: Record<'zh' | 'en', EvalCase[]> = {
  zh: [
    // ── exact: phrases from the Chinese text ─────────────────────────────────────────────
    {
      q: '城市大脑',
      accept: ['task-11'],
      kind: 'exact',
      why: 'task-11 is titled “加快城市大脑建设”: integrate population, transport, education and construction data to make city management smarter.',
    },
    {
      q: '创新券',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: “设立创新券,支持人工智能领域中小企业更好地利用高等院校和科研院所的研发服务”.',
    },
    {
      q: '一企一策',
      accept: ['measure-1', 'task-6'],
      kind: 'exact',
      why: 'measure-1: “针对引进企业,实施‘一企一策’”; task-6: “‘一企一策’引进国内外知名企业”.',
    },
    {
      q: '一事一议',
      accept: ['implementation-2'],
      kind: 'exact',
      why: 'implementation-2: “必要时采取‘一事一议’方式进行评估论证、及时响应”.',
    },
    {
      q: '人才新政',
      accept: ['task-3'],
      kind: 'exact',
      why: 'task-3: “依照我市‘人才新政’相关政策,大力支持人工智能高端人才”.',
    },
    {
      q: '众创空间',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'exact',
      why: 'task-4: “建立人工智能专业化众创空间” and construction subsidies for 孵化器、众创空间; measure-3: “鼓励企业、大学和科研机构发展众创空间”; task-12: “建设……细分领域专业化众创空间”.',
    },
    {
      q: '科技企业孵化器',
      accept: ['task-4'],
      kind: 'exact',
      why: 'task-4: “对产业园区、行业龙头企业、高校科研院所建设的科技企业孵化器、众创空间……择优给予相应建设经费补助”.',
    },
    {
      q: '应收账款为质押的融资服务',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: “提供以应收账款为质押的融资服务,支持人工智能中小企业和初创企业与龙头企业共建创新链和产业链”.',
    },
    {
      q: '新型研发机构',
      accept: ['task-2'],
      kind: 'exact',
      why: 'task-2 is titled “建立一批新型研发机构”.',
    },
    {
      q: '产业技术创新联盟',
      accept: ['task-4'],
      kind: 'exact',
      why: 'task-4: “探索成立我市新一代人工智能产业技术创新联盟,集聚优势资源,推动产业发展”.',
    },
    {
      q: '人机混合增强智能',
      accept: ['task-1'],
      kind: 'exact',
      why: 'task-1 lists “人机混合增强智能” among the frontier directions in which projects are deployed.',
    },
    {
      q: '数控机床',
      accept: ['task-5'],
      kind: 'exact',
      why: 'task-5: “围绕智能芯片、智能语音及翻译、智能图像、智能器件、数控机床等核心产业……部署一批重点研发项目”.',
    },
    {
      q: '标准互认',
      accept: ['measure-4'],
      kind: 'exact',
      why: 'measure-4: “推动与主要国家之间的标准互认”.',
    },
    {
      q: '城市名片',
      accept: ['implementation-3'],
      kind: 'exact',
      why: 'implementation-3: “提升沈阳‘人工智能’城市名片的认知度和认可度”.',
    },
    {
      q: '技能培训',
      accept: ['implementation-4'],
      kind: 'exact',
      why: 'implementation-4: “支持驻沈高等院校、职业学校和社会化培训机构等单位开展人工智能技能培训”.',
    },
    {
      q: '联合实验室',
      accept: ['task-2'],
      kind: 'exact',
      why: 'task-2: “推进与驻沈高校、科研院所的技术合作,成立联合实验室”.',
    },
    {
      q: '机器人',
      accept: ['task-7', 'task-2', 'task-12', 'task-9', 'task-8'],
      kind: 'exact',
      why: 'Robotics provisions: task-7 supports industrialization projects in 智能机器人 (first of the six related industries); task-2 builds the 国家机器人技术创新中心; task-12 “做大做强智能机器人、智能医疗等相关优势产业”; task-9 application demonstrations in 智能机器人; task-8 extends the 智能机器人 industrial chain. (Passing mentions in task-3, measure-2, measure-4 are not answers.)',
    },
    {
      q: '开放合作',
      accept: ['principle-3'],
      kind: 'exact',
      why: 'principle-3 is titled “开放合作”: “以开放为路径,打破地域和思维边界”.',
    },

    // ── natural: questions as people type them ──────────────────────────────────────────
    {
      q: '谁负责城市大脑',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11 (加快城市大脑建设) has one responsible body, 市大数据局 (provisions.yaml).',
    },
    {
      q: '人工智能人才有什么政策',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “依照我市‘人才新政’相关政策,大力支持人工智能高端人才”; measure-2 (建设人工智能人才聚集新高地): talent attraction policies, the offshore “自由港” and reward policies.',
    },
    {
      q: '中小企业有什么扶持政策',
      accept: ['measure-1', 'implementation-4'],
      kind: 'natural',
      why: 'measure-1: financing secured by receivables “支持人工智能中小企业和初创企业”, and 创新券 for 中小企业; implementation-4: “建立人工智能中小企业服务机制”.',
    },
    {
      q: '建孵化器有没有补助',
      accept: ['task-4'],
      kind: 'natural',
      why: 'task-4: for 科技企业孵化器、众创空间 “择优给予相应建设经费补助”.',
    },
    {
      q: '5G有哪些应用',
      accept: ['task-10'],
      kind: 'natural',
      why: 'task-10: “推动基于5G的无人驾驶示范、5G网络环境下的移动远程医疗、5G支撑的城市级别物联网等前沿应用”.',
    },
    {
      q: '谁统筹协调全市人工智能发展',
      accept: ['implementation-1'],
      kind: 'natural',
      why: 'implementation-1: “领导小组办公室负责统筹协调全市人工智能发展工作”.',
    },
    {
      q: '人工智能技能培训由谁开展',
      accept: ['implementation-4'],
      kind: 'natural',
      why: 'implementation-4: 驻沈高等院校、职业学校和社会化培训机构等单位开展人工智能技能培训.',
    },
    {
      q: '怎么打造沈阳人工智能城市品牌',
      accept: ['measure-5', 'implementation-3'],
      kind: 'natural',
      why: 'measure-5 (打造人工智能城市特色新品牌): publicity, forums, exhibitions, alliances, “打造我市‘人工智能’的城市品牌”; implementation-3: media publicity to raise the “城市名片”.',
    },
    {
      q: '引进的企业有什么优惠政策',
      accept: ['measure-1', 'task-6'],
      kind: 'natural',
      why: 'measure-1: “针对引进企业,实施‘一企一策’”; task-6: “‘一企一策’引进国内外知名企业”.',
    },
    {
      q: '高校科研人员转化成果有奖励吗',
      accept: ['measure-2', 'measure-1'],
      kind: 'natural',
      why: 'measure-2: “鼓励有能力的科研院所和高校人才转化人工智能技术成果,落实相应的奖励政策”; measure-1: the AI funds support “人工智能成果转移转化”.',
    },
    {
      q: '规划指标可以调整吗',
      accept: ['implementation-2'],
      kind: 'natural',
      why: 'implementation-2: “对规划指标和任务部署进行及时、动态调整”.',
    },
    {
      q: '智慧城市重点聚焦哪些领域',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11: build a 新型智慧城市标杆, “重点聚焦交通、卫生、安防等领域的智能化水平”.',
    },
    {
      q: '谁来制定人工智能行业标准',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: 龙头骨干企业、科研机构 “牵头组织或积极参与人工智能行业标准的研究制定”.',
    },
    {
      q: '如何引进海外高层次人才',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “采取多种方式引进……国内外高层次人才及创新团队”; measure-2: “海外人才离岸创新创业‘自由港’”.',
    },
    {
      q: '人工智能前沿研究方向有哪些',
      accept: ['task-1'],
      kind: 'natural',
      why: 'task-1: projects in “新一代人工智能重点前沿方向” — 大数据+知识驱动认知技术、新一代机器学习、推理与决策、人机混合增强智能、自主智能、人工智能安全保障理论.',
    },
    {
      q: '人工智能产业园区如何布局',
      accept: ['task-12', 'task-8', 'measure-3'],
      kind: 'natural',
      why: 'task-12 (特色产业园区建设): “布局人工智能核心产业和相关优势产业,打造产业集群”; task-8: clusters built “依托我市现有产业园区”; measure-3: “建设人工智能特色园区和创新社区”.',
    },
    {
      q: '人工智能专利怎么保护',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4 (构建知识产权创造保护新体系): apply for and register patents and trademarks, “注重……知识产权保护”.',
    },

    // ── synonym: the reader’s word, not the plan’s ──────────────────────────────────────
    {
      q: '补贴',
      accept: ['task-4', 'measure-1'],
      kind: 'synonym',
      why: 'The plan says 补助/支持, not 补贴: task-4 “择优给予相应建设经费补助”; measure-1 sets up a 专项基金 “用以支持本地企业或研究机构”.',
    },
    {
      q: '扶持资金',
      accept: ['measure-1', 'task-4'],
      kind: 'synonym',
      why: 'measure-1: “政府财政资金出资设立人工智能发展专项基金……用以支持本地企业或研究机构”; task-4: 建设经费补助 for incubators and maker spaces.',
    },
    {
      q: '无人车',
      accept: ['task-9', 'task-10', 'task-12', 'task-2'],
      kind: 'synonym',
      why: 'The plan says 自动驾驶/无人驾驶/无人运载工具: task-9 自动驾驶 application demonstrations; task-10 “基于5G的无人驾驶示范”; task-12 “打造无人运载工具产业”; task-2 无人运载工具试验服务平台.',
    },
    {
      q: '无人飞行器',
      accept: ['measure-4'],
      kind: 'synonym',
      why: 'measure-4 (the plan says 无人机): industry standards “在无人机、智能机器人、智能汽车等热点领域”.',
    },
    {
      q: 'AI芯片',
      accept: ['task-6', 'task-5', 'task-12', 'task-1'],
      kind: 'synonym',
      why: 'The plan says 智能芯片: task-6 makes it one of the 四大核心产业; task-5 key R&D projects on 智能芯片; task-12 “培育智能芯片等核心产业”; task-1 projects on “智能芯片与智能硬件”.',
    },
    {
      q: '创客空间',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'synonym',
      why: 'The plan says 众创空间: task-4 专业化众创空间 and construction subsidies; measure-3 “发展众创空间”; task-12 细分领域专业化众创空间.',
    },
    {
      q: '小微企业',
      accept: ['measure-1', 'implementation-4'],
      kind: 'synonym',
      why: 'The plan says 中小企业/初创企业: measure-1 financing and 创新券 for 中小企业; implementation-4 “建立人工智能中小企业服务机制”.',
    },
    {
      q: '贷款',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'The plan says 融资服务: measure-1 “提供以应收账款为质押的融资服务”.',
    },
    {
      q: '招商引资',
      accept: ['task-6', 'measure-1', 'task-8'],
      kind: 'synonym',
      why: 'task-6 (引进重点企业及重大项目): “‘一企一策’引进国内外知名企业”; measure-1 “针对引进企业,实施‘一企一策’”; task-8 “引进一批国内外人工智能知名企业和科研机构”.',
    },
    {
      q: '职业培训',
      accept: ['implementation-4'],
      kind: 'synonym',
      why: 'The plan says 技能培训: implementation-4 “职业学校和社会化培训机构等单位开展人工智能技能培训”.',
    },
    {
      q: '智慧交通',
      accept: ['task-11'],
      kind: 'synonym',
      why: 'task-11 integrates 交通 data and “重点聚焦交通、卫生、安防等领域的智能化水平”.',
    },
    {
      q: '语音识别',
      accept: ['task-5', 'task-6'],
      kind: 'synonym',
      why: 'The plan says 智能语音: task-5 “智能语音及翻译” R&D projects; task-6 智能语音 as one of the four core industries.',
    },
    {
      q: '图像识别',
      accept: ['task-5', 'task-6'],
      kind: 'synonym',
      why: 'The plan says 智能图像: task-5 R&D projects on 智能图像; task-6 智能图像 as one of the four core industries.',
    },
    {
      q: '智慧医疗',
      accept: ['task-2', 'task-9', 'task-12', 'task-7'],
      kind: 'synonym',
      why: 'The plan says 智能医疗: task-2 智能医疗开放协同创新平台; task-9 智能医疗 application demonstrations; task-12 “做大做强智能机器人、智能医疗等相关优势产业”; task-7 智能医疗与健康服务 industrialization projects.',
    },

    // ── misspelling: typos and pinyin-IME homophones ────────────────────────────────────
    {
      q: '创新卷',
      accept: ['measure-1'],
      kind: 'misspelling',
      why: 'Typo (卷 for 券) of 创新券: measure-1 “设立创新券”.',
    },
    {
      q: '只能机器人',
      accept: ['task-7', 'task-2', 'task-12', 'task-9', 'task-8'],
      kind: 'misspelling',
      why: 'IME slip (只能 for 智能) of 智能机器人 — the robotics provisions: task-7, task-2 (国家机器人技术创新中心), task-12, task-9, task-8.',
    },
    {
      q: '只能制造',
      accept: ['task-12', 'task-2'],
      kind: 'misspelling',
      why: 'IME slip of 智能制造: task-12 “依托装备制造优势,做大做强智能制造产业”; task-2 智能制造云平台.',
    },
    {
      q: '重创空间',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'misspelling',
      why: 'IME slip (重 for 众) of 众创空间: task-4, measure-3, task-12.',
    },
    {
      q: '数控机窗',
      accept: ['task-5'],
      kind: 'misspelling',
      why: 'IME slip (窗 for 床) of 数控机床: task-5 lists 数控机床 among the core industries for key R&D projects.',
    },
    {
      q: '知识产全',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: 'IME slip (全 for 权) of 知识产权: measure-4 “构建知识产权创造保护新体系”.',
    },
    {
      q: '一企一册',
      accept: ['measure-1', 'task-6'],
      kind: 'misspelling',
      why: 'IME slip (册 for 策) of 一企一策: measure-1 and task-6.',
    },
    {
      q: '城市大恼',
      accept: ['task-11'],
      kind: 'misspelling',
      why: 'IME slip (恼 for 脑) of 城市大脑: task-11 “加快城市大脑建设”.',
    },

    // ── traditional: Traditional characters, some Taiwan/Hong Kong wording ───────────────
    {
      q: '人才補貼',
      accept: ['task-3', 'measure-2'],
      kind: 'traditional',
      why: 'Traditional for 人才补贴; the plan’s talent provisions: task-3 “大力支持人工智能高端人才”; measure-2 “落实相应的奖励政策” for talent.',
    },
    {
      q: '晶片',
      accept: ['task-6', 'task-5', 'task-12', 'task-1'],
      kind: 'traditional',
      why: 'Taiwan/Hong Kong word for 芯片; the plan’s 智能芯片: task-6 (four core industries), task-5 (key R&D projects), task-12 (培育智能芯片等核心产业), task-1 (智能芯片与智能硬件).',
    },
    {
      q: '機器人',
      accept: ['task-7', 'task-2', 'task-12', 'task-9', 'task-8'],
      kind: 'traditional',
      why: 'Traditional for 机器人 — the robotics provisions: task-7, task-2 (国家机器人技术创新中心), task-12, task-9, task-8.',
    },
    {
      q: '城市大腦',
      accept: ['task-11'],
      kind: 'traditional',
      why: 'Traditional for 城市大脑: task-11 “加快城市大脑建设”.',
    },
    {
      q: '智慧醫療',
      accept: ['task-2', 'task-9', 'task-12', 'task-7'],
      kind: 'traditional',
      why: 'Traditional/Taiwan wording for 智能医疗: task-2 智能医疗开放协同创新平台; task-9; task-12; task-7 智能医疗与健康服务.',
    },
    {
      q: '電子資訊製造業',
      accept: ['task-12'],
      kind: 'traditional',
      why: 'Traditional/Taiwan wording for 电子信息制造业: task-12 “依托电子信息制造业基础,打造无人运载工具产业”.',
    },
    {
      q: '自駕車',
      accept: ['task-9', 'task-10', 'task-12', 'task-2'],
      kind: 'traditional',
      why: 'Taiwan word for self-driving cars; the plan’s 自动驾驶 (task-9), 无人驾驶示范 (task-10), 无人运载工具产业 (task-12), 无人运载工具试验服务平台 (task-2).',
    },
    {
      q: '無人機',
      accept: ['measure-4'],
      kind: 'traditional',
      why: 'Traditional for 无人机: measure-4 standards “在无人机、智能机器人、智能汽车等热点领域”.',
    },
    {
      q: '智慧財產權',
      accept: ['measure-4'],
      kind: 'traditional',
      why: 'Taiwan word for 知识产权: measure-4 “构建知识产权创造保护新体系”.',
    },
    {
      q: '育成中心',
      accept: ['task-4'],
      kind: 'traditional',
      why: 'Taiwan word for an incubator (孵化器): task-4 construction subsidies for 科技企业孵化器、众创空间.',
    },
    {
      q: '創新券',
      accept: ['measure-1'],
      kind: 'traditional',
      why: 'Traditional for 创新券: measure-1.',
    },
    {
      q: '物聯網',
      accept: ['task-10'],
      kind: 'traditional',
      why: 'Traditional for 物联网: task-10 “建设智能感知物联网” and “5G支撑的城市级别物联网”.',
    },

    // ── body: responsible bodies, short and full names ───────────────────────────────────
    {
      q: '市大数据局',
      accept: ['task-11', 'task-10', 'task-2'],
      kind: 'body',
      why: 'provisions.yaml: 市大数据局 is the sole body of task-11, the first of task-10, and one of the bodies of task-2.',
    },
    {
      q: '沈阳市大数据管理局',
      accept: ['task-11', 'task-10', 'task-2'],
      kind: 'body',
      why: 'Full name of 市大数据局 (glossary fullName): responsible for task-11 (sole), task-10 (lead), task-2.',
    },
    {
      q: '市金融办',
      accept: ['measure-1'],
      kind: 'body',
      why: 'provisions.yaml: 市金融办 is responsible (with 市国资委) only for measure-1, the fiscal, tax and financial measure.',
    },
    {
      q: '市人才办',
      accept: ['task-3'],
      kind: 'body',
      why: 'Office housed in 市委组织部 (written 市委组织部(市人才办)); responsible for task-3 积极引进人工智能高端人才.',
    },
    {
      q: '沈阳日报社',
      accept: ['measure-5', 'implementation-3'],
      kind: 'body',
      why: 'provisions.yaml: 沈阳日报社 (with 沈阳广播电视台) is responsible for measure-5 (city brand) and implementation-3 (public opinion).',
    },
    {
      q: '沈阳市对外贸易经济合作局',
      accept: ['task-6', 'measure-2'],
      kind: 'body',
      why: 'Full name of 市外经贸局 (glossary fullName), which is responsible for task-6 and measure-2.',
    },
    {
      q: '市知识产权局',
      accept: ['measure-4'],
      kind: 'body',
      why: 'Second title of 市科技局 (市科技局(市知识产权局)); the intellectual-property provision measure-4 has 市科技局 as its sole body.',
    },
    {
      q: '市信息中心',
      accept: ['task-10'],
      kind: 'body',
      why: 'provisions.yaml: 市信息中心 is responsible only for task-10 (智能化基础设施建设).',
    },

    // ── place: parks, zones, platforms, centres ──────────────────────────────────────────
    {
      q: '中德产业园',
      accept: ['measure-2'],
      kind: 'place',
      why: 'measure-2: “在中德产业园、新松机器人产业园等园区建设海外人才离岸创新创业‘自由港’”.',
    },
    {
      q: '新松机器人产业园',
      accept: ['measure-2'],
      kind: 'place',
      why: 'measure-2 names 新松机器人产业园 as a site of the overseas-talent “自由港”.',
    },
    {
      q: '国家机器人技术创新中心',
      accept: ['task-2'],
      kind: 'place',
      why: 'task-2: “重点发展国家机器人技术创新中心、智能制造云平台……”.',
    },
    {
      q: '国家人工智能众创基地',
      accept: ['measure-3'],
      kind: 'place',
      why: 'measure-3: “积极争取国家人工智能众创基地和人工智能技术创新基地落地沈阳”.',
    },
    {
      q: '5G创新示范网',
      accept: ['task-10'],
      kind: 'place',
      why: 'task-10: “加快建设5G创新示范网”.',
    },
    {
      q: '人工智能特色创新核心区',
      accept: ['task-12'],
      kind: 'place',
      why: 'task-12: “强化产学研合作,打造人工智能特色创新核心区”.',
    },

    // ── number: amounts stated in a provision ────────────────────────────────────────────
    {
      q: '每年不少于100个项目',
      accept: ['task-10'],
      kind: 'number',
      why: 'task-10: “每年分别在大数据生产流通流域、创新应用领域、终端产品制造领域布局项目不少于100个”.',
    },
    {
      q: '5个产业集群',
      accept: ['task-8'],
      kind: 'number',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区”.',
    },
    {
      q: '四大核心产业',
      accept: ['task-6'],
      kind: 'number',
      why: 'task-6: “围绕智能芯片、智能语音、智能图像、智能器件等四大核心产业”.',
    },
    {
      q: '六大相关产业',
      accept: ['task-7'],
      kind: 'number',
      why: 'task-7: “智能机器人、智能装备、智能运载工具、智能医疗与健康服务、智能物流、智能家居等六大相关产业”.',
    },
    // ── grown 2026-12-05 (tuning part): readers' questions and words, written from the plan's text ──
    {
      q: '2020年产业规模多大',
      accept: ['targets'],
      kind: 'number',
      why: 'targets: “人工智能核心产业产值达到30亿元,相关产业产值达到200亿元” by 2020: the targets ledger answers it.',
    },
    {
      q: '人工智能产业产值目标是多少',
      accept: ['targets'],
      kind: 'number',
      why: 'targets: core output 30亿元, related 200亿元.',
    },
    {
      q: '到2020年核心产业能达到多少亿',
      accept: ['targets'],
      kind: 'number',
      why: 'targets: “人工智能核心产业产值达到30亿元”.',
    },
    {
      q: '每年布局多少个大数据项目',
      accept: ['task-10', 'targets'],
      kind: 'number',
      why: 'task-10: “每年分别在大数据生产流通流域、创新应用领域、终端产品制造领域布局项目不少于100个”.',
    },
    {
      q: '要打造几个产业集群',
      accept: ['task-8', 'targets'],
      kind: 'number',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区”.',
    },
    {
      q: '企业有什么支持政策',
      accept: ['measure-1', 'implementation-4', 'task-4'],
      kind: 'natural',
      why: 'measure-1: 财税金融新政策 (专项基金, 一企一策, 融资服务, 创新券); implementation-4: 中小企业服务机制; task-4: 建设经费补助.',
    },
    {
      q: '孵化器有哪些补贴',
      accept: ['task-4'],
      kind: 'natural',
      why: 'task-4: “对……科技企业孵化器、众创空间……择优给予相应建设经费补助”.',
    },
    {
      q: '怎么申请专利奖励',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: “激励骨干企业和研究机构申请、注册人工智能技术、应用领域专利及商标”.',
    },
    {
      q: '海外人才怎么引进',
      accept: ['measure-2', 'task-3'],
      kind: 'natural',
      why: 'measure-2: “建设海外人才离岸创新创业‘自由港’”; task-3: “引进……国内外高层次人才及创新团队”.',
    },
    {
      q: '自由港建在哪里',
      accept: ['measure-2'],
      kind: 'natural',
      why: 'measure-2: “在中德产业园、新松机器人产业园等园区建设海外人才离岸创新创业‘自由港’”.',
    },
    {
      q: '5G有什么应用',
      accept: ['task-10'],
      kind: 'natural',
      why: 'task-10: “推动基于5G的无人驾驶示范、5G网络环境下的移动远程医疗、5G支撑的城市级别物联网等前沿应用”.',
    },
    {
      q: '行业标准由谁来制定',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: “鼓励龙头骨干企业、科研机构等单位……牵头组织或积极参与人工智能行业标准的研究制定”.',
    },
    {
      q: '领导小组办公室负责什么',
      accept: ['implementation-1'],
      kind: 'natural',
      why: 'implementation-1: “领导小组办公室负责统筹协调全市人工智能发展工作”.',
    },
    {
      q: '无人驾驶汽车测试',
      accept: ['task-2', 'task-10', 'task-12', 'task-9'],
      kind: 'synonym',
      why: 'task-2: 无人运载工具试验服务平台; task-12: “发展无人运载工具产业”; task-10: 无人驾驶示范; task-9: 自动驾驶.',
    },
    {
      q: '智能工厂',
      accept: ['task-9', 'task-12', 'task-2', 'task-3'],
      kind: 'synonym',
      why: 'task-9: 智能车间 among the demonstration projects; task-12: “做大做强智能制造产业”; task-2: 智能制造云平台.',
    },
    {
      q: '媒体报道',
      accept: ['implementation-3'],
      kind: 'synonym',
      why: 'implementation-3: “发挥我市及国内传统媒体和互联网新兴媒体作用,及时准确通报、宣传”.',
    },
    {
      q: '博览会',
      accept: ['measure-5'],
      kind: 'synonym',
      why: 'measure-5: “推动或组织召开具有影响力的人工智能创新论坛、产品展览和其他重大活动”.',
    },
    {
      q: '远程看病',
      accept: ['task-10'],
      kind: 'synonym',
      why: 'task-10: “5G网络环境下的移动远程医疗”.',
    },
    {
      q: '工人培训',
      accept: ['implementation-4'],
      kind: 'synonym',
      why: 'implementation-4: “支持驻沈高等院校、职业学校和社会化培训机构等单位开展人工智能技能培训”.',
    },
    {
      q: '智能家电',
      accept: ['task-7'],
      kind: 'synonym',
      why: 'task-7: 智能家居 among the six related industries.',
    },
    {
      q: '机器翻译',
      accept: ['task-5'],
      kind: 'synonym',
      why: 'task-5: “围绕智能芯片、智能语音及翻译……等核心产业”.',
    },
    {
      q: '跟高校合作',
      accept: ['task-2', 'task-12', 'measure-3'],
      kind: 'synonym',
      why: 'task-2: “推进与驻沈高校、科研院所的技术合作,成立联合实验室”; task-12: 强化产学研合作.',
    },
    {
      q: '众创空问',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'misspelling',
      why: 'a slip (问 for 间) for 众创空间: task-4, measure-3, task-12.',
    },
    {
      q: '孵化期',
      accept: ['task-4'],
      kind: 'misspelling',
      why: 'pinyin slip for 孵化器 (fūhuàqì): task-4.',
    },
    {
      q: '知识产全保护',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: 'pinyin slip for 知识产权保护: measure-4.',
    },
    {
      q: '人工智慧晶片',
      accept: ['task-5', 'task-6', 'task-1', 'task-3'],
      kind: 'traditional',
      why: 'Taiwan wording for 人工智能芯片: task-5 and task-6 (智能芯片 core industry), task-1 (智能芯片与智能硬件).',
    },
    {
      q: '智慧軟硬體',
      accept: ['task-3', 'task-1'],
      kind: 'traditional',
      why: 'Taiwan wording for 智能软硬件: task-3 “智能软硬件等领域……高层次人才”; task-1 “智能芯片与智能硬件”.',
    },
    {
      q: '電子資訊製造',
      accept: ['task-12'],
      kind: 'traditional',
      why: 'Taiwan wording for 电子信息制造: task-12 “依托电子信息制造产业基础,发展无人运载工具产业”.',
    },
    {
      q: '網際網路媒體',
      accept: ['implementation-3'],
      kind: 'traditional',
      why: 'Taiwan wording for 互联网媒体: implementation-3 “互联网新兴媒体”.',
    },
    {
      q: '資料中心',
      accept: ['task-10'],
      kind: 'traditional',
      why: 'Taiwan wording for 数据中心: task-10 “整合全市数据平台和数据中心资源”.',
    },
    {
      q: '專利和商標',
      accept: ['measure-4'],
      kind: 'traditional',
      why: 'measure-4: “申请、注册人工智能技术、应用领域专利及商标”.',
    },
    {
      q: '雲端平台',
      accept: ['task-2'],
      kind: 'traditional',
      why: 'Taiwan wording for 云平台: task-2 “智能制造云平台”.',
    },
    {
      q: '有甚麼融資服務',
      accept: ['measure-1'],
      kind: 'traditional',
      why: 'measure-1: “提供以应收账款为质押的融资服务”; 甚麼 is how Taiwan and Hong Kong write 什么.',
    },
    {
      q: '導航定位網路',
      accept: ['task-10'],
      kind: 'traditional',
      why: 'Taiwan wording for 导航定位网络: task-10 “高精度导航定位网络”.',
    },
    {
      q: '語音辨識',
      accept: ['task-5', 'task-6'],
      kind: 'traditional',
      why: 'Taiwan wording for 语音识别: 智能语音 is a core industry of task-5 and task-6.',
    },
    // ── grown 2026-12-05 by helper chinese (tuning part): colloquial questions, readers' words, Taiwan/HK wording, 2-character queries ──
    {
      q: '我想开AI公司有补贴吗',
      accept: ['measure-1', 'task-4', 'measure-3'],
      kind: 'natural',
      why: 'measure-1: 专项基金 and 创新券 for AI SMEs and start-ups; task-4: 建设经费补助 for incubators.',
    },
    {
      q: '沈阳哪里有机器人产业园',
      accept: ['measure-2', 'task-8', 'task-12'],
      kind: 'natural',
      why: 'measure-2: “中德产业园、新松机器人产业园等园区”; task-8 robot clusters in existing parks.',
    },
    {
      q: '到2020年要培养多少人才',
      accept: ['targets', 'task-3'],
      kind: 'number',
      why: 'The plan states no talent figure; targets: “培养和发展一批人工智能龙头骨干企业和研究机构”; task-3 is the talent task.',
    },
    {
      q: '创业公司怎么融资',
      accept: ['measure-1'],
      kind: 'natural',
      why: 'measure-1: “提供以应收账款为质押的融资服务,支持人工智能中小企业和初创企业”.',
    },
    {
      q: '外国专家来沈阳有什么政策',
      accept: ['measure-2', 'task-3'],
      kind: 'natural',
      why: 'measure-2: 海外人才离岸创新创业“自由港”; task-3: 引进国内外高层次人才.',
    },
    {
      q: '普通人怎么参加人工智能培训',
      accept: ['implementation-4'],
      kind: 'natural',
      why: 'implementation-4: 社会化培训机构等单位开展人工智能技能培训.',
    },
    {
      q: '医院用人工智能吗',
      accept: ['task-9', 'task-2', 'task-7', 'task-11', 'task-10'],
      kind: 'natural',
      why: 'task-9 智能医疗 demonstrations; task-2 智能医疗开放协同创新平台; task-11 卫生.',
    },
    {
      q: '哪个部门管人工智能',
      accept: ['implementation-1'],
      kind: 'natural',
      why: 'implementation-1: 领导小组办公室负责统筹协调全市人工智能发展工作.',
    },
    {
      q: '有没有人工智能产业联盟',
      accept: ['task-4', 'measure-5', 'measure-1'],
      kind: 'natural',
      why: 'task-4: 产业技术创新联盟; measure-5: 细分领域产业联盟或协会.',
    },
    {
      q: '核心产业是哪几个',
      accept: ['task-6', 'task-5'],
      kind: 'natural',
      why: 'task-6: 智能芯片、智能语音、智能图像、智能器件等四大核心产业.',
    },
    {
      q: '芯片产业怎么发展',
      accept: ['task-5', 'task-6', 'task-12'],
      kind: 'natural',
      why: 'task-5/task-6: 智能芯片 is a core industry.',
    },
    {
      q: '人工智能芯片',
      accept: ['task-5', 'task-6', 'task-12'],
      kind: 'synonym',
      why: 'task-5/task-6: 智能芯片 as a core industry (task-1 and task-3 only list it).',
    },
    {
      q: '沈阳要建几个创新平台',
      accept: ['task-2'],
      kind: 'number',
      why: 'task-2: five platforms (国家机器人技术创新中心、智能制造云平台 …).',
    },
    {
      q: '自动驾驶汽车',
      accept: ['task-9', 'task-10', 'measure-4'],
      kind: 'synonym',
      why: 'task-9 自动驾驶; task-10 无人驾驶示范; measure-4 智能汽车.',
    },
    {
      q: '刷脸',
      accept: ['task-5', 'task-6'],
      kind: 'synonym',
      why: 'face recognition is 智能图像, a core industry of task-5/task-6.',
    },
    {
      q: '人脸识别',
      accept: ['task-5', 'task-6'],
      kind: 'synonym',
      why: '智能图像: task-5/task-6.',
    },
    {
      q: '看病',
      accept: ['task-10', 'task-2', 'task-11', 'task-9', 'task-7'],
      kind: 'synonym',
      why: 'task-10 远程医疗; task-2 智能医疗平台; task-11 卫生.',
    },
    {
      q: '大数据中心',
      accept: ['task-10'],
      kind: 'synonym',
      why: 'task-10: “整合全市数据平台和数据中心资源”.',
    },
    {
      q: '孵化器',
      accept: ['task-4'],
      kind: 'synonym',
      why: 'task-4: 科技企业孵化器 get 建设经费补助.',
    },
    {
      q: '创业',
      accept: ['measure-2', 'task-4', 'measure-3', 'measure-5'],
      kind: 'synonym',
      why: 'measure-2: 离岸创新创业; task-4 众创空间; measure-5 创新创业.',
    },
    {
      q: '产业基金',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'measure-1: 人工智能发展专项基金, 市场化的人工智能发展基金.',
    },
    {
      q: '语音助手',
      accept: ['task-5', 'task-6'],
      kind: 'synonym',
      why: '智能语音: task-5/task-6.',
    },
    {
      q: '翻译软件',
      accept: ['task-5'],
      kind: 'synonym',
      why: 'task-5: 智能语音及翻译.',
    },
    {
      q: '工业机器人',
      accept: ['task-7', 'task-9', 'task-8', 'task-12'],
      kind: 'synonym',
      why: '智能机器人 in task-7/8/9/12.',
    },
    {
      q: '商标注册',
      accept: ['measure-4'],
      kind: 'synonym',
      why: 'measure-4: 申请、注册人工智能技术、应用领域专利及商标.',
    },
    {
      q: '人工智能安全',
      accept: ['task-1'],
      kind: 'exact',
      why: 'task-1: 人工智能安全保障理论.',
    },
    {
      q: '海归创业',
      accept: ['measure-2'],
      kind: 'synonym',
      why: 'measure-2: 海外人才离岸创新创业“自由港”.',
    },
    {
      q: '产学研',
      accept: ['task-12', 'task-2'],
      kind: 'exact',
      why: 'task-12: 强化产学研合作; task-2: 与驻沈高校、科研院所的技术合作.',
    },
    {
      q: '人工智慧人才',
      accept: ['task-3', 'measure-2'],
      kind: 'traditional',
      why: 'Taiwan wording: task-3 人工智能高端人才.',
    },
    {
      q: '機器人產業',
      accept: ['task-7', 'task-8', 'task-12', 'task-9'],
      kind: 'traditional',
      why: '智能机器人 industry: task-7/8/12.',
    },
    {
      q: '雲端',
      accept: ['task-2'],
      kind: 'traditional',
      why: 'Taiwan 云端: task-2 智能制造云平台.',
    },
    {
      q: '資料平台',
      accept: ['task-10'],
      kind: 'traditional',
      why: 'Taiwan 资料 = 数据: task-10 整合全市数据平台.',
    },
    {
      q: '自動駕駛',
      accept: ['task-9', 'task-10'],
      kind: 'traditional',
      why: 'task-9 自动驾驶; task-10 无人驾驶示范.',
    },
    {
      q: '新創公司',
      accept: ['measure-1', 'task-4'],
      kind: 'traditional',
      why: 'Taiwan 新创 = 初创: measure-1 初创企业.',
    },
    {
      q: '補助',
      accept: ['task-4', 'measure-1'],
      kind: 'traditional',
      why: 'task-4: 择优给予相应建设经费补助.',
    },
    {
      q: '產學合作',
      accept: ['task-12', 'task-2'],
      kind: 'traditional',
      why: 'task-12: 强化产学研合作.',
    },
    {
      q: '創投基金',
      accept: ['measure-1'],
      kind: 'traditional',
      why: 'Taiwan 创投 = venture capital: measure-1 发展基金.',
    },
    {
      q: '智慧製造',
      accept: ['task-12', 'task-2', 'task-3'],
      kind: 'traditional',
      why: 'Taiwan 智慧 = 智能: 智能制造 in task-12/2/3.',
    },
    {
      q: '影像辨識技術',
      accept: ['task-5', 'task-6'],
      kind: 'traditional',
      why: '智能图像: task-5/task-6.',
    },
    {
      q: '遠距醫療服務',
      accept: ['task-10'],
      kind: 'traditional',
      why: 'task-10: 5G网络环境下的移动远程医疗.',
    },
    {
      q: '芯片',
      accept: ['task-5', 'task-6', 'task-12'],
      kind: 'exact',
      why: '智能芯片: core industry in task-5/6/12.',
    },
    {
      q: '基金',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: 人工智能发展专项基金.',
    },
    {
      q: '专利',
      accept: ['measure-4'],
      kind: 'exact',
      why: 'measure-4: 专利及商标.',
    },
    {
      q: '人才',
      accept: ['task-3', 'measure-2'],
      kind: 'exact',
      why: 'task-3 talent; measure-2 高端人才引进.',
    },
    {
      q: '园区',
      accept: ['measure-3', 'task-8', 'measure-2'],
      kind: 'exact',
      why: 'measure-3: 人工智能特色园区; task-8 现有产业园区.',
    },
    {
      q: '标准',
      accept: ['measure-4'],
      kind: 'exact',
      why: 'measure-4: 人工智能行业标准, 标准互认.',
    },
    {
      q: '物流',
      accept: ['task-7', 'task-8', 'task-9'],
      kind: 'exact',
      why: '智能物流 in task-7/8/9.',
    },
    {
      q: '融资',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: 融资服务.',
    },
    {
      q: '论坛',
      accept: ['measure-5'],
      kind: 'exact',
      why: 'measure-5: 人工智能创新论坛.',
    },
    {
      q: '安防',
      accept: ['task-11'],
      kind: 'exact',
      why: 'task-11: 交通、卫生、安防.',
    },
    {
      q: '家居',
      accept: ['task-7'],
      kind: 'exact',
      why: 'task-7: 智能家居.',
    },
    {
      q: '翻译',
      accept: ['task-5'],
      kind: 'exact',
      why: 'task-5: 智能语音及翻译.',
    },
    {
      q: '資安',
      accept: ['task-1', 'task-11'],
      kind: 'traditional',
      why: 'Taiwan 资安 = information security: task-1 人工智能安全保障理论; task-11 安防.',
    },
    {
      q: '產官學',
      accept: ['task-12', 'task-2'],
      kind: 'traditional',
      why: 'Taiwan 产官学: task-12 强化产学研合作.',
    },
    {
      q: '智能网联',
      accept: ['measure-4', 'task-9', 'task-10'],
      kind: 'synonym',
      why: 'intelligent connected vehicles: measure-4 智能汽车; task-9 自动驾驶; task-10 无人驾驶示范.',
    },
    {
      q: '三年后规模多大',
      accept: ['targets'],
      kind: 'number',
      why: 'the end of the three-year plan is 2020: targets, 核心产业产值30亿元, 相关产业200亿元.',
    },
    {
      q: '遠距看診',
      accept: ['task-10'],
      kind: 'traditional',
      why: 'Taiwan 远距看诊: task-10 5G网络环境下的移动远程医疗.',
    },
    {
      q: '智慧型手機',
      accept: ['task-12'],
      kind: 'traditional',
      why: 'Taiwan 智慧型手机: task-12 智能终端 (细分领域专业化众创空间).',
    },
    {
      q: '產業聚落',
      accept: ['task-12', 'task-7', 'task-8'],
      kind: 'traditional',
      why: 'Taiwan 产业聚落 = industrial cluster: 产业集群 in task-7/8/12.',
    },
    {
      q: '職訓',
      accept: ['implementation-4'],
      kind: 'traditional',
      why: 'Taiwan 职训 = vocational training: implementation-4 职业学校, 技能培训.',
    },
  ],

  en: [
    // ── exact: phrases from the English text ─────────────────────────────────────────────
    {
      q: 'City Brain',
      accept: ['task-11'],
      kind: 'exact',
      why: 'task-11 is titled “Accelerate the building of the city brain”.',
    },
    {
      q: 'innovation vouchers',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: “Introduce innovation vouchers to help SMEs in the AI field make better use of the R&D services of higher education institutions and research institutes.”',
    },
    {
      q: 'one policy per enterprise',
      accept: ['measure-1', 'task-6'],
      kind: 'exact',
      why: 'measure-1: “For incoming enterprises, apply a ‘one policy per enterprise’ approach”; task-6 attracts enterprises “on a ‘one policy per enterprise’ basis”.',
    },
    {
      q: 'case-by-case deliberation',
      accept: ['implementation-2'],
      kind: 'exact',
      why: 'implementation-2: “respond promptly through ‘case-by-case deliberation’”.',
    },
    {
      q: 'New Talent Policy',
      accept: ['task-3'],
      kind: 'exact',
      why: 'task-3: “in accordance with the relevant policies under the city’s ‘New Talent Policy’, give vigorous support to high-end AI talent”.',
    },
    {
      q: 'maker spaces',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'exact',
      why: 'task-4: specialized AI maker spaces and construction subsidies for them; measure-3: “encourage enterprises, universities and research institutions to develop maker spaces”; task-12: specialized maker spaces in sub-fields.',
    },
    {
      q: 'technology business incubators',
      accept: ['task-4'],
      kind: 'exact',
      why: 'task-4: “For technology business incubators and maker spaces … grant corresponding construction subsidies on a merit basis”.',
    },
    {
      q: 'accounts receivable',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: “Provide financing services secured by pledges of accounts receivable”.',
    },
    {
      q: 'new-type R&D institutions',
      accept: ['task-2'],
      kind: 'exact',
      why: 'task-2 is titled “Establish a number of new-type R&D institutions”.',
    },
    {
      q: 'joint laboratories',
      accept: ['task-2'],
      kind: 'exact',
      why: 'task-2: “Promote technological cooperation with universities and research institutes in Shenyang, establish joint laboratories”.',
    },
    {
      q: 'industrial technology innovation alliance',
      accept: ['task-4'],
      kind: 'exact',
      why: 'task-4: “explore the establishment of a new-generation artificial intelligence industrial technology innovation alliance for Shenyang”.',
    },
    {
      q: 'natural language understanding',
      accept: ['task-1'],
      kind: 'exact',
      why: 'task-1 deploys projects on key generic technologies such as “natural language understanding”.',
    },
    {
      q: 'CNC machine tools',
      accept: ['task-5'],
      kind: 'exact',
      why: 'task-5: key R&D projects in core industries including “CNC machine tools”.',
    },
    {
      q: 'mutual recognition of standards',
      accept: ['measure-4'],
      kind: 'exact',
      why: 'measure-4: “promote the mutual recognition of standards with major countries”.',
    },
    {
      q: 'city calling card',
      accept: ['implementation-3'],
      kind: 'exact',
      why: 'implementation-3: “raise public awareness and recognition of Shenyang’s ‘AI’ city calling card”.',
    },
    {
      q: 'skills training',
      accept: ['implementation-4'],
      kind: 'exact',
      why: 'implementation-4: support universities, vocational schools and training institutions “in carrying out AI skills training”.',
    },
    {
      q: 'mobile telemedicine',
      accept: ['task-10'],
      kind: 'exact',
      why: 'task-10: “mobile telemedicine in a 5G network environment”.',
    },
    {
      q: 'robot',
      accept: ['task-7', 'task-2', 'task-12', 'task-9', 'task-8'],
      kind: 'exact',
      why: 'Robotics provisions: task-7 industrialization projects in intelligent robots (first of the six related industries); task-2 a national robotics technology innovation centre; task-12 “grow and strengthen competitive related industries such as intelligent robots”; task-9 application demonstrations in intelligent robots; task-8 extends the intelligent-robot industrial chain. (Passing mentions in task-3, measure-2, measure-4 are not answers.)',
    },
    {
      q: 'Leading Group',
      accept: ['implementation-1'],
      kind: 'exact',
      why: 'implementation-1: “Further refine the working mechanism of the Shenyang New Generation Artificial Intelligence Leading Group.”',
    },
    {
      q: 'openness and cooperation',
      accept: ['principle-3'],
      kind: 'exact',
      why: 'principle-3 is titled “Openness and cooperation”.',
    },

    // ── natural: questions in the reader’s own words ────────────────────────────────────
    {
      q: 'who is responsible for the city brain',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11 (the city brain) has one responsible body, the Municipal Big Data Bureau (provisions.yaml).',
    },
    {
      q: 'what support is there for AI talent',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “give vigorous support to high-end AI talent” under the New Talent Policy; measure-2 (Build a new highland for gathering AI talent): talent policies, the offshore “free port”, reward policies.',
    },
    {
      q: 'how does the city help small AI companies',
      accept: ['measure-1', 'implementation-4'],
      kind: 'natural',
      why: 'measure-1: financing and innovation vouchers for “small and medium-sized AI enterprises (SMEs) and start-ups”; implementation-4: “Establish a service mechanism for small and medium-sized AI enterprises (SMEs)”.',
    },
    {
      q: 'is there funding for AI startups',
      accept: ['measure-1', 'task-4'],
      kind: 'natural',
      why: 'measure-1: a special fund for AI development and support for “SMEs and start-ups”; task-4: construction subsidies for incubators and maker spaces.',
    },
    {
      q: 'which are the core AI industries',
      accept: ['task-6', 'task-5'],
      kind: 'natural',
      why: 'task-6: “the four core industries of intelligent chips, intelligent speech, intelligent imaging and intelligent components”; task-5: core industries for key R&D projects.',
    },
    {
      q: 'who coordinates AI development in Shenyang',
      accept: ['implementation-1'],
      kind: 'natural',
      why: 'implementation-1: the Leading Group office “shall be responsible for the overall coordination of AI development work across the city”.',
    },
    {
      q: 'what will 5G be used for',
      accept: ['task-10'],
      kind: 'natural',
      why: 'task-10: “5G-based driverless vehicle demonstrations, mobile telemedicine in a 5G network environment, and a city-level Internet of Things supported by 5G”.',
    },
    {
      q: 'how are AI patents protected',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: register patents and trademarks and “emphasize intellectual property protection”.',
    },
    {
      q: 'who sets AI industry standards',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: leading enterprises and research institutions “take the lead in organizing, or … participate actively in, the research and formulation of AI industry standards”.',
    },
    {
      q: 'how will Shenyang promote itself as an AI city',
      accept: ['measure-5', 'implementation-3'],
      kind: 'natural',
      why: 'measure-5: publicity, forums and exhibitions to “build an ‘AI’ city brand for Shenyang”; implementation-3: media publicity for the “AI” city calling card.',
    },
    {
      q: 'AI training for workers',
      accept: ['implementation-4'],
      kind: 'natural',
      why: 'implementation-4: AI skills training “to substantially upgrade the professional skills of the workforce”.',
    },
    {
      q: 'rewards for researchers who commercialize AI results',
      accept: ['measure-2', 'measure-1'],
      kind: 'natural',
      why: 'measure-2: “Encourage capable talent at research institutes and universities to commercialize AI technological results, and implement the corresponding reward policies”; measure-1: funds support “the transfer and commercialization of AI results”.',
    },
    {
      q: 'which AI research areas will get projects',
      accept: ['task-1', 'task-5'],
      kind: 'natural',
      why: 'task-1: projects in frontier directions (machine learning, reasoning and decision-making, autonomous intelligence …) and key generic technologies; task-5: key R&D projects in the core industries.',
    },
    {
      q: 'what does the smart city plan focus on',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11: a benchmark new-type smart city, “Focus in particular on raising the level of intelligence in fields such as transport, health, and security and surveillance.”',
    },
    {
      q: 'can the plan targets be changed',
      accept: ['implementation-2'],
      kind: 'natural',
      why: 'implementation-2: “make timely and dynamic adjustments to the plan’s targets and task arrangements”.',
    },
    {
      q: 'where will AI companies be clustered',
      accept: ['task-8', 'task-12', 'measure-3'],
      kind: 'natural',
      why: 'task-8: “Relying on Shenyang’s existing industrial parks … build about five distinctive AI industrial clusters”; task-12: build industrial clusters and distinctive core zones for AI innovation; measure-3: “Guide AI enterprises towards clustered development … build distinctive AI parks”.',
    },
    {
      q: 'how to bring overseas AI experts to Shenyang',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: attract “high-level talent and innovation teams from China and abroad”; measure-2: an offshore innovation and entrepreneurship “free port” for overseas talent.',
    },

    // ── synonym: the reader’s word, not the translation’s ──────────────────────────────
    {
      q: 'talent subsidies',
      accept: ['task-3', 'measure-2'],
      kind: 'synonym',
      why: 'The text says support and rewards: task-3 “give vigorous support to high-end AI talent”; measure-2 “implement the corresponding reward policies”.',
    },
    {
      q: 'grants for AI companies',
      accept: ['measure-1', 'task-4'],
      kind: 'synonym',
      why: 'The text says funds/support: measure-1 “a special fund for AI development … to support local enterprises or research institutions”; task-4 construction subsidies for incubators and maker spaces.',
    },
    {
      q: 'self-driving cars',
      accept: ['task-9', 'task-10', 'task-12', 'task-2'],
      kind: 'synonym',
      why: 'The text says autonomous driving / driverless / unmanned vehicles: task-9 “autonomous driving” demonstrations; task-10 “5G-based driverless vehicle demonstrations”; task-12 “develop an unmanned vehicle industry”; task-2 a testing service platform for unmanned vehicles.',
    },
    {
      q: 'unmanned aerial vehicles',
      accept: ['measure-4'],
      kind: 'synonym',
      why: 'The text says drones: measure-4 AI industry standards “in high-profile fields such as drones, intelligent robots and smart cars”.',
    },
    {
      q: 'small businesses',
      accept: ['measure-1', 'implementation-4'],
      kind: 'synonym',
      why: 'The text says small and medium-sized enterprises (SMEs): measure-1 financing and innovation vouchers; implementation-4 an SME service mechanism.',
    },
    {
      q: 'semiconductors',
      accept: ['task-6', 'task-5', 'task-12', 'task-1'],
      kind: 'synonym',
      why: 'The text says intelligent chips: task-6 (one of the four core industries), task-5 (key R&D projects), task-12 (“cultivate core industries such as intelligent chips”), task-1 (“intelligent chips and intelligent hardware”).',
    },
    {
      q: 'coworking spaces',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'synonym',
      why: 'The text says maker spaces: task-4, measure-3, task-12.',
    },
    {
      q: 'venture capital fund',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'measure-1: “encourage leading and backbone enterprises and industrial innovation alliances to take the lead in setting up market-based AI development funds”.',
    },
    {
      q: 'bank loans',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'The text says financing services: measure-1 “Provide financing services secured by pledges of accounts receivable”.',
    },
    {
      q: 'speech recognition',
      accept: ['task-5', 'task-6'],
      kind: 'synonym',
      why: 'The text says intelligent speech: task-5 “intelligent speech and translation”; task-6 intelligent speech as a core industry.',
    },
    {
      q: 'computer vision',
      accept: ['task-5', 'task-6'],
      kind: 'synonym',
      why: 'The text says intelligent imaging: task-5 key R&D projects; task-6 intelligent imaging as a core industry.',
    },
    {
      q: 'tax incentives',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'measure-1 is the provision titled “Formulate new fiscal, tax and financial policies for AI”.',
    },
    {
      q: 'job training',
      accept: ['implementation-4'],
      kind: 'synonym',
      why: 'The text says skills training: implementation-4 “carrying out AI skills training … meet the need for the high-skill, high-quality jobs”.',
    },
    {
      q: 'smart healthcare',
      accept: ['task-2', 'task-9', 'task-12', 'task-7'],
      kind: 'synonym',
      why: 'The text says intelligent healthcare / intelligent medical care: task-2 an open collaborative innovation platform for intelligent healthcare; task-9 intelligent healthcare demonstrations; task-12 “intelligent medical care and health”; task-7 intelligent medical and health services.',
    },
    {
      q: 'smart traffic',
      accept: ['task-11'],
      kind: 'synonym',
      why: 'The text says transport: task-11 integrates transport data and focuses on “the level of intelligence in fields such as transport, health, and security and surveillance”.',
    },
    {
      q: 'tech transfer',
      accept: ['measure-1', 'measure-2'],
      kind: 'synonym',
      why: 'measure-1: funds support “the transfer and commercialization of AI results”; measure-2: talent at universities encouraged to commercialize AI results, with rewards.',
    },

    // ── misspelling ────────────────────────────────────────────────────────────────────
    {
      q: 'robtics',
      accept: ['task-7', 'task-2', 'task-12', 'task-9', 'task-8'],
      kind: 'misspelling',
      why: 'Typo of robotics — the robotics provisions: task-7, task-2 (a national robotics technology innovation centre), task-12, task-9, task-8.',
    },
    {
      q: 'inteligent manufacturing',
      accept: ['task-12', 'task-2'],
      kind: 'misspelling',
      why: 'Typo of intelligent manufacturing: task-12 “grow and strengthen the intelligent manufacturing industry”; task-2 an intelligent manufacturing cloud platform.',
    },
    {
      q: 'innovaton vouchers',
      accept: ['measure-1'],
      kind: 'misspelling',
      why: 'Typo of innovation vouchers: measure-1.',
    },
    {
      q: 'city brian',
      accept: ['task-11'],
      kind: 'misspelling',
      why: 'Typo of city brain: task-11.',
    },
    {
      q: 'intellectual propery',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: 'Typo of intellectual property: measure-4 “Build a new system for the creation and protection of intellectual property”.',
    },
    {
      q: 'telemedecine',
      accept: ['task-10'],
      kind: 'misspelling',
      why: 'Typo of telemedicine: task-10 “mobile telemedicine in a 5G network environment”.',
    },
    {
      q: 'incubaters',
      accept: ['task-4'],
      kind: 'misspelling',
      why: 'Typo of incubators: task-4 construction subsidies for technology business incubators.',
    },
    {
      q: 'entreprenuership',
      accept: ['measure-3', 'task-4'],
      kind: 'misspelling',
      why: 'Typo of entrepreneurship: measure-3 “Foster a new ecosystem for AI innovation and entrepreneurship”; task-4 “Energize innovation and entrepreneurship in new-generation AI”.',
    },

    // ── spelling-variant: British/American against the text (-ize, centre, programme) ──
    {
      q: 'organisation and leadership',
      accept: ['implementation-1'],
      kind: 'spelling-variant',
      why: 'British -isation; implementation-1 is titled “Refine the working mechanism for organization and leadership”.',
    },
    {
      q: 'industrialisation projects',
      accept: ['task-7'],
      kind: 'spelling-variant',
      why: 'British -isation; task-7 is titled “Implement a number of industrialization projects”.',
    },
    {
      q: 'commercialisation of AI results',
      accept: ['measure-1', 'measure-2'],
      kind: 'spelling-variant',
      why: 'British -isation; measure-1 “the transfer and commercialization of AI results”; measure-2 “commercialize AI technological results”.',
    },
    {
      q: 'National Robotics Technology Innovation Center',
      accept: ['task-2'],
      kind: 'spelling-variant',
      why: 'American center; task-2 names “a national robotics technology innovation centre”.',
    },
    {
      q: 'data centers',
      accept: ['task-10'],
      kind: 'spelling-variant',
      why: 'American center; task-10 “Integrate the resources of the city’s data platforms and data centres”.',
    },
    {
      q: 'intelligent infrastructure program',
      accept: ['task-10'],
      kind: 'spelling-variant',
      why: 'American program; task-10 is titled “Implement a major programme for building intelligent infrastructure”.',
    },
    {
      q: 'AI industrial cluster program',
      accept: ['task-8'],
      kind: 'spelling-variant',
      why: 'American program; task-8 is titled “Implement a programme to cultivate AI industrial clusters”.',
    },
    {
      q: 'specialised maker spaces',
      accept: ['task-4', 'task-12'],
      kind: 'spelling-variant',
      why: 'British -ised; task-4 “establish specialized AI maker spaces”; task-12 “build specialized maker spaces in sub-fields”.',
    },
    {
      q: 'people-centered smart city',
      accept: ['task-11'],
      kind: 'spelling-variant',
      why: 'American -er; task-11 “a benchmark new-type smart city that is people-centred, data-driven”.',
    },

    // ── body: responsible bodies, short and full names ───────────────────────────────────
    {
      q: 'Big Data Bureau',
      accept: ['task-11', 'task-10', 'task-2'],
      kind: 'body',
      why: 'provisions.yaml: the Municipal Big Data Bureau is the sole body of task-11, the first of task-10, and one of the bodies of task-2.',
    },
    {
      q: 'Shenyang Municipal Big Data Management Bureau',
      accept: ['task-11', 'task-10', 'task-2'],
      kind: 'body',
      why: 'Full name of the Big Data Bureau (glossary fullName): task-11 (sole), task-10 (lead), task-2.',
    },
    {
      q: 'Financial Affairs Office',
      accept: ['measure-1'],
      kind: 'body',
      why: 'provisions.yaml: the Municipal Financial Affairs Office is responsible (with the State-owned Assets commission) only for measure-1.',
    },
    {
      q: 'State-owned Assets Supervision and Administration Commission',
      accept: ['measure-1'],
      kind: 'body',
      why: 'Full name of 市国资委, listed first for measure-1 (fiscal, tax and financial policies).',
    },
    {
      q: 'Municipal Talent Office',
      accept: ['task-3'],
      kind: 'body',
      why: 'Office housed in the Organization Department of the Municipal Party Committee, responsible for task-3 (attract high-end AI talent).',
    },
    {
      q: 'Shenyang Daily',
      accept: ['measure-5', 'implementation-3'],
      kind: 'body',
      why: 'provisions.yaml: Shenyang Daily (with Shenyang Radio and Television) is responsible for measure-5 (city brand) and implementation-3 (public opinion).',
    },
    {
      q: 'Shenyang Radio and Television Station',
      accept: ['measure-5', 'implementation-3'],
      kind: 'body',
      why: 'Full name of Shenyang Radio and Television, listed first for measure-5 and implementation-3.',
    },
    {
      q: 'Foreign Trade and Economic Cooperation Bureau',
      accept: ['task-6', 'measure-2'],
      kind: 'body',
      why: 'provisions.yaml: the Municipal Foreign Trade and Economic Cooperation Bureau is responsible for task-6 (attract key enterprises) and measure-2 (talent highland).',
    },
    {
      q: 'Intellectual Property Office',
      accept: ['measure-4'],
      kind: 'body',
      why: 'Second title of the Municipal Science and Technology Bureau, the sole body of measure-4 (intellectual property).',
    },

    // ── place: parks, zones, platforms, centres ──────────────────────────────────────────
    {
      q: 'Sino-German Industrial Park',
      accept: ['measure-2'],
      kind: 'place',
      why: 'measure-2: a “free port” for overseas talent “in parks such as the Sino-German Industrial Park and the Siasun Robot Industrial Park”.',
    },
    {
      q: 'Siasun Robot Industrial Park',
      accept: ['measure-2'],
      kind: 'place',
      why: 'measure-2 names the Siasun Robot Industrial Park as a site of the overseas-talent “free port”.',
    },
    {
      q: '5G innovation demonstration network',
      accept: ['task-10'],
      kind: 'place',
      why: 'task-10: “accelerate the construction of a 5G innovation demonstration network”.',
    },
    {
      q: 'national AI maker bases',
      accept: ['measure-3'],
      kind: 'place',
      why: 'measure-3: “actively seek to have national AI maker bases and AI technology innovation bases set up in Shenyang”.',
    },
    {
      q: 'core zones for AI innovation',
      accept: ['task-12'],
      kind: 'place',
      why: 'task-12: “strengthen industry–university–research cooperation, build distinctive core zones for AI innovation”.',
    },
    {
      q: 'testing service platform for unmanned vehicles',
      accept: ['task-2'],
      kind: 'place',
      why: 'task-2 lists a testing service platform for unmanned vehicles among the platforms to develop.',
    },

    {
      q: 'MCF',
      accept: ['task-2'],
      kind: 'synonym',
      why: 'task-2 develops a military-civil fusion (MCF) R&D support platform (军民融合研发支撑平台); MCF is the abbreviation investors screen for.',
    },
    {
      q: 'civil-military fusion',
      accept: ['task-2'],
      kind: 'synonym',
      why: 'task-2: 军民融合, rendered military-civil fusion; “civil-military fusion” is the same strategy with the words swapped.',
    },
    {
      q: 'military-civilian integration',
      accept: ['task-2'],
      kind: 'synonym',
      why: 'task-2: 军民融合, glossed “military-civilian integration” in older translations.',
    },

    // ── number: amounts stated in a provision ────────────────────────────────────────────
    {
      q: '100 projects a year',
      accept: ['task-10'],
      kind: 'number',
      why: 'task-10: “each year deploy no fewer than 100 projects in each of the fields of big data production and circulation, innovative applications, and terminal product manufacturing”.',
    },
    {
      q: 'five AI industrial clusters',
      accept: ['task-8'],
      kind: 'number',
      why: 'task-8: “build about five distinctive AI industrial clusters and industrial innovation demonstration zones”.',
    },
    {
      q: 'four core industries',
      accept: ['task-6'],
      kind: 'number',
      why: 'task-6: “the four core industries of intelligent chips, intelligent speech, intelligent imaging and intelligent components”.',
    },
    {
      q: 'six related industries',
      accept: ['task-7'],
      kind: 'number',
      why: 'task-7: “the six related industries of intelligent robots, intelligent equipment, intelligent vehicles, intelligent medical and health services, intelligent logistics and smart home”.',
    },
    // ── grown 2026-12-05 (tuning part): readers' questions and words, written from the plan's text ──
    {
      q: 'how big will the AI industry be by 2020',
      accept: ['targets'],
      kind: 'number',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan and that of related industries reaching 20 billion yuan”.',
    },
    {
      q: 'how much revenue should AI bring in',
      accept: ['targets'],
      kind: 'number',
      why: 'targets: output value 3 billion yuan (core) and 20 billion yuan (related).',
    },
    {
      q: 'what is the output target for core AI industries',
      accept: ['targets'],
      kind: 'number',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan”.',
    },
    {
      q: 'how many big data projects each year',
      accept: ['task-10', 'targets'],
      kind: 'number',
      why: 'task-10: “each year deploy no fewer than 100 projects in each of the fields of big data production and circulation …”.',
    },
    {
      q: 'how many AI clusters will be built',
      accept: ['task-8', 'targets'],
      kind: 'number',
      why: 'task-8: “build about five distinctive AI industrial clusters and industrial innovation demonstration zones”.',
    },
    {
      q: 'smart factories',
      accept: ['task-9', 'task-12', 'task-2', 'task-3'],
      kind: 'synonym',
      why: 'task-9: “intelligent workshops”; task-12: “grow and strengthen the intelligent manufacturing industry”; task-2: intelligent manufacturing cloud platform.',
    },
    {
      q: 'trade fairs',
      accept: ['measure-5'],
      kind: 'synonym',
      why: 'measure-5: “Promote or organize influential AI innovation forums, product exhibitions and other major events”.',
    },
    {
      q: 'press coverage',
      accept: ['implementation-3'],
      kind: 'synonym',
      why: 'implementation-3: “traditional media and emerging internet media … report on and publicize”.',
    },
    {
      q: 'tax breaks for AI startups',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'measure-1 is titled “Formulate new fiscal, tax and financial policies for AI” and supports start-ups.',
    },
    {
      q: 'tax break',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'measure-1: fiscal, tax and financial policies.',
    },
    {
      q: 'tax relief for companies',
      accept: ['measure-1'],
      kind: 'synonym',
      why: 'measure-1: fiscal, tax and financial policies.',
    },
    {
      q: 'grants for incubators',
      accept: ['task-4'],
      kind: 'synonym',
      why: 'task-4: “For technology business incubators and maker spaces … grant corresponding construction subsidies”.',
    },
    {
      q: 'retraining workers for AI jobs',
      accept: ['implementation-4'],
      kind: 'synonym',
      why: 'implementation-4: “carrying out AI skills training … the high-skill, high-quality jobs brought about by AI development”.',
    },
    {
      q: 'vocational courses',
      accept: ['implementation-4'],
      kind: 'synonym',
      why: 'implementation-4: “vocational schools, non-governmental training institutions … AI skills training”.',
    },
    {
      q: 'telemedicine',
      accept: ['task-10'],
      kind: 'synonym',
      why: 'task-10: “mobile telemedicine in a 5G network environment”.',
    },
    {
      q: 'remote doctor visits over 5G',
      accept: ['task-10'],
      kind: 'synonym',
      why: 'task-10: “mobile telemedicine in a 5G network environment”.',
    },
    {
      q: 'machine translation',
      accept: ['task-5'],
      kind: 'synonym',
      why: 'task-5: “core industries such as intelligent chips, intelligent speech and translation”.',
    },
    {
      q: 'home automation',
      accept: ['task-7'],
      kind: 'synonym',
      why: 'task-7: “smart home” among the six related industries.',
    },
    {
      q: 'warehouse automation',
      accept: ['task-7', 'task-8', 'task-9'],
      kind: 'synonym',
      why: 'intelligent logistics: task-7, task-8, task-9.',
    },
    {
      q: 'deep learning research',
      accept: ['task-1', 'task-3'],
      kind: 'synonym',
      why: 'task-1: “new-generation machine learning”; task-3: talent in machine learning.',
    },
    {
      q: 'gps network',
      accept: ['task-10'],
      kind: 'synonym',
      why: 'task-10: “a high-precision navigation and positioning network”.',
    },
    {
      q: 'luring foreign firms',
      accept: ['task-6', 'task-8', 'measure-1'],
      kind: 'synonym',
      why: 'task-6: “attract well-known enterprises from China and abroad”; task-8 the same; measure-1: incoming enterprises.',
    },
    {
      q: 'bringing in overseas experts',
      accept: ['task-3', 'measure-2'],
      kind: 'synonym',
      why: 'task-3: attracting “high-level talent and innovation teams from China and abroad”; measure-2: “overseas talent”.',
    },
    {
      q: 'money for young companies',
      accept: ['measure-1', 'task-4'],
      kind: 'synonym',
      why: 'measure-1: funds and financing for SMEs and start-ups; task-4: subsidies for incubators.',
    },
    {
      q: 'cameras and policing',
      accept: ['task-11'],
      kind: 'synonym',
      why: 'task-11: “raising the level of intelligence in fields such as transport, health, and security and surveillance”.',
    },
    {
      q: 'building a name for Shenyang',
      accept: ['measure-5', 'implementation-3'],
      kind: 'synonym',
      why: 'measure-5: “build an ‘AI’ city brand for Shenyang”; implementation-3: the city calling card.',
    },
    {
      q: 'who coordinates AI work across the city',
      accept: ['implementation-1'],
      kind: 'natural',
      why: 'implementation-1: “responsible for the overall coordination of AI development work across the city”.',
    },
    {
      q: 'is there an annual implementation plan',
      accept: ['implementation-2'],
      kind: 'natural',
      why: 'implementation-2: “formulate annual and phase-specific implementation plans”.',
    },
    {
      q: 'who sets the standards for drones',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: “AI industry standards in high-profile fields such as drones”.',
    },
    {
      q: 'what help is there for small businesses',
      accept: ['implementation-4', 'measure-1'],
      kind: 'natural',
      why: 'implementation-4: “a service mechanism for small and medium-sized AI enterprises (SMEs)”; measure-1: financing and vouchers for SMEs.',
    },
    {
      q: 'incubatr subsidies',
      accept: ['task-4'],
      kind: 'misspelling',
      why: 'typo for incubator: task-4.',
    },
    {
      q: 'inteligent workshops',
      accept: ['task-9'],
      kind: 'misspelling',
      why: 'typo for intelligent workshops: task-9.',
    },
    {
      q: 'offshor talent',
      accept: ['measure-2'],
      kind: 'misspelling',
      why: 'typo for offshore: measure-2.',
    },
    {
      q: 'labour skills training',
      accept: ['implementation-4'],
      kind: 'spelling-variant',
      why: 'implementation-4: “AI skills training … the workforce”.',
    },
    {
      q: 'commercialisation of research results',
      accept: ['measure-2', 'measure-1', 'principle-3'],
      kind: 'spelling-variant',
      why: 'measure-2: “commercialize AI technological results”; measure-1: “transfer and commercialization of AI results”.',
    },
    {
      q: 'optimising how resources are allocated',
      accept: ['principle-2'],
      kind: 'spelling-variant',
      why: 'principle-2: “further optimize the allocation of AI innovation resources” (British -ise against the text’s -ize).',
    },
  ],
};
