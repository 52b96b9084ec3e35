/**
 * Fresh held-out search evaluation set.
 *
 * Who: written by an outside tester (a helper session working in the `heldout` worktree) who has
 * not read the search engine, its configuration, its other evaluation sets or its results.
 * From what: only the plan itself — `seeds/` (the source text), `content/plan/{zh,en}/*.mdx`,
 * `content/provisions.yaml` (responsibility brackets), `content/glossary.yaml`,
 * `content/targets.yaml`, `content/structure.yaml` and `../shared/SPEC.md`.
 * How: each query was written as a resident, investor or journalist would type it, and each
 * `accept` list says which provisions or sections a careful reader of the plan accepts as the
 * answer, judged from the text alone (the `why` quotes the passage). No query was run against
 * the search, and nothing here reflects what the engine returns. Everyday words were checked
 * against the Chinese text (not used there for that concept); English paraphrases were written
 * to share as few words as possible with the English translation of the accepted provisions.
 * Traditional-vocabulary queries use Taiwan/Hong Kong words, not the OpenCC character
 * conversion of the Simplified text.
 * When: 2026-12-05.
 *
 * HELD OUT: this set is never used to tune the search. Do not add its queries to the tuning
 * set, and do not change the engine to make a case here pass; report the score instead.
 */

export interface FreshCase {
  /** what the reader types */
  q: string;
  /** ids a careful reader accepts as the right answer, best first; any counts as a hit */
  accept: string[];
  kind:
    | 'natural'
    | 'target-question'
    | 'everyday'
    | 'paraphrase'
    | 'traditional-vocabulary'
    | 'misspelling'
    | 'by-number'
    | 'body'
    | 'place'
    | 'exact';
  /** the passage that makes these the answer (quote or paraphrase, with the provision id) */
  why: string;
}

