/**
 * Outside evaluation set for the plan portal's search.
 *
 * Written by an outside tester (a helper session) who had not read the search engine, its data
 * or its other evaluation sets. Sources read: seeds/ (the source text), content/plan/zh/*.mdx and
 * content/plan/en/*.mdx (the provisions), content/provisions.yaml (responsibility brackets),
 * content/glossary.yaml, content/targets.yaml, content/structure.yaml and /work/shared/SPEC.md
 * (provision ids). Nothing here was run against the search: the queries were written by hand as
 * residents, investors, analysts and journalists would type them, and each accept list was
 * decided from the plan's text alone (every provision a careful reader accepts, best first), with
 * the passage that justifies it quoted in `why`. Written 2026-12-07.
 *
 * HELD OUT: never used to tune the search; do not add its queries elsewhere, and do not change
 * the engine to make a case here pass; report the score instead.
 */
export interface OutsideCase {
  q: string; // what the reader types
  accept: string[]; // provision ids a careful reader accepts as the answer, best first; any counts as a hit
  kind:
    | 'paraphrase'
    | 'natural'
    | 'target-question'
    | 'everyday'
    | 'misspelling'
    | 'traditional-vocabulary'
    | 'by-number'
    | 'body'
    | 'exact';
  why: string; // the passage (quote, with the provision id) that makes these the answer
}

export const OUTSIDE_SET: { zh: OutsideCase[]; 'zh-hant': OutsideCase[]; en: OutsideCase[] } = {
  zh: [
    // natural (12)
    {
      q: '沈阳人工智能三年行动计划是哪天发的',
      accept: ['notice'],
      kind: 'natural',
      why: 'notice: “沈阳市人民政府办公厅 2018年12月6日”',
    },
    {
      q: '搞人工智能创业有补贴吗',
      accept: ['task-4', 'measure-1', 'measure-3'],
      kind: 'natural',
      why: 'task-4: “对……科技企业孵化器、众创空间……择优给予相应建设经费补助”; measure-1: “政府财政资金出资设立人工智能发展专项基金……支持人工智能中小企业和初创企业”; measure-3: “鼓励企业或研究机构争取中央财政资金的支持”',
    },
    {
      q: '怎样吸引海外人才来沈阳搞人工智能',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “采取多种方式引进……国内外高层次人才及创新团队”; measure-2: “创新高端人才引进政策与方式……建设海外人才离岸创新创业“自由港””',
    },
    {
      q: '四大核心产业是哪四个',
      accept: ['task-6', 'task-5'],
      kind: 'natural',
      why: 'task-6: “围绕智能芯片、智能语音、智能图像、智能器件等四大核心产业”; task-5: “围绕智能芯片、智能语音及翻译、智能图像、智能器件、数控机床等核心产业”',
    },
    {
      q: '六大相关产业都包括什么',
      accept: ['task-7'],
      kind: 'natural',
      why: 'task-7: “围绕智能机器人、智能装备、智能运载工具、智能医疗与健康服务、智能物流、智能家居等六大相关产业”',
    },
    {
      q: '城市大脑要整合哪些数据',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11 (加快城市大脑建设): “整合人口、交通、教育、建设等公共数字信息,推进大数据的开发利用”',
    },
    {
      q: '中小企业遇到实际困难谁来帮',
      accept: ['implementation-4', 'measure-1'],
      kind: 'natural',
      why: 'implementation-4: “建立人工智能中小企业服务机制,及时帮助企业解决实际问题”; measure-1: “设立创新券,支持人工智能领域中小企业更好地利用高等院校和科研院所的研发服务”',
    },
    {
      q: '规划指标以后还能调整吗',
      accept: ['implementation-2'],
      kind: 'natural',
      why: 'implementation-2: “对规划指标和任务部署进行及时、动态调整”',
    },
    {
      q: '沈阳搞人工智能会跟外地和国外合作吗',
      accept: ['principle-3', 'task-8'],
      kind: 'natural',
      why: 'principle-3 (开放合作): “打破地域和思维边界,积极与国内外专家、科研机构、产业组织等单位进行交流互动,协调市内外、省内外、国内外资源”; task-8: “引进一批国内外人工智能知名企业和科研机构”',
    },
    {
      q: '沈阳要建哪些国家级研发平台',
      accept: ['task-2', 'targets'],
      kind: 'natural',
      why: 'task-2: “重点发展国家机器人技术创新中心、智能制造云平台……力争将以上平台打造成为国家级研发与应用平台”; targets: “打造智能机器人、智能制造国家级创新平台”',
    },
    {
      q: '这个行动计划是根据哪个文件制定的',
      accept: ['preamble'],
      kind: 'natural',
      why: 'preamble: “根据《沈阳市人民政府关于印发沈阳市新一代人工智能发展规划(2018-2030年)的通知》(沈政发〔2018〕19号)精神,结合我市实际,制定本计划”',
    },
    {
      q: '高校老师转化人工智能成果有奖励吗',
      accept: ['measure-2', 'measure-1'],
      kind: 'natural',
      why: 'measure-2: “鼓励有能力的科研院所和高校人才转化人工智能技术成果,落实相应的奖励政策”; measure-1: “用以支持本地企业或研究机构开展人工智能成果转移转化”',
    },
    // target-question (8)
    {
      q: '人工智能核心产业到2020年要做到多大规模',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “到2020年……人工智能核心产业产值达到30亿元”',
    },
    {
      q: '人工智能相关产业能达到多少亿',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “相关产业产值达到200亿元”',
    },
    {
      q: '计划要打造几个人工智能产业集群',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区” (ledger: ai-clusters)',
    },
    {
      q: '大数据每年要上多少个项目',
      accept: ['task-10', 'targets'],
      kind: 'target-question',
      why: 'task-10: “每年分别在大数据生产流通流域、创新应用领域、终端产品制造领域布局项目不少于100个” (ledger: big-data-projects)',
    },
    {
      q: '这些目标截止到哪一年',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “到2020年,新一代人工智能发展水平跻身国内重点城市行列” (ledger: deadline)',
    },
    {
      q: '沈阳AI产业营收目标是多少',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元,相关产业产值达到200亿元”',
    },
    {
      q: '产业创新示范区打算建几个',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区”',
    },
    {
      q: '终端产品方面一年最少布局几个项目',
      accept: ['task-10', 'targets'],
      kind: 'target-question',
      why: 'task-10: “每年分别在……终端产品制造领域布局项目不少于100个”',
    },
    // paraphrase (6)
    {
      q: '用客户欠款凭证向银行贷款',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “提供以应收账款为质押的融资服务”',
    },
    {
      q: '无人车路测',
      accept: ['task-2', 'task-10', 'task-9'],
      kind: 'paraphrase',
      why: 'task-2: “无人运载工具试验服务平台”; task-10: “推动基于5G的无人驾驶示范”; task-9: “重点推进……自动驾驶……等重大创新成果应用示范项目”',
    },
    {
      q: '职工学新技术的培训班',
      accept: ['implementation-4'],
      kind: 'paraphrase',
      why: 'implementation-4: “开展人工智能技能培训,大幅提升就业人员专业技能”',
    },
    {
      q: '办展会开论坛宣传沈阳',
      accept: ['measure-5', 'implementation-3'],
      kind: 'paraphrase',
      why: 'measure-5: “推动或组织召开具有影响力的人工智能创新论坛、产品展览和其他重大活动”; implementation-3: “宣传我市人工智能发展新政策、新进展、新成效”',
    },
    {
      q: '集中人财物攻克难题抢占先机',
      accept: ['principle-4'],
      kind: 'paraphrase',
      why: 'principle-4 (统筹推进): “集中人力、物力和财力合作攻关,力争在优势领域上取得先发优势”',
    },
    {
      q: '给孵化器发建设钱',
      accept: ['task-4'],
      kind: 'paraphrase',
      why: 'task-4: “对……科技企业孵化器、众创空间……择优给予相应建设经费补助”',
    },
    // misspelling (6)
    {
      q: '城市大恼',
      accept: ['task-11'],
      kind: 'misspelling',
      why: '恼 for 脑 (nao). task-11: “加快城市大脑建设”',
    },
    {
      q: '重创空间',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'misspelling',
      why: '重 for 众 (zhong). task-4: “建立人工智能专业化众创空间”; measure-3: “鼓励企业、大学和科研机构发展众创空间”; task-12: “建设……细分领域专业化众创空间”',
    },
    {
      q: '创新卷',
      accept: ['measure-1'],
      kind: 'misspelling',
      why: '卷 for 券 (a common misreading as juan). measure-1: “设立创新券”',
    },
    {
      q: '知识产全保护',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: '全 for 权 (quan). measure-4: “构建知识产权创造保护新体系……注重……知识产权保护”',
    },
    {
      q: '数控机窗',
      accept: ['task-5'],
      kind: 'misspelling',
      why: '窗 for 床 (chuang). task-5: “围绕智能芯片、智能语音及翻译、智能图像、智能器件、数控机床等核心产业”',
    },
    {
      q: '5G远城医疗',
      accept: ['task-10'],
      kind: 'misspelling',
      why: '城 for 程 (cheng). task-10: “5G网络环境下的移动远程医疗”',
    },
    // everyday (4)
    {
      q: '智能家电',
      accept: ['task-7'],
      kind: 'everyday',
      why: 'task-7: “智能物流、智能家居等六大相关产业重点支持一批产业化项目”',
    },
    {
      q: '5G网络建设',
      accept: ['task-10'],
      kind: 'everyday',
      why: 'task-10: “加快建设5G创新示范网”',
    },
    {
      q: '堵车能靠智能交通解决吗',
      accept: ['task-11'],
      kind: 'everyday',
      why: 'task-11: “整合人口、交通、教育、建设等公共数字信息……重点聚焦交通、卫生、安防等领域的智能化水平”',
    },
    {
      q: '沈阳哪里有人工智能产业园',
      accept: ['task-12', 'measure-3', 'task-8', 'measure-2'],
      kind: 'everyday',
      why: 'task-12 (特色产业园区建设); measure-3: “建设人工智能特色园区和创新社区”; task-8: “依托我市现有产业园区”; measure-2: “在中德产业园、新松机器人产业园等园区”',
    },
    // by-number (2)
    {
      q: '第八项重点任务',
      accept: ['task-8'],
      kind: 'by-number',
      why: 'task-8: “8.实施人工智能产业集群培育工程”',
    },
    {
      q: '工作措施第三条',
      accept: ['measure-3'],
      kind: 'by-number',
      why: 'measure-3: “三、工作措施 …… (三)营造人工智能创新创业新生态”',
    },
    // body (2)
    {
      q: '发改委负责哪些任务',
      accept: ['task-3', 'task-5', 'task-7', 'task-9', 'task-12', 'measure-3'],
      kind: 'body',
      why: 'provisions.yaml brackets naming 市发展改革委: task-3 “市委组织部(市人才办),市发展改革委、人力资源社会保障局”, task-5 “市经济和信息化委、科技局、发展改革委”, task-7 “市经济和信息化委、发展改革委”, task-9 “市经济和信息化委、发展改革委,各区、县(市)政府”, task-12 “市发展改革委、科技局,各区、县(市)政府”, measure-3 “市发展改革委、经济和信息化委、人力资源社会保障局、科技局”',
    },
    {
      q: '人社局',
      accept: ['task-3', 'task-4', 'measure-2', 'measure-3'],
      kind: 'body',
      why: 'provisions.yaml brackets naming 市人力资源社会保障局: task-3 “…市发展改革委、人力资源社会保障局”, task-4 “市科技局、经济和信息化委、人力资源社会保障局”, measure-2 “市人力资源社会保障局、科技局、外经贸局”, measure-3 “…人力资源社会保障局、科技局”',
    },
  ],
  'zh-hant': [
    // traditional-vocabulary (10)
    {
      q: '人工智慧晶片產業',
      accept: ['task-6', 'task-5', 'task-12', 'task-1', 'task-3'],
      kind: 'traditional-vocabulary',
      why: '晶片 = 芯片. task-6: “围绕智能芯片、智能语音、智能图像、智能器件等四大核心产业”; task-5: “围绕智能芯片……等核心产业……部署一批重点研发项目”; task-12: “培育智能芯片等核心产业”; task-1: “智能芯片与智能硬件等关键共性技术”; task-3: “智能芯片……等领域国内外高层次人才”',
    },
    {
      q: '資料中心整合',
      accept: ['task-10'],
      kind: 'traditional-vocabulary',
      why: '資料 = 数据. task-10: “整合全市数据平台和数据中心资源”',
    },
    {
      q: '新創企業融資',
      accept: ['measure-1'],
      kind: 'traditional-vocabulary',
      why: '新創 = 初创. measure-1: “提供以应收账款为质押的融资服务,支持人工智能中小企业和初创企业与龙头企业共建创新链和产业链”',
    },
    {
      q: '智慧軟硬體人才',
      accept: ['task-3'],
      kind: 'traditional-vocabulary',
      why: '軟硬體 = 软硬件. task-3: “引进机器学习、智能机器人、智能制造、智能芯片、智能软硬件等领域国内外高层次人才及创新团队”',
    },
    {
      q: '演算法與機器學習研究',
      accept: ['task-1', 'task-3'],
      kind: 'traditional-vocabulary',
      why: '演算法 = 算法. task-1: “在大数据+知识驱动认知技术、新一代机器学习、推理与决策……等新一代人工智能重点前沿方向部署一批项目”; task-3: “引进机器学习……等领域国内外高层次人才”',
    },
    {
      q: '雲端智慧製造平台',
      accept: ['task-2'],
      kind: 'traditional-vocabulary',
      why: '雲端 = 云. task-2: “重点发展国家机器人技术创新中心、智能制造云平台”',
    },
    {
      q: '數位城市治理',
      accept: ['task-11'],
      kind: 'traditional-vocabulary',
      why: '數位 = 数字. task-11: “整合人口、交通、教育、建设等公共数字信息……以人为本、数据驱动、精准治理、惠及全民的新型智慧城市标杆”',
    },
    {
      q: '智慧財產權保護',
      accept: ['measure-4'],
      kind: 'traditional-vocabulary',
      why: '智慧財產權 = 知识产权. measure-4: “构建知识产权创造保护新体系……注重人工智能重点技术研究和应用过程中的知识产权保护”',
    },
    {
      q: '育成中心補助',
      accept: ['task-4'],
      kind: 'traditional-vocabulary',
      why: '育成中心 = 孵化器. task-4: “对……建设的科技企业孵化器、众创空间,根据孵化设施、孵化能力及孵化成效等情况,择优给予相应建设经费补助”',
    },
    {
      q: '數控工具機',
      accept: ['task-5'],
      kind: 'traditional-vocabulary',
      why: '工具機 = 机床. task-5: “智能器件、数控机床等核心产业”',
    },
    // natural (8)
    {
      q: '瀋陽人工智慧行動計畫是誰發布的',
      accept: ['notice'],
      kind: 'natural',
      why: 'notice: “沈阳市人民政府办公厅 2018年12月6日 (此件公开发布)”',
    },
    {
      q: '自駕車會在瀋陽測試嗎',
      accept: ['task-2', 'task-10', 'task-9'],
      kind: 'natural',
      why: 'task-2: “无人运载工具试验服务平台”; task-10: “推动基于5G的无人驾驶示范”; task-9: “自动驾驶……等重大创新成果应用示范项目”',
    },
    {
      q: '政府會出資成立AI基金嗎',
      accept: ['measure-1'],
      kind: 'natural',
      why: 'measure-1: “政府财政资金出资设立人工智能发展专项基金”',
    },
    {
      q: '海外人才可以在哪些園區創業',
      accept: ['measure-2'],
      kind: 'natural',
      why: 'measure-2: “在中德产业园、新松机器人产业园等园区建设海外人才离岸创新创业“自由港””',
    },
    {
      q: '智慧城市要做到什麼程度',
      accept: ['task-11', 'targets'],
      kind: 'natural',
      why: 'task-11: “将我市打造成为以人为本、数据驱动、精准治理、惠及全民的新型智慧城市标杆”; targets: “城市智能化水平加速提升,新型智慧城市建设取得重要进展”',
    },
    {
      q: '職業學校能開人工智慧技能培訓嗎',
      accept: ['implementation-4'],
      kind: 'natural',
      why: 'implementation-4: “支持驻沈高等院校、职业学校和社会化培训机构等单位开展人工智能技能培训”',
    },
    {
      q: '要怎麼打響瀋陽的人工智慧城市名片',
      accept: ['implementation-3', 'measure-5'],
      kind: 'natural',
      why: 'implementation-3: “提升沈阳“人工智能”城市名片的认知度和认可度”; measure-5: “打造我市“人工智能”的城市品牌”',
    },
    {
      q: '這份計畫有哪些基本原則',
      accept: ['principle-1', 'principle-2', 'principle-3', 'principle-4'],
      kind: 'natural',
      why: '(二)基本原则: principle-1 “创新驱动”, principle-2 “融合发展”, principle-3 “开放合作”, principle-4 “统筹推进”',
    },
    // target-question (5)
    {
      q: 'AI核心產業營收目標',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元”',
    },
    {
      q: '相關產業規模要到多少億',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “相关产业产值达到200亿元”',
    },
    {
      q: '要打造幾個產業聚落',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: '產業聚落 = 产业集群. task-8: “打造5个左右特色人工智能产业集群和产业创新示范区”',
    },
    {
      q: '每年大數據專案數量',
      accept: ['task-10', 'targets'],
      kind: 'target-question',
      why: '專案 = 项目. task-10: “每年分别在大数据生产流通流域、创新应用领域、终端产品制造领域布局项目不少于100个”',
    },
    {
      q: '這些目標要在哪年前達成',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “到2020年,新一代人工智能发展水平跻身国内重点城市行列”',
    },
    // paraphrase (4)
    {
      q: '一間企業一套政策',
      accept: ['task-6', 'measure-1'],
      kind: 'paraphrase',
      why: 'task-6: ““一企一策”引进国内外知名企业”; measure-1: “针对引进企业,实施“一企一策””',
    },
    {
      q: '提升原創力、推動商業模式革新',
      accept: ['principle-1'],
      kind: 'paraphrase',
      why: 'principle-1 (创新驱动): “提升人工智能原创能力和集成应用能力,推进人工智能的商业模式创新和管理创新”',
    },
    {
      q: '計畫目標隨情況修正',
      accept: ['implementation-2'],
      kind: 'paraphrase',
      why: 'implementation-2: “根据人工智能最新进展和经济社会需求新变化,对规划指标和任务部署进行及时、动态调整”',
    },
    {
      q: '改善投資經商的環境',
      accept: ['implementation-intro', 'measures-intro'],
      kind: 'paraphrase',
      why: 'implementation-intro: “大力营造更加友好的营商环境”; measures-intro: “在财税金融、人才引进、创新创业、城市品牌、知识产权、营商环境等方面,探索政策法规的重大改革与创新”',
    },
    // misspelling (3)
    {
      q: '新松機器人產業圓',
      accept: ['measure-2'],
      kind: 'misspelling',
      why: '圓 for 園 (yuan). measure-2: “在中德产业园、新松机器人产业园等园区”',
    },
    {
      q: '眾創空見',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'misspelling',
      why: '見 for 間 (jian). task-4: “建立人工智能专业化众创空间”; measure-3: “发展众创空间”; task-12: “细分领域专业化众创空间”',
    },
    {
      q: '無人駕使示範',
      accept: ['task-10', 'task-9', 'task-2'],
      kind: 'misspelling',
      why: '使 for 駛 (shi). task-10: “推动基于5G的无人驾驶示范”; task-9: “自动驾驶……应用示范项目”; task-2: “无人运载工具试验服务平台”',
    },
  ],
  en: [
    // paraphrase (15)
    {
      q: 'cash help for launching startup hubs',
      accept: ['task-4', 'measure-3'],
      kind: 'paraphrase',
      why: 'task-4: “For technology business incubators and maker spaces built by industrial parks, leading enterprises in the industry, and universities and research institutes, grant corresponding construction subsidies”; measure-3: “Encourage enterprises, universities and research institutions to develop maker spaces”',
    },
    {
      q: 'borrowing against unpaid customer invoices',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “Provide financing services secured by pledges of accounts receivable”',
    },
    {
      q: 'retraining the labour force',
      accept: ['implementation-4'],
      kind: 'paraphrase',
      why: 'implementation-4: “carrying out AI skills training, so as to substantially upgrade the professional skills of the workforce”',
    },
    {
      q: 'self-driving car trials',
      accept: ['task-9', 'task-10', 'task-2'],
      kind: 'paraphrase',
      why: 'task-9: “application demonstration projects for major innovation results in areas such as … autonomous driving”; task-10: “5G-based driverless vehicle demonstrations”; task-2: “a testing service platform for unmanned vehicles”',
    },
    {
      q: 'seeing a doctor remotely over next-gen cellular',
      accept: ['task-10'],
      kind: 'paraphrase',
      why: 'task-10: “mobile telemedicine in a 5G network environment”',
    },
    {
      q: 'improving the climate for doing business',
      accept: ['implementation-intro', 'measures-intro'],
      kind: 'paraphrase',
      why: 'implementation-intro: “make vigorous efforts to create a friendlier business environment”; measures-intro: “explore major reforms and innovations in policies and regulations in areas such as … the business environment”',
    },
    {
      q: 'setting technical norms for unmanned aircraft',
      accept: ['measure-4'],
      kind: 'paraphrase',
      why: 'measure-4: “the research and formulation of AI industry standards in high-profile fields such as drones, intelligent robots and smart cars”',
    },
    {
      q: 'hosting tech conferences and trade fairs',
      accept: ['measure-5'],
      kind: 'paraphrase',
      why: 'measure-5: “Promote or organize influential AI innovation forums, product exhibitions and other major events”',
    },
    {
      q: 'letting foreign scientists launch ventures without relocating',
      accept: ['measure-2'],
      kind: 'paraphrase',
      why: 'measure-2: “combine “offshore” and “onshore” approaches, and build an offshore innovation and entrepreneurship “free port” for overseas talent”',
    },
    {
      q: 'one dashboard pooling traffic, schooling and population records to run the city',
      accept: ['task-11'],
      kind: 'paraphrase',
      why: 'task-11 (city brain): “Integrate public digital information on population, transport, education, construction and other areas … raise the level of intelligence of urban management and service systems”',
    },
    {
      q: 'shared research labs with campuses in town',
      accept: ['task-2'],
      kind: 'paraphrase',
      why: 'task-2: “Promote technological cooperation with universities and research institutes in Shenyang, establish joint laboratories”',
    },
    {
      q: 'revising goals midway when circumstances shift',
      accept: ['implementation-2'],
      kind: 'paraphrase',
      why: 'implementation-2: “In light of the latest progress in AI and new changes in economic and social needs, make timely and dynamic adjustments to the plan’s targets and task arrangements”',
    },
    {
      q: 'steering committee overseeing the municipal AI push',
      accept: ['implementation-1'],
      kind: 'paraphrase',
      why: 'implementation-1: “Further refine the working mechanism of the Shenyang New Generation Artificial Intelligence Leading Group. The Leading Group’s office shall be responsible for the overall coordination of AI development work across the city”',
    },
    {
      q: 'getting suppliers and manufacturers along the value chain to cooperate',
      accept: ['principle-2'],
      kind: 'paraphrase',
      why: 'principle-2: “promote coordination among the upstream, midstream and downstream segments of industrial chains and among large, medium-sized and small enterprises”',
    },
    {
      q: 'speech-to-text and automatic interpreting',
      accept: ['task-5', 'task-6', 'task-1'],
      kind: 'paraphrase',
      why: 'task-5: “core industries such as intelligent chips, intelligent speech and translation”; task-6: “the four core industries of intelligent chips, intelligent speech”; task-1: “natural language understanding”',
    },
    // natural (10)
    {
      q: "What is the core idea behind Shenyang's AI strategy?",
      accept: ['guiding-ideology'],
      kind: 'natural',
      why: 'guiding-ideology: “With “innovation-driven development + industrial development + application-led growth” as the core … build Shenyang into a strategic highland for AI development in China”',
    },
    {
      q: 'what does shenyang want to become through this AI plan',
      accept: ['preamble', 'guiding-ideology', 'targets'],
      kind: 'natural',
      why: 'preamble: “build the city into an innovation highland for the AI industry in China, a leading technology innovation centre for intelligent robots in China, a national pilot area for new-type smart city construction and a national special zone for AI policy innovation”; guiding-ideology: “a strategic highland for AI development in China”; targets: “Shenyang will join the ranks of China’s key cities”',
    },
    {
      q: 'which industries count as the four core ones?',
      accept: ['task-6', 'task-5'],
      kind: 'natural',
      why: 'task-6: “the four core industries of intelligent chips, intelligent speech, intelligent imaging and intelligent components”; task-5: “core industries such as intelligent chips, intelligent speech and translation, intelligent imaging, intelligent components and CNC machine tools”',
    },
    {
      q: 'What are the six AI-related industries the city wants to grow?',
      accept: ['task-7'],
      kind: 'natural',
      why: 'task-7: “the six related industries of intelligent robots, intelligent equipment, intelligent vehicles, intelligent medical and health services, intelligent logistics and smart home”',
    },
    {
      q: 'how will the city bring in AI experts from other countries',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “attracting … high-level talent and innovation teams from China and abroad”; measure-2: “an offshore innovation and entrepreneurship “free port” for overseas talent”',
    },
    {
      q: 'Is there a fund for AI start-ups in Shenyang?',
      accept: ['measure-1', 'task-4'],
      kind: 'natural',
      why: 'measure-1: “Use government fiscal funds to set up a special fund for AI development … support small and medium-sized AI enterprises (SMEs) and start-ups”; task-4: “grant corresponding construction subsidies on a merit basis” to incubators and maker spaces',
    },
    {
      q: 'when was the action plan issued and by which office',
      accept: ['notice'],
      kind: 'natural',
      why: 'notice: “General Office of the Shenyang Municipal People’s Government / 6 December 2018”',
    },
    {
      q: 'which longer-term plan is this three-year plan based on?',
      accept: ['preamble'],
      kind: 'natural',
      why: 'preamble: “formulated in accordance with the spirit of the Notice … on Issuing the Shenyang New Generation Artificial Intelligence Development Plan (2018–2030) (Shen Zheng Fa [2018] No. 19)”',
    },
    {
      q: 'How does the plan help small businesses with their problems?',
      accept: ['implementation-4', 'measure-1'],
      kind: 'natural',
      why: 'implementation-4: “Establish a service mechanism for small and medium-sized AI enterprises (SMEs) to help enterprises solve practical problems promptly”; measure-1: “Introduce innovation vouchers to help SMEs in the AI field”',
    },
    {
      q: 'will Shenyang work with foreign research institutes on AI',
      accept: ['principle-3', 'task-8'],
      kind: 'natural',
      why: 'principle-3: “actively engage in exchanges and interaction with experts, research institutions, industry organizations and other entities in China and abroad”; task-8: “attract a number of well-known AI enterprises and research institutions from China and abroad”',
    },
    // target-question (8)
    {
      q: "how much will Shenyang's core AI businesses earn by 2020",
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan”',
    },
    {
      q: 'turnover goal for industries linked to artificial intelligence',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “and that of related industries reaching 20 billion yuan”',
    },
    {
      q: 'how many AI clusters is the city aiming for',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “build about five distinctive AI industrial clusters and industrial innovation demonstration zones” (ledger: ai-clusters)',
    },
    {
      q: 'big data projects per year',
      accept: ['task-10', 'targets'],
      kind: 'target-question',
      why: 'task-10: “each year deploy no fewer than 100 projects in each of the fields of big data production and circulation, innovative applications, and terminal product manufacturing”',
    },
    {
      q: 'annual quota of device-manufacturing projects',
      accept: ['task-10', 'targets'],
      kind: 'target-question',
      why: 'task-10: “no fewer than 100 projects in each of the fields of … terminal product manufacturing”',
    },
    {
      q: "what year are the plan's goals due",
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “By 2020, Shenyang will join the ranks of China’s key cities in the development of new-generation artificial intelligence”',
    },
    {
      q: 'RMB size the AI sector should reach',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan and that of related industries reaching 20 billion yuan”',
    },
    {
      q: 'number of innovation demonstration zones planned',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “build about five distinctive AI industrial clusters and industrial innovation demonstration zones”',
    },
    // everyday (7)
    {
      q: 'smart traffic lights shenyang',
      accept: ['task-11'],
      kind: 'everyday',
      why: 'task-11: “Focus in particular on raising the level of intelligence in fields such as transport, health, and security and surveillance”',
    },
    {
      q: 'AI courses for jobseekers',
      accept: ['implementation-4'],
      kind: 'everyday',
      why: 'implementation-4: “Support higher education institutions, vocational schools, non-governmental training institutions … in carrying out AI skills training … meet the need for the high-skill, high-quality jobs”',
    },
    {
      q: 'package delivery robots',
      accept: ['task-7', 'task-9', 'task-8'],
      kind: 'everyday',
      why: 'task-7: “intelligent logistics”; task-9: “application demonstration projects … in areas such as … intelligent logistics”; task-8: “extend the industrial chains and innovation chains of … intelligent logistics”',
    },
    {
      q: 'smart home gadgets',
      accept: ['task-7'],
      kind: 'everyday',
      why: 'task-7: “the six related industries of … intelligent logistics and smart home”',
    },
    {
      q: 'drone rules',
      accept: ['measure-4'],
      kind: 'everyday',
      why: 'measure-4: “the research and formulation of AI industry standards in high-profile fields such as drones”',
    },
    {
      q: '5g shenyang',
      accept: ['task-10'],
      kind: 'everyday',
      why: 'task-10: “accelerate the construction of a 5G innovation demonstration network”',
    },
    {
      q: 'free trade zone AI policy',
      accept: ['measures-intro'],
      kind: 'everyday',
      why: 'measures-intro: “Fully implement all policies and measures, such as those for building the national independent innovation demonstration zone, the comprehensive innovation reform pilot zone and the pilot free trade zone”',
    },
    // misspelling (4)
    {
      q: 'Siasun robot industial park',
      accept: ['measure-2'],
      kind: 'misspelling',
      why: 'industial for industrial. measure-2: “in parks such as the Sino-German Industrial Park and the Siasun Robot Industrial Park”',
    },
    {
      q: 'innvation vouchers',
      accept: ['measure-1'],
      kind: 'misspelling',
      why: 'innvation for innovation. measure-1: “Introduce innovation vouchers”',
    },
    {
      q: 'intelectual property protection',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: 'intelectual for intellectual. measure-4: “Build a new system for the creation and protection of intellectual property”',
    },
    {
      q: 'city brian project',
      accept: ['task-11'],
      kind: 'misspelling',
      why: 'brian for brain. task-11: “Accelerate the building of the city brain”',
    },
    // by-number (3)
    {
      q: 'key task number 11',
      accept: ['task-11'],
      kind: 'by-number',
      why: 'task-11 is 重点任务 11 (“11.加快城市大脑建设”)',
    },
    {
      q: 'the fourth working measure',
      accept: ['measure-4'],
      kind: 'by-number',
      why: 'measure-4 is 工作措施 (四) (“(四)构建知识产权创造保护新体系”)',
    },
    {
      q: 'implementation item 3',
      accept: ['implementation-3'],
      kind: 'by-number',
      why: 'implementation-3 is 组织实施 (三) (“(三)开展行之有效的社会舆论引导”)',
    },
    // body (3)
    {
      q: 'HR bureau',
      accept: ['task-3', 'task-4', 'measure-2', 'measure-3'],
      kind: 'body',
      why: 'provisions.yaml brackets naming 人力资源社会保障局 (glossary alsoCalled “HR Bureau”): task-3 “市委组织部(市人才办),市发展改革委、人力资源社会保障局”, task-4 “市科技局、经济和信息化委、人力资源社会保障局”, measure-2 “市人力资源社会保障局、科技局、外经贸局”, measure-3 “市发展改革委、经济和信息化委、人力资源社会保障局、科技局”',
    },
    {
      q: 'SASAC',
      accept: ['measure-1'],
      kind: 'body',
      why: 'provisions.yaml: only measure-1 names 市国资委 (glossary alsoCalled “SASAC”): “市国资委、金融办”',
    },
    {
      q: 'Shenyang TV station',
      accept: ['measure-5', 'implementation-3'],
      kind: 'body',
      why: 'provisions.yaml brackets naming 沈阳广播电视台: measure-5 and implementation-3, both “沈阳广播电视台、沈阳日报社”',
    },
  ],
};