export const FRESH_SET: { zh: FreshCase[]; 'zh-hant': FreshCase[]; en: FreshCase[] } = {
  zh: [
    // natural
    {
      q: '沈阳对人工智能企业有什么资金支持',
      accept: ['measure-1', 'task-4'],
      kind: 'natural',
      why: 'measure-1: “政府财政资金出资设立人工智能发展专项基金……用以支持本地企业或研究机构开展人工智能成果转移转化……”; task-4: 对孵化器、众创空间“择优给予相应建设经费补助”.',
    },
    {
      q: '人工智能高端人才引进有哪些政策',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “依照我市‘人才新政’相关政策，大力支持人工智能高端人才”; measure-2: “创新高端人才引进政策与方式”.',
    },
    {
      q: '城市大脑由哪个部门负责',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11 “加快城市大脑建设” has the bracket [责任部门:市大数据局].',
    },
    {
      q: '规划的指标能不能调整',
      accept: ['implementation-2'],
      kind: 'natural',
      why: 'implementation-2: “对规划指标和任务部署进行及时、动态调整”.',
    },
    {
      q: '高校老师转化科研成果有没有奖励',
      accept: ['measure-2'],
      kind: 'natural',
      why: 'measure-2: “鼓励有能力的科研院所和高校人才转化人工智能技术成果，落实相应的奖励政策”.',
    },
    {
      q: '这个行动计划是依据哪个文件制定的',
      accept: ['preamble'],
      kind: 'natural',
      why: 'preamble: “根据《沈阳市人民政府关于印发沈阳市新一代人工智能发展规划(2018-2030年)的通知》(沈政发〔2018〕19号)精神，结合我市实际，制定本计划”.',
    },
    {
      q: '这份文件是什么时候印发的',
      accept: ['notice'],
      kind: 'natural',
      why: 'notice: 印发通知 signed “沈阳市人民政府办公厅 2018年12月6日”.',
    },
    // target-question
    {
      q: '到2020年人工智能核心产业规模能做到多大',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元”.',
    },
    {
      q: 'AI关联产业到2020年能做到多少亿',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “相关产业产值达到200亿元”.',
    },
    {
      q: '一年搞多少个大数据项目',
      accept: ['task-10'],
      kind: 'target-question',
      why: 'task-10: “每年分别在大数据生产流通流域、创新应用领域、终端产品制造领域布局项目不少于100个”.',
    },
    {
      q: '沈阳要建几个人工智能产业聚集区',
      accept: ['task-8'],
      kind: 'target-question',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区” (the only count of clusters in the plan).',
    },
    {
      q: '沈阳AI产业总产值目标是多少',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元，相关产业产值达到200亿元”.',
    },
    {
      q: '这些目标要在哪年前实现',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets (行动目标) opens “到2020年，新一代人工智能发展水平跻身国内重点城市行列”.',
    },
    // everyday (the key word is not used by the plan for this concept)
    {
      q: '创业孵化补贴',
      accept: ['task-4'],
      kind: 'everyday',
      why: 'task-4 (the plan says 补助, not 补贴): 对科技企业孵化器、众创空间“根据孵化设施、孵化能力及孵化成效等情况，择优给予相应建设经费补助”.',
    },
    {
      q: '人工智能招商引资',
      accept: ['task-6', 'task-8', 'measure-1'],
      kind: 'everyday',
      why: 'The plan never says 招商; it says 引进企业. task-6: “‘一企一策’引进国内外知名企业”; task-8: “引进一批国内外人工智能知名企业和科研机构”; measure-1: “针对引进企业，实施‘一企一策’”.',
    },
    {
      q: '无人车测试',
      accept: ['task-2', 'task-10', 'task-9', 'task-12'],
      kind: 'everyday',
      why: 'The plan says 无人运载工具/无人驾驶/自动驾驶, never 无人车. task-2: “无人运载工具试验服务平台”; task-10: “基于5G的无人驾驶示范”; task-9: 自动驾驶 应用示范; task-12: “打造无人运载工具产业”.',
    },
    {
      q: '海归人才创业',
      accept: ['measure-2', 'task-3'],
      kind: 'everyday',
      why: 'measure-2: “建设海外人才离岸创新创业‘自由港’”; task-3: 引进“国内外高层次人才及创新团队”. 海归 is not a word of the plan.',
    },
    {
      q: '人脸识别',
      accept: ['task-6', 'task-5', 'task-11'],
      kind: 'everyday',
      why: 'The plan speaks of 智能图像 (image recognition) as a core industry: task-5 and task-6 (“智能芯片、智能语音、智能图像、智能器件等四大核心产业”); task-11 raises the intelligence of 安防 (security).',
    },
    {
      q: '人工智能博览会',
      accept: ['measure-5'],
      kind: 'everyday',
      why: 'measure-5: “推动或组织召开具有影响力的人工智能创新论坛、产品展览和其他重大活动” (the plan says 展览, not 博览会).',
    },
    {
      q: '沈阳人工智能新闻报道',
      accept: ['implementation-3', 'measure-5'],
      kind: 'everyday',
      why: 'implementation-3: “积极发挥我市及国内传统媒体和互联网新兴媒体作用，及时准确通报、宣传我市人工智能发展新政策、新进展、新成效”; measure-5: “加大对龙头企业……的宣传力度”.',
    },
    {
      q: '小微企业贷款',
      accept: ['measure-1', 'implementation-4'],
      kind: 'everyday',
      why: 'measure-1: “提供以应收账款为质押的融资服务，支持人工智能中小企业和初创企业……”; implementation-4: “建立人工智能中小企业服务机制”. The plan says 中小企业/融资, not 小微/贷款.',
    },
    {
      q: '校企合作',
      accept: ['task-12', 'task-2'],
      kind: 'everyday',
      why: 'task-12: “依托知名科研机构、大学和龙头企业，强化产学研合作”; task-2: “推进与驻沈高校、科研院所的技术合作，成立联合实验室”.',
    },
    // misspelling (pinyin-IME homophone slips)
    {
      q: '智能新片',
      accept: ['task-5', 'task-6', 'task-1', 'task-12', 'task-3'],
      kind: 'misspelling',
      why: '新片 for 芯片 (xinpian). 智能芯片 is a core industry in task-5 and task-6, a key technology in task-1 (“智能芯片与智能硬件”), cultivated in task-12, a talent field in task-3.',
    },
    {
      q: '城市大恼',
      accept: ['task-11'],
      kind: 'misspelling',
      why: '恼 for 脑 (nao). task-11: “加快城市大脑建设”.',
    },
    {
      q: '知识产全保护',
      accept: ['measure-4', 'measures-intro'],
      kind: 'misspelling',
      why: '全 for 权 (quan). measure-4: “构建知识产权创造保护新体系……注重……知识产权保护”; measures-intro lists 知识产权 among the policy areas.',
    },
    {
      q: '5G远成医疗',
      accept: ['task-10'],
      kind: 'misspelling',
      why: '成 for 程 (cheng). task-10: “5G网络环境下的移动远程医疗”.',
    },
    {
      q: '重创空间',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'misspelling',
      why: '重 for 众 (zhong). 众创空间: task-4 “建立人工智能专业化众创空间”; measure-3 “鼓励企业、大学和科研机构发展众创空间”; task-12 “细分领域专业化众创空间”.',
    },
    {
      q: '一企一测',
      accept: ['task-6', 'measure-1'],
      kind: 'misspelling',
      why: '测 for 策 (ce). task-6: “‘一企一策’引进国内外知名企业”; measure-1: “针对引进企业，实施‘一企一策’”.',
    },
    {
      q: '自动架驶',
      accept: ['task-9', 'task-10'],
      kind: 'misspelling',
      why: '架 for 驾 (jia). task-9: 自动驾驶 应用示范项目; task-10: “基于5G的无人驾驶示范”.',
    },
    // by-number (the plan numbers tasks 1.–12., principles 1.–4., 工作措施 and 组织实施 (一)…)
    {
      q: '第八项重点任务',
      accept: ['task-8'],
      kind: 'by-number',
      why: '二、重点任务 item 8: “实施人工智能产业集群培育工程”.',
    },
    {
      q: '措施4',
      accept: ['measure-4'],
      kind: 'by-number',
      why: '三、工作措施 (四): “构建知识产权创造保护新体系”.',
    },
    {
      q: '基本原则第三条',
      accept: ['principle-3'],
      kind: 'by-number',
      why: '(二)基本原则 item 3: “开放合作”.',
    },
    {
      q: '组织实施第四项',
      accept: ['implementation-4'],
      kind: 'by-number',
      why: '四、组织实施 (四): “完善相关配套服务保障体系”.',
    },
    {
      q: '工作措施二',
      accept: ['measure-2'],
      kind: 'by-number',
      why: '三、工作措施 (二): “建设人工智能人才聚集新高地”.',
    },
    {
      q: '重点任务（五）',
      accept: ['task-12', 'task-5'],
      kind: 'by-number',
      why: 'In the plan’s own numbering, 二、重点任务 (五) is the group “优化人工智能产业空间布局”, which holds only task 12 (特色产业园区建设); a reader counting tasks may mean task 5.',
    },
    // body, place, exact
    {
      q: '发改委负责哪些任务',
      accept: ['task-12', 'measure-3', 'task-3', 'task-5', 'task-7', 'task-9'],
      kind: 'body',
      why: '市发展改革委 leads task-12 and measure-3 and shares task-3, task-5, task-7 and task-9 (their [责任部门] brackets).',
    },
    {
      q: '经信委',
      accept: [
        'task-5',
        'task-6',
        'task-7',
        'task-8',
        'task-9',
        'task-1',
        'task-2',
        'task-4',
        'task-10',
        'measure-3',
      ],
      kind: 'body',
      why: '市经济和信息化委 leads tasks 5–9 and shares tasks 1, 2, 4, 10 and measure-3 (brackets).',
    },
    {
      q: '人社局',
      accept: ['measure-2', 'task-3', 'task-4', 'measure-3'],
      kind: 'body',
      why: '市人力资源社会保障局 leads measure-2 and shares task-3, task-4 and measure-3 (brackets).',
    },
    {
      q: '自贸区',
      accept: ['measures-intro'],
      kind: 'place',
      why: 'measures-intro: “全面落实建设国家自主创新示范区、建设全面创新改革试验区、建设自由贸易试验区等各项政策措施”.',
    },
    {
      q: '中德园',
      accept: ['measure-2'],
      kind: 'place',
      why: 'measure-2: “在中德产业园、新松机器人产业园等园区建设海外人才离岸创新创业‘自由港’”.',
    },
    {
      q: '以应收账款为质押',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: “提供以应收账款为质押的融资服务”.',
    },
    {
      q: '以点带面',
      accept: ['principle-4'],
      kind: 'exact',
      why: 'principle-4 (统筹推进): “聚焦重点方向，以点带面推动人工智能发展”.',
    },
    {
      q: '东北振兴座谈会',
      accept: ['guiding-ideology'],
      kind: 'exact',
      why: 'guiding-ideology: “全面落实习近平总书记在深入推进东北振兴座谈会上的讲话精神”.',
    },
  ],

  'zh-hant': [
    // traditional-vocabulary (Taiwan / Hong Kong words, not the OpenCC conversion)
    {
      q: '人工智慧晶片',
      accept: ['task-5', 'task-6', 'task-1', 'task-12', 'task-3'],
      kind: 'traditional-vocabulary',
      why: '人工智慧 = 人工智能, 晶片 = 芯片. 智能芯片 is a core industry in task-5 and task-6, a key technology in task-1, cultivated in task-12, a talent field in task-3.',
    },
    {
      q: '智慧財產權保護',
      accept: ['measure-4', 'measures-intro'],
      kind: 'traditional-vocabulary',
      why: '智慧財產權 = 知识产权. measure-4: “构建知识产权创造保护新体系……注重……知识产权保护”; measures-intro names 知识产权 among the policy areas.',
    },
    {
      q: '育成中心補助',
      accept: ['task-4'],
      kind: 'traditional-vocabulary',
      why: '育成中心 = 孵化器. task-4: 对科技企业孵化器、众创空间“择优给予相应建设经费补助”.',
    },
    {
      q: '5G遠距醫療',
      accept: ['task-10'],
      kind: 'traditional-vocabulary',
      why: '遠距醫療 = 远程医疗. task-10: “5G网络环境下的移动远程医疗”.',
    },
    {
      q: '雲端製造平台',
      accept: ['task-2'],
      kind: 'traditional-vocabulary',
      why: '雲端 = 云. task-2: “重点发展国家机器人技术创新中心、智能制造云平台……”.',
    },
    {
      q: '自駕車',
      accept: ['task-9', 'task-10', 'task-2', 'task-12', 'measure-4', 'task-7'],
      kind: 'traditional-vocabulary',
      why: '自駕車 = 自动驾驶/无人驾驶汽车. task-9: 自动驾驶 示范; task-10: “基于5G的无人驾驶示范”; task-2: 无人运载工具试验服务平台; task-12: 无人运载工具产业; measure-4: 智能汽车 标准; task-7: 智能运载工具.',
    },
    {
      q: '政府數位資訊整合',
      accept: ['task-11', 'task-10'],
      kind: 'traditional-vocabulary',
      why: '數位資訊 = 数字信息. task-11: “整合人口、交通、教育、建设等公共数字信息”; task-10: “整合全市数据平台和数据中心资源”.',
    },
    {
      q: '創投基金',
      accept: ['measure-1'],
      kind: 'traditional-vocabulary',
      why: 'measure-1: “政府财政资金出资设立人工智能发展专项基金，鼓励龙头骨干企业、产业创新联盟牵头成立市场化的人工智能发展基金”.',
    },
    {
      q: '人工智慧產業聚落',
      accept: ['task-8', 'task-12', 'task-7'],
      kind: 'traditional-vocabulary',
      why: '產業聚落 = 产业集群. task-8: “实施人工智能产业集群培育工程……打造5个左右特色人工智能产业集群”; task-12: “打造产业集群”; task-7: “打造具有国际竞争力的产业集群”.',
    },
    {
      q: '技職學校 人工智慧職訓',
      accept: ['implementation-4'],
      kind: 'traditional-vocabulary',
      why: '技職/職訓 = 职业学校/技能培训. implementation-4: “支持驻沈高等院校、职业学校和社会化培训机构等单位开展人工智能技能培训”.',
    },
    {
      q: '中小企業輔導',
      accept: ['implementation-4', 'measure-1'],
      kind: 'traditional-vocabulary',
      why: '輔導 = 服务/帮助. implementation-4: “建立人工智能中小企业服务机制，及时帮助企业解决实际问题”; measure-1 supports 中小企业 with financing and 创新券.',
    },
    {
      q: '資料中心',
      accept: ['task-10'],
      kind: 'traditional-vocabulary',
      why: '資料中心 = 数据中心. task-10: “整合全市数据平台和数据中心资源”.',
    },
    {
      q: '軟硬體人才',
      accept: ['task-3'],
      kind: 'traditional-vocabulary',
      why: '軟硬體 = 软硬件. task-3: 引进“机器学习、智能机器人、智能制造、智能芯片、智能软硬件等领域国内外高层次人才”.',
    },
    {
      q: '智慧家庭',
      accept: ['task-7'],
      kind: 'traditional-vocabulary',
      why: '智慧家庭 = 智能家居. task-7: “智能物流、智能家居等六大相关产业”.',
    },
    // natural
    {
      q: '瀋陽如何吸引海外人才',
      accept: ['measure-2', 'task-3'],
      kind: 'natural',
      why: 'measure-2: “坚持‘离岸’与‘落地’相结合……建设海外人才离岸创新创业‘自由港’”; task-3: 引进“国内外高层次人才及创新团队”.',
    },
    {
      q: '有沒有針對新創的融資服務',
      accept: ['measure-1'],
      kind: 'natural',
      why: '新創 = 初创企业. measure-1: “提供以应收账款为质押的融资服务，支持人工智能中小企业和初创企业……”.',
    },
    {
      q: '城市大腦由哪個單位負責',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11 “加快城市大脑建设” [责任部门:市大数据局].',
    },
    {
      q: '規劃目標可以調整嗎',
      accept: ['implementation-2'],
      kind: 'natural',
      why: 'implementation-2: “对规划指标和任务部署进行及时、动态调整”.',
    },
    {
      q: '領導小組辦公室負責什麼',
      accept: ['implementation-1'],
      kind: 'natural',
      why: 'implementation-1: “领导小组办公室负责统筹协调全市人工智能发展工作，协调相关部门的具体推进工作……并定期以报告形式向领导小组进行汇报”.',
    },
    // target-question
    {
      q: '2020年核心產業要賺多少錢',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元”.',
    },
    {
      q: '每年要推動幾個大數據專案',
      accept: ['task-10'],
      kind: 'target-question',
      why: '專案 = 项目. task-10: “每年分别在……领域布局项目不少于100个”.',
    },
    {
      q: '相關產業營收能到多少',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “相关产业产值达到200亿元”.',
    },
    {
      q: '會建幾個特色產業集群',
      accept: ['task-8'],
      kind: 'target-question',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区”.',
    },
    // by-number
    {
      q: '第九項重點任務',
      accept: ['task-9'],
      kind: 'by-number',
      why: '二、重点任务 item 9: “实施一批重大创新成果应用示范工程”.',
    },
    {
      q: '基本原則四',
      accept: ['principle-4'],
      kind: 'by-number',
      why: '(二)基本原则 item 4: “统筹推进”.',
    },
    {
      q: '組織實施（二）',
      accept: ['implementation-2'],
      kind: 'by-number',
      why: '四、组织实施 (二): “形成高效协同的任务推进机制”.',
    },
    {
      q: '工作措施第五條',
      accept: ['measure-5'],
      kind: 'by-number',
      why: '三、工作措施 (五): “打造人工智能城市特色新品牌”.',
    },
    // misspelling (homophone slips)
    {
      q: '城市大惱',
      accept: ['task-11'],
      kind: 'misspelling',
      why: '惱 for 腦 (nao). task-11: “加快城市大脑建设”.',
    },
    {
      q: '創新卷',
      accept: ['measure-1'],
      kind: 'misspelling',
      why: '卷 for 券 (commonly read juan). measure-1: “设立创新券，支持人工智能领域中小企业更好地利用高等院校和科研院所的研发服务”.',
    },
    {
      q: '人才新正',
      accept: ['task-3'],
      kind: 'misspelling',
      why: '正 for 政 (zheng). task-3: “依照我市‘人才新政’相关政策，大力支持人工智能高端人才”.',
    },
    // everyday, body, place, exact
    {
      q: '海歸創業',
      accept: ['measure-2', 'task-3'],
      kind: 'everyday',
      why: 'measure-2: “建设海外人才离岸创新创业‘自由港’”; task-3: 引进国内外高层次人才. 海归 is not a word of the plan.',
    },
    {
      q: '資訊中心',
      accept: ['task-10'],
      kind: 'body',
      why: '資訊中心 = 信息中心 (Taiwan wording). task-10 bracket: [责任部门:市大数据局、经济和信息化委,信息中心].',
    },
    {
      q: '新松機器人園區',
      accept: ['measure-2'],
      kind: 'place',
      why: 'measure-2: “在中德产业园、新松机器人产业园等园区建设海外人才离岸创新创业‘自由港’”.',
    },
    {
      q: '以人為本、數據驅動',
      accept: ['task-11'],
      kind: 'exact',
      why: 'task-11: “将我市打造成为以人为本、数据驱动、精准治理、惠及全民的新型智慧城市标杆”.',
    },
  ],

  en: [
    // natural
    {
      q: 'what does the city do about attracting AI talent',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “Actively attract high-end AI talent … give vigorous support to high-end AI talent”; measure-2: “Develop new policies and methods for attracting high-end talent”.',
    },
    {
      q: 'is there money for tech incubators',
      accept: ['task-4'],
      kind: 'natural',
      why: 'task-4: “For technology business incubators and maker spaces … grant corresponding construction subsidies on a merit basis”.',
    },
    {
      q: 'who is in charge of the city brain',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11 “Accelerate the building of the city brain”, responsible body: Municipal Big Data Bureau.',
    },
    {
      q: 'who coordinates the whole AI plan across departments',
      accept: ['implementation-1', 'implementation-2'],
      kind: 'natural',
      why: 'implementation-1: “The Leading Group’s office shall be responsible for the overall coordination of AI development work across the city, coordinating the specific implementation work of the relevant departments”; implementation-2 sets the task-advancing mechanism and coordination meetings.',
    },
    {
      q: 'what help is there for small AI companies',
      accept: ['implementation-4', 'measure-1'],
      kind: 'natural',
      why: 'implementation-4: “Establish a service mechanism for small and medium-sized AI enterprises (SMEs) to help enterprises solve practical problems promptly”; measure-1: financing services and innovation vouchers for SMEs.',
    },
    {
      q: 'when was this plan issued and by whom',
      accept: ['notice'],
      kind: 'natural',
      why: 'notice: signed “General Office of the Shenyang Municipal People’s Government, 6 December 2018”.',
    },
    {
      q: 'what is this action plan based on',
      accept: ['preamble'],
      kind: 'natural',
      why: 'preamble: “this Action Plan is formulated in accordance with the spirit of the Notice … on Issuing the Shenyang New Generation Artificial Intelligence Development Plan (2018–2030)”.',
    },
    // target-question
    {
      q: "how much revenue should Shenyang's core AI sector bring in by 2020",
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan”.',
    },
    {
      q: 'how large should the AI-adjacent sectors grow',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “and that of related industries reaching 20 billion yuan”.',
    },
    {
      q: 'how many big-data initiatives will the city launch annually',
      accept: ['task-10'],
      kind: 'target-question',
      why: 'task-10: “each year deploy no fewer than 100 projects in each of the fields of big data production and circulation, innovative applications, and terminal product manufacturing”.',
    },
    {
      q: 'how many AI industry hubs are planned',
      accept: ['task-8'],
      kind: 'target-question',
      why: 'task-8: “build about five distinctive AI industrial clusters and industrial innovation demonstration zones”.',
    },
    {
      q: "will Shenyang be one of the country's foremost AI hubs",
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “By 2020, Shenyang will join the ranks of China’s key cities in the development of new-generation artificial intelligence”.',
    },
    // everyday (words the translation does not use for the concept)
    {
      q: 'smart factories',
      accept: ['task-9', 'task-12', 'task-2'],
      kind: 'everyday',
      why: 'task-9: application demonstrations in “intelligent workshops”; task-12: “Relying on strengths in equipment manufacturing, grow and strengthen the intelligent manufacturing industry”; task-2: “an intelligent manufacturing cloud platform”.',
    },
    {
      q: 'AI trade fairs',
      accept: ['measure-5'],
      kind: 'everyday',
      why: 'measure-5: “Promote or organize influential AI innovation forums, product exhibitions and other major events”.',
    },
    {
      q: 'press coverage of Shenyang AI',
      accept: ['implementation-3', 'measure-5'],
      kind: 'everyday',
      why: 'implementation-3: “Give full play to the role of traditional media and emerging internet media … promptly and accurately report on and publicize Shenyang’s new policies”; measure-5: “Step up publicity for leading enterprises …”.',
    },
    {
      q: 'self-driving cars',
      accept: ['task-9', 'task-10', 'task-2', 'task-12', 'measure-4', 'task-7'],
      kind: 'everyday',
      why: 'task-9: “autonomous driving”; task-10: “5G-based driverless vehicle demonstrations”; task-2: “a testing service platform for unmanned vehicles”; task-12: “develop an unmanned vehicle industry”; measure-4: standards for “smart cars”; task-7: “intelligent vehicles”.',
    },
    {
      q: 'venture capital for AI startups',
      accept: ['measure-1'],
      kind: 'everyday',
      why: 'measure-1: “set up a special fund for AI development … market-based AI development funds, to support local enterprises”; “support … SMEs and start-ups”.',
    },
    {
      q: 'face recognition',
      accept: ['task-6', 'task-5', 'task-11'],
      kind: 'everyday',
      why: 'The plan’s term is intelligent imaging: task-6 (“four core industries of intelligent chips, intelligent speech, intelligent imaging and intelligent components”) and task-5; task-11 raises intelligence in “security and surveillance”.',
    },
    {
      q: 'reskilling workers for AI',
      accept: ['implementation-4'],
      kind: 'everyday',
      why: 'implementation-4: “carrying out AI skills training, so as to substantially upgrade the professional skills of the workforce”.',
    },
    {
      q: 'bank loans for small firms',
      accept: ['measure-1'],
      kind: 'everyday',
      why: 'measure-1: “Provide financing services secured by pledges of accounts receivable, and support small and medium-sized AI enterprises (SMEs) and start-ups”.',
    },
    // paraphrase (as few words as possible shared with the translation)
    {
      q: 'borrowing against unpaid customer invoices',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “Provide financing services secured by pledges of accounts receivable”.',
    },
    {
      q: 'coupons letting little firms pay colleges for lab work',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “Introduce innovation vouchers to help SMEs in the AI field make better use of the R&D services of higher education institutions and research institutes”.',
    },
    {
      q: 'recruiting gifted foreigners who stay in their home countries',
      accept: ['measure-2', 'task-3'],
      kind: 'paraphrase',
      why: 'measure-2: “combine ‘offshore’ and ‘onshore’ approaches, and build an offshore innovation and entrepreneurship ‘free port’ for overseas talent”; task-3: attract talent “from China and abroad”.',
    },
    {
      q: 'nerve centre steering the metropolis with pooled records on residents, traffic and schools',
      accept: ['task-11'],
      kind: 'paraphrase',
      why: 'task-11 (city brain): “Integrate public digital information on population, transport, education, construction and other areas … raise the level of intelligence of urban management”.',
    },
    {
      q: 'revising the goals midway as priorities evolve',
      accept: ['implementation-2'],
      kind: 'paraphrase',
      why: 'implementation-2: “make timely and dynamic adjustments to the plan’s targets and task arrangements”.',
    },
    {
      q: 'bonuses for professors who bring lab discoveries to market',
      accept: ['measure-2'],
      kind: 'paraphrase',
      why: 'measure-2: “Encourage capable talent at research institutes and universities to commercialize AI technological results, and implement the corresponding reward policies”.',
    },
    {
      q: 'getting firms of every size working together along the supply line',
      accept: ['principle-2'],
      kind: 'paraphrase',
      why: 'principle-2: “promote coordination among the upstream, midstream and downstream segments of industrial chains and among large, medium-sized and small enterprises”.',
    },
    {
      q: 'reaching past borders to partner with scientists worldwide',
      accept: ['principle-3'],
      kind: 'paraphrase',
      why: 'principle-3: “break down geographical boundaries … actively engage in exchanges and interaction with experts, research institutions … in China and abroad”.',
    },
    {
      q: 'hosting expos and summits so the town becomes famous for machine intelligence',
      accept: ['measure-5', 'implementation-3'],
      kind: 'paraphrase',
      why: 'measure-5: “organize influential AI innovation forums, product exhibitions … build an ‘AI’ city brand for Shenyang”; implementation-3 aims to raise recognition of the “AI” city calling card.',
    },
    {
      q: 'agreeing technical norms with foreign nations',
      accept: ['measure-4'],
      kind: 'paraphrase',
      why: 'measure-4: “the research and formulation of AI industry standards … promote the mutual recognition of standards with major countries”.',
    },
    {
      q: 'grabbing an early lead in niches where Shenyang already excels',
      accept: ['principle-4'],
      kind: 'paraphrase',
      why: 'principle-4: “strive to gain first-mover advantages in fields of strength”.',
    },
    // misspelling
    {
      q: 'inteligent logistcs',
      accept: ['task-7', 'task-8', 'task-9'],
      kind: 'misspelling',
      why: '“intelligent logistics” is one of the six related industries in task-7, an industrial chain to extend in task-8 and a demonstration area in task-9.',
    },
    {
      q: 'patnets and trademarks',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: 'measure-4: “apply for and register patents and trademarks in AI technologies and application fields”.',
    },
    {
      q: 'incubater subsidy',
      accept: ['task-4'],
      kind: 'misspelling',
      why: 'task-4: “For technology business incubators … grant corresponding construction subsidies on a merit basis”.',
    },
    {
      q: 'Shengyang city brain',
      accept: ['task-11'],
      kind: 'misspelling',
      why: 'Shengyang for Shenyang. task-11: “Accelerate the building of the city brain”.',
    },
    {
      q: 'machine lerning talent',
      accept: ['task-3', 'task-1'],
      kind: 'misspelling',
      why: 'task-3: attract “high-level talent … in fields such as machine learning”; task-1: projects in “new-generation machine learning”.',
    },
    {
      q: 'telemedecine 5G',
      accept: ['task-10'],
      kind: 'misspelling',
      why: 'task-10: “mobile telemedicine in a 5G network environment”.',
    },
    // by-number
    {
      q: 'task five',
      accept: ['task-5'],
      kind: 'by-number',
      why: 'Key task 5: “Implement a number of key R&D projects”.',
    },
    {
      q: 'Measure IV',
      accept: ['measure-4'],
      kind: 'by-number',
      why: 'Working measure (4): “Build a new system for the creation and protection of intellectual property”.',
    },
    {
      q: 'the ninth task',
      accept: ['task-9'],
      kind: 'by-number',
      why: 'Key task 9: “Implement a number of application demonstration programmes for major innovation results”.',
    },
    {
      q: 'principle #1',
      accept: ['principle-1'],
      kind: 'by-number',
      why: 'Basic principle 1: “Innovation-driven development”.',
    },
    {
      q: 'implementation (ii)',
      accept: ['implementation-2'],
      kind: 'by-number',
      why: 'Organization and implementation (2): “Establish an efficient and coordinated mechanism for advancing tasks”.',
    },
    {
      q: 'M2',
      accept: ['measure-2'],
      kind: 'by-number',
      why: 'Working measure (2): “Build a new highland for gathering AI talent”.',
    },
    // body, place, exact
    {
      q: 'S&T bureau',
      accept: [
        'implementation-4',
        'measure-4',
        'implementation-1',
        'implementation-2',
        'task-1',
        'task-2',
        'task-4',
        'task-5',
        'task-6',
        'task-12',
        'measure-2',
        'measure-3',
      ],
      kind: 'body',
      why: 'The Municipal Science and Technology Bureau is the sole body of implementation-4 and measure-4, leads implementation-1/2 and tasks 1, 2, 4, and shares tasks 5, 6, 12 and measures 2, 3 (brackets).',
    },
    {
      q: 'SASAC',
      accept: ['measure-1'],
      kind: 'body',
      why: 'The Municipal State-owned Assets Supervision and Administration Commission (市国资委) leads measure-1 [责任部门:市国资委、金融办].',
    },
    {
      q: 'Shenyang TV',
      accept: ['measure-5', 'implementation-3'],
      kind: 'body',
      why: 'Shenyang Radio and Television (沈阳广播电视台) leads measure-5 and implementation-3.',
    },
    {
      q: 'Siasun',
      accept: ['measure-2'],
      kind: 'place',
      why: 'measure-2: “in parks such as the Sino-German Industrial Park and the Siasun Robot Industrial Park”.',
    },
    {
      q: 'free trade zone',
      accept: ['measures-intro'],
      kind: 'place',
      why: 'measures-intro: “Fully implement all policies and measures, such as those for building … the pilot free trade zone”.',
    },
    {
      q: 'accounts receivable',
      accept: ['measure-1'],
      kind: 'exact',
      why: 'measure-1: “Provide financing services secured by pledges of accounts receivable”.',
    },
    {
      q: 'revitalization of Northeast China',
      accept: ['guiding-ideology'],
      kind: 'exact',
      why: 'guiding-ideology: “the speech delivered by General Secretary Xi Jinping at the symposium on deepening the revitalization of Northeast China”.',
    },
  ],
};
