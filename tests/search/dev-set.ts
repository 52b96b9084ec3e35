/**
 * Search development (TUNING) set for the Shenyang AI plan portal.
 *
 * Written on 2026-12-07 by an outside tester (a helper session) who had not read the search
 * engine, its data or its other evaluation sets. The tester read only the source text
 * (seeds/), the provisions in Chinese and English (content/plan/{zh,en}/*.mdx), the
 * responsibility brackets (content/provisions.yaml), the glossary (content/glossary.yaml), the
 * targets ledger (content/targets.yaml), the outline (content/structure.yaml) and the product
 * spec (SPEC.md, for the provision ids). The search was not run while the set was written, and
 * nothing here reflects what it returns.
 *
 * How: for every provision the tester wrote queries a resident, investor or journalist might
 * type, in other words than the text where the kind asks for it (paraphrase, everyday words,
 * questions about the plan's numbers, typos), then listed every provision a careful reader of
 * the text would accept as an answer, best first, and quoted the passage that makes it one.
 * `targets` is both the provision 行动目标 and the plan's numeric-targets ledger.
 *
 * This is a TUNING set: the search may be grown from its misses. Do not report its scores as
 * held-out results.
 */
export interface DevCase {
  q: string; // what the reader types
  accept: string[]; // provision ids a careful reader accepts as the answer, best first; any counts as a hit
  kind: 'paraphrase' | 'natural' | 'target-question' | 'everyday' | 'misspelling';
  why: string; // the passage (quote, with the provision id) that makes these the answer
}

export const DEV_SET: { zh: DevCase[]; en: DevCase[] } = {
  zh: [
    // ── natural ──────────────────────────────────────────────────────────────
    {
      q: '政府给AI创业公司补贴吗',
      accept: ['task-4', 'measure-1', 'measure-3'],
      kind: 'natural',
      why: 'task-4: “对产业园区、行业龙头企业、高校科研院所建设的科技企业孵化器、众创空间……择优给予相应建设经费补助”; measure-1: “政府财政资金出资设立人工智能发展专项基金……支持人工智能中小企业和初创企业”; measure-3: “鼓励企业或研究机构争取中央财政资金的支持”',
    },
    {
      q: '有没有人工智能人才引进政策',
      accept: ['task-3', 'measure-2'],
      kind: 'natural',
      why: 'task-3: “依照我市“人才新政”相关政策,大力支持人工智能高端人才”; measure-2: “创新高端人才引进政策与方式”',
    },
    {
      q: '这个计划哪个部门牵头负责',
      accept: ['implementation-1', 'implementation-2'],
      kind: 'natural',
      why: 'implementation-1: “领导小组办公室负责统筹协调全市人工智能发展工作,协调相关部门的具体推进工作”; implementation-2: “明确责任单位和进度安排”',
    },
    {
      q: '小微企业能申请贷款吗',
      accept: ['measure-1'],
      kind: 'natural',
      why: 'measure-1: “提供以应收账款为质押的融资服务,支持人工智能中小企业和初创企业与龙头企业共建创新链和产业链”',
    },
    {
      q: '沈阳会搞无人驾驶吗',
      accept: ['task-10', 'task-9', 'task-12', 'task-2', 'task-7', 'task-8'],
      kind: 'natural',
      why: 'task-10: “推动基于5G的无人驾驶示范”; task-9: “重点推进……自动驾驶……应用示范项目”; task-12: “打造无人运载工具产业”; task-2: “无人运载工具试验服务平台”; task-7/task-8: “智能运载工具”',
    },
    {
      q: '外地企业来沈阳投资人工智能有什么优惠',
      accept: ['measure-1', 'task-6'],
      kind: 'natural',
      why: 'measure-1: “针对引进企业,实施“一企一策””; task-6: “依托相关园区,“一企一策”引进国内外知名企业”',
    },
    {
      q: '申请专利有没有奖励',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: “激励骨干企业和研究机构申请、注册人工智能技术、应用领域专利及商标”',
    },
    {
      q: '想学人工智能技术去哪儿培训',
      accept: ['implementation-4'],
      kind: 'natural',
      why: 'implementation-4: “支持驻沈高等院校、职业学校和社会化培训机构等单位开展人工智能技能培训”',
    },
    {
      q: '沈阳5G网络建设有什么安排',
      accept: ['task-10'],
      kind: 'natural',
      why: 'task-10: “加快建设5G创新示范网,推动基于5G的无人驾驶示范、5G网络环境下的移动远程医疗、5G支撑的城市级别物联网等前沿应用”',
    },
    {
      q: '城市大脑是干什么用的',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11 (加快城市大脑建设): “整合人口、交通、教育、建设等公共数字信息……提升城市管理和服务体系智能化水平”',
    },
    {
      q: '大学老师把科研成果转化了有奖励吗',
      accept: ['measure-2', 'measure-1'],
      kind: 'natural',
      why: 'measure-2: “鼓励有能力的科研院所和高校人才转化人工智能技术成果,落实相应的奖励政策”; measure-1: 基金“用以支持本地企业或研究机构开展人工智能成果转移转化”',
    },
    {
      q: '海外人才怎么来沈阳创业',
      accept: ['measure-2', 'task-3'],
      kind: 'natural',
      why: 'measure-2: “在中德产业园、新松机器人产业园等园区建设海外人才离岸创新创业“自由港””; task-3: “引进……国内外高层次人才及创新团队”',
    },
    {
      q: '这个文件是什么时候发的',
      accept: ['notice'],
      kind: 'natural',
      why: 'notice: “沈阳市人民政府办公厅” “2018年12月6日” “(此件公开发布)”',
    },
    {
      q: '计划执行过程中目标会不会调整',
      accept: ['implementation-2'],
      kind: 'natural',
      why: 'implementation-2: “根据人工智能最新进展和经济社会需求新变化,对规划指标和任务部署进行及时、动态调整”',
    },
    {
      q: '搞众创空间能拿到建设补贴吗',
      accept: ['task-4', 'measure-3'],
      kind: 'natural',
      why: 'task-4: “对……科技企业孵化器、众创空间,根据孵化设施、孵化能力及孵化成效等情况,择优给予相应建设经费补助”; measure-3: “鼓励企业、大学和科研机构发展众创空间”',
    },
    {
      q: '人工智能对看病有什么帮助',
      accept: ['task-10', 'task-9', 'task-7', 'task-2', 'task-11', 'task-8', 'task-12'],
      kind: 'natural',
      why: 'task-10: “5G网络环境下的移动远程医疗”; task-9: “智能医疗……应用示范项目”; task-7: “智能医疗与健康服务”; task-2: “智能医疗开放协同创新平台”; task-11: “重点聚焦交通、卫生、安防等领域的智能化水平”; task-8, task-12: “智能医疗与健康”',
    },
    {
      q: '传统工厂要怎么转型升级',
      accept: ['guiding-ideology', 'targets', 'task-12', 'task-9'],
      kind: 'natural',
      why: 'guiding-ideology: “加快传统产业智能化升级”; targets: “传统产业智能化升级取得初步成效”; task-12: “依托装备制造优势,做大做强智能制造产业”; task-9: “智能车间……应用示范项目”',
    },
    {
      q: '能不能申请中央的钱',
      accept: ['measure-3'],
      kind: 'natural',
      why: 'measure-3: “鼓励企业或研究机构争取中央财政资金的支持,积极争取国家人工智能众创基地和人工智能技术创新基地落地沈阳”',
    },
    {
      q: '大数据局负责哪些事',
      accept: ['task-11', 'task-10', 'task-2'],
      kind: 'natural',
      why: 'provisions.yaml brackets: task-11 “市大数据局”; task-10 “市大数据局、经济和信息化委,信息中心”; task-2 “市科技局、经济和信息化委、大数据局,各区、县(市)政府”',
    },
    {
      q: '这个行动计划是根据哪个规划制定的',
      accept: ['preamble'],
      kind: 'natural',
      why: 'preamble: “根据《沈阳市人民政府关于印发沈阳市新一代人工智能发展规划(2018-2030年)的通知》(沈政发〔2018〕19号)精神,结合我市实际,制定本计划”',
    },
    // ── target-question ──────────────────────────────────────────────────────
    {
      q: '到2020年人工智能核心产业规模多大',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元”',
    },
    {
      q: '相关产业能做到多少亿',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “相关产业产值达到200亿元”',
    },
    {
      q: '要建几个产业集群',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区” (ledger: ai-clusters)',
    },
    {
      q: '每年上多少个大数据项目',
      accept: ['task-10', 'targets'],
      kind: 'target-question',
      why: 'task-10: “每年分别在大数据生产流通流域、创新应用领域、终端产品制造领域布局项目不少于100个” (ledger: big-data-projects)',
    },
    {
      q: '三年后沈阳人工智能发展到什么水平',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “到2020年,新一代人工智能发展水平跻身国内重点城市行列”',
    },
    {
      q: '国家级创新平台建几个',
      accept: ['targets', 'task-2'],
      kind: 'target-question',
      why: 'targets: “打造智能机器人、智能制造国家级创新平台”; task-2: “力争将以上平台打造成为国家级研发与应用平台”',
    },
    {
      q: '计划预期取得哪些成果',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心器件和基础软件取得标志性成果……传统产业智能化升级取得初步成效”',
    },
    {
      q: '人工智能产业总产值目标是多少',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元,相关产业产值达到200亿元”',
    },
    {
      q: '要培育多少家龙头企业',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “培养和发展一批人工智能龙头骨干企业和研究机构”',
    },
    {
      q: '行动计划到哪一年结束',
      accept: ['targets', 'notice'],
      kind: 'target-question',
      why: 'targets: “到2020年,新一代人工智能发展水平跻身国内重点城市行列” (ledger: deadline); notice: “三年行动计划(2018-2020年)”',
    },
    {
      q: '30亿是指什么',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “人工智能核心产业产值达到30亿元”',
    },
    {
      q: '示范区打造几个',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “打造5个左右特色人工智能产业集群和产业创新示范区”',
    },
    {
      q: '智慧城市建设要达到什么效果',
      accept: ['targets', 'task-11'],
      kind: 'target-question',
      why: 'targets: “城市智能化水平加速提升,新型智慧城市建设取得重要进展”; task-11: “将我市打造成为以人为本、数据驱动、精准治理、惠及全民的新型智慧城市标杆”',
    },
    {
      q: '计划里有哪些具体数字指标',
      accept: ['targets', 'task-8', 'task-10'],
      kind: 'target-question',
      why: 'targets: “30亿元”“200亿元”; task-8: “5个左右”; task-10: “不少于100个” (the ledger content/targets.yaml)',
    },
    {
      q: '机器人领域到2020年要有什么突破',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “智能机器人等细分领域取得重要突破……打造智能机器人、智能制造国家级创新平台”',
    },
    // ── paraphrase ───────────────────────────────────────────────────────────
    {
      q: '财政出资搞产业引导基金',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “政府财政资金出资设立人工智能发展专项基金,鼓励龙头骨干企业、产业创新联盟牵头成立市场化的人工智能发展基金”',
    },
    {
      q: '把沈阳建成全国AI战略要地的总体思路',
      accept: ['guiding-ideology', 'preamble'],
      kind: 'paraphrase',
      why: 'guiding-ideology: “将我市打造成为国内人工智能发展的战略高地”; preamble: “将我市打造成为国内人工智能产业创新高地”',
    },
    {
      q: '成立专门班子统一调度 各单位按期报告',
      accept: ['implementation-1', 'implementation-2'],
      kind: 'paraphrase',
      why: 'implementation-1: “进一步细化沈阳市新一代人工智能领导小组工作机制……并定期以报告形式向领导小组进行汇报”; implementation-2: “定期组织召开工作协调会议”',
    },
    {
      q: '大小公司抱团 上下游配套',
      accept: ['principle-2', 'measure-1'],
      kind: 'paraphrase',
      why: 'principle-2: “促进产业链上中下游协同、大中小企业协同”; measure-1: “支持人工智能中小企业和初创企业与龙头企业共建创新链和产业链”',
    },
    {
      q: '跟海外专家和机构多交流 打破地区壁垒',
      accept: ['principle-3'],
      kind: 'paraphrase',
      why: 'principle-3: “打破地域和思维边界,积极与国内外专家、科研机构、产业组织等单位进行交流互动”',
    },
    {
      q: '集中力量抓重点 抢占先机',
      accept: ['principle-4'],
      kind: 'paraphrase',
      why: 'principle-4: “聚焦重点方向,以点带面……集中人力、物力和财力合作攻关,力争在优势领域上取得先发优势”',
    },
    {
      q: '鼓励原创技术和新的盈利模式',
      accept: ['principle-1'],
      kind: 'paraphrase',
      why: 'principle-1: “提升人工智能原创能力和集成应用能力,推进人工智能的商业模式创新和管理创新”',
    },
    {
      q: '参与起草行业规范 和外国规范互相承认',
      accept: ['measure-4'],
      kind: 'paraphrase',
      why: 'measure-4: “牵头组织或积极参与人工智能行业标准的研究制定,推动与主要国家之间的标准互认”',
    },
    {
      q: '把户籍交通学校的数据打通 让城市管理更聪明',
      accept: ['task-11'],
      kind: 'paraphrase',
      why: 'task-11: “整合人口、交通、教育、建设等公共数字信息,推进大数据的开发利用,提升城市管理和服务体系智能化水平”',
    },
    {
      q: '借助自贸区自创区政策搞改革',
      accept: ['measures-intro'],
      kind: 'paraphrase',
      why: 'measures-intro: “全面落实建设国家自主创新示范区、建设全面创新改革试验区、建设自由贸易试验区等各项政策措施……探索政策法规的重大改革与创新”',
    },
    // ── everyday ─────────────────────────────────────────────────────────────
    {
      q: '无人车',
      accept: ['task-12', 'task-2', 'task-10', 'task-9', 'task-7', 'task-8'],
      kind: 'everyday',
      why: 'task-12: “打造无人运载工具产业”; task-2: “无人运载工具试验服务平台”; task-10: “基于5G的无人驾驶示范”; task-9: “自动驾驶”; task-7/task-8: “智能运载工具”',
    },
    {
      q: '扫地机器人 智能音箱',
      accept: ['task-7', 'task-5', 'task-6'],
      kind: 'everyday',
      why: 'task-7: “智能家居等六大相关产业”; task-5: “智能语音及翻译”; task-6: “智能语音”',
    },
    {
      q: '刷脸 摄像头',
      accept: ['task-11', 'task-5', 'task-6'],
      kind: 'everyday',
      why: 'task-11: “重点聚焦交通、卫生、安防等领域的智能化水平”; task-5: “智能图像”; task-6: “智能图像”',
    },
    {
      q: '快递配送机器人',
      accept: ['task-7', 'task-8', 'task-9'],
      kind: 'everyday',
      why: 'task-7: “智能机器人……智能物流……重点支持一批产业化项目”; task-8: “延伸智能机器人……智能物流……等产业链和创新链”; task-9: “智能物流等重大创新成果应用示范项目”',
    },
    {
      q: '创业园',
      accept: ['task-4', 'measure-3', 'task-12', 'task-8'],
      kind: 'everyday',
      why: 'task-4: “产业园区……建设的科技企业孵化器、众创空间”; measure-3: “建设人工智能特色园区和创新社区”; task-12: “特色产业园区建设”; task-8: “依托我市现有产业园区”',
    },
    // ── misspelling ──────────────────────────────────────────────────────────
    {
      q: '人工只能产业产值',
      accept: ['targets'],
      kind: 'misspelling',
      why: '人工只能 = 人工智能. targets: “人工智能核心产业产值达到30亿元,相关产业产值达到200亿元”',
    },
    {
      q: '机气人产业园',
      accept: ['measure-2', 'task-8', 'task-12'],
      kind: 'misspelling',
      why: '机气人 = 机器人. measure-2: “在中德产业园、新松机器人产业园等园区建设海外人才离岸创新创业“自由港””; task-8: “依托我市现有产业园区……延伸智能机器人……等产业链”; task-12: “做大做强智能机器人、智能医疗等相关优势产业”',
    },
    {
      q: '中创空间',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'misspelling',
      why: '中创空间 = 众创空间. task-4: “建立人工智能专业化众创空间”; measure-3: “鼓励企业、大学和科研机构发展众创空间”; task-12: “建设……细分领域专业化众创空间”',
    },
    {
      q: '联和实验室',
      accept: ['task-2'],
      kind: 'misspelling',
      why: '联和 = 联合. task-2: “推进与驻沈高校、科研院所的技术合作,成立联合实验室”',
    },
    {
      q: '知识产权保户',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: '保户 = 保护. measure-4: “注重人工智能重点技术研究和应用过程中的知识产权保护”',
    },
    {
      q: '城市大恼',
      accept: ['task-11'],
      kind: 'misspelling',
      why: '大恼 = 大脑. task-11 (加快城市大脑建设)',
    },
    {
      q: '智能心片',
      accept: ['task-5', 'task-6', 'task-1', 'task-12', 'task-3'],
      kind: 'misspelling',
      why: '心片 = 芯片. task-5: “围绕智能芯片……等核心产业”; task-6: “智能芯片……等四大核心产业”; task-1: “智能芯片与智能硬件”; task-12: “培育智能芯片等核心产业”; task-3: “智能芯片……等领域国内外高层次人才”',
    },
    {
      q: '创新卷',
      accept: ['measure-1'],
      kind: 'misspelling',
      why: '创新卷 = 创新券. measure-1: “设立创新券,支持人工智能领域中小企业更好地利用高等院校和科研院所的研发服务”',
    },
    {
      q: '新代人工智能领导小组',
      accept: ['implementation-1'],
      kind: 'misspelling',
      why: '新代 = 新一代 (missing character). implementation-1: “进一步细化沈阳市新一代人工智能领导小组工作机制”',
    },
    {
      q: '人机混和增强智能',
      accept: ['task-1'],
      kind: 'misspelling',
      why: '混和 = 混合. task-1: “在大数据+知识驱动认知技术、新一代机器学习、推理与决策、人机混合增强智能、自主智能……部署一批项目”',
    },
  ],
  en: [
    // ── paraphrase ───────────────────────────────────────────────────────────
    {
      q: 'memo forwarding the scheme to local governments for execution',
      accept: ['notice'],
      kind: 'paraphrase',
      why: 'notice: “To the people’s governments of all districts, counties and county-level cities … is hereby issued to you. Please implement it conscientiously in light of your actual circumstances.”',
    },
    {
      q: 'what earlier long-range blueprint is this scheme derived from',
      accept: ['preamble'],
      kind: 'paraphrase',
      why: 'preamble: “this Action Plan is formulated in accordance with the spirit of the Notice … on Issuing the Shenyang New Generation Artificial Intelligence Development Plan (2018–2030)”',
    },
    {
      q: 'make Shenyang a nationwide stronghold for machine smarts via breakthroughs, business and real-world uses',
      accept: ['guiding-ideology', 'preamble'],
      kind: 'paraphrase',
      why: 'guiding-ideology: “With “innovation-driven development + industrial development + application-led growth” as the core … build Shenyang into a strategic highland for AI development in China”; preamble: “an innovation highland for the AI industry in China”',
    },
    {
      q: 'home-grown inventions and fresh revenue models as the engine of machine intelligence',
      accept: ['principle-1'],
      kind: 'paraphrase',
      why: 'principle-1: “raise original innovation capacity and integrated application capacity in AI; advance business model innovation and management innovation in AI”',
    },
    {
      q: 'suppliers and buyers along the value chain cooperating, big corporations teaming up with small firms',
      accept: ['principle-2', 'measure-1'],
      kind: 'paraphrase',
      why: 'principle-2: “promote coordination among the upstream, midstream and downstream segments of industrial chains and among large, medium-sized and small enterprises”; measure-1: “support small and medium-sized AI enterprises (SMEs) and start-ups in building innovation chains and industrial chains jointly with leading enterprises”',
    },
    {
      q: 'tear down regional silos and swap know-how with specialists abroad',
      accept: ['principle-3'],
      kind: 'paraphrase',
      why: 'principle-3: “break down geographical boundaries and boundaries of thinking; actively engage in exchanges and interaction with experts, research institutions, industry organizations and other entities in China and abroad”',
    },
    {
      q: 'pick a handful of priorities, go all in, and grab an early lead where the city is already good',
      accept: ['principle-4'],
      kind: 'paraphrase',
      why: 'principle-4: “Focus on key directions, and drive AI development across the board through progress at key points … pool human, material and financial resources … strive to gain first-mover advantages in fields of strength”',
    },
    {
      q: 'be counted among the leading Chinese metros for smart tech by decade end',
      accept: ['targets'],
      kind: 'paraphrase',
      why: 'targets: “By 2020, Shenyang will join the ranks of China’s key cities in the development of new-generation artificial intelligence.”',
    },
    {
      q: 'blue-sky research on learning algorithms, machine judgment and trustworthy self-governing systems',
      accept: ['task-1'],
      kind: 'paraphrase',
      why: 'task-1: “Deploy a number of projects in key frontier directions … such as … new-generation machine learning, reasoning and decision-making, human–machine hybrid augmented intelligence, autonomous intelligence, and the theory of AI safety and security assurance”',
    },
    {
      q: 'language comprehension and multisensor fusion R&D',
      accept: ['task-1'],
      kind: 'paraphrase',
      why: 'task-1: “deploy a number of projects on key generic technologies such as cross-modal and collaborative perception, natural language understanding”',
    },
    {
      q: 'new-style research outfits and co-run labs with local colleges',
      accept: ['task-2'],
      kind: 'paraphrase',
      why: 'task-2 (Establish a number of new-type R&D institutions): “Promote technological cooperation with universities and research institutes in Shenyang, establish joint laboratories”',
    },
    {
      q: 'dual-use defence and civilian research support',
      accept: ['task-2'],
      kind: 'paraphrase',
      why: 'task-2: “a military-civil fusion (MCF) R&D support platform”',
    },
    {
      q: 'headhunting top specialists and whole teams from home and overseas',
      accept: ['task-3', 'measure-2'],
      kind: 'paraphrase',
      why: 'task-3: “Support employers in attracting … high-level talent and innovation teams from China and abroad”; measure-2: “Develop new policies and methods for attracting high-end talent”',
    },
    {
      q: 'cash for startup incubators depending on how many companies they hatch',
      accept: ['task-4'],
      kind: 'paraphrase',
      why: 'task-4: “For technology business incubators and maker spaces … grant corresponding construction subsidies on a merit basis according to their incubation facilities, incubation capacity, incubation performance and other factors”',
    },
    {
      q: 'a citywide AI trade consortium to combine strengths',
      accept: ['task-4', 'measure-5'],
      kind: 'paraphrase',
      why: 'task-4: “explore the establishment of a new-generation artificial intelligence industrial technology innovation alliance for Shenyang, so as to pool competitive resources”; measure-5: “take the lead in setting up industry alliances or associations for AI sub-fields”',
    },
    {
      q: 'focused R&D on speech-to-text translation, computer vision and numerically controlled lathes',
      accept: ['task-5', 'task-6'],
      kind: 'paraphrase',
      why: 'task-5: “Focusing on core industries such as intelligent chips, intelligent speech and translation, intelligent imaging, intelligent components and CNC machine tools … deploy a number of key R&D projects”; task-6: “intelligent speech, intelligent imaging”',
    },
    {
      q: 'luring big-name chipmakers and computer-vision firms with tailor-made deals',
      accept: ['task-6', 'measure-1'],
      kind: 'paraphrase',
      why: 'task-6: “Focusing on the four core industries of intelligent chips, intelligent speech, intelligent imaging and intelligent components … attract well-known enterprises from China and abroad on a “one policy per enterprise” basis”; measure-1: “For incoming enterprises, apply a “one policy per enterprise” approach.”',
    },
    {
      q: 'bringing home automation and warehouse automation products to market',
      accept: ['task-7', 'task-8', 'task-9'],
      kind: 'paraphrase',
      why: 'task-7: “Focusing on the six related industries of … intelligent logistics and smart home, give priority support to a number of industrialization projects”; task-8 and task-9 also name “intelligent logistics”',
    },
    {
      q: 'common facilities for tenant firms and longer value chains in existing tech estates',
      accept: ['task-8', 'task-6'],
      kind: 'paraphrase',
      why: 'task-8: “Relying on Shenyang’s existing industrial parks … accelerate the construction of public service platforms, extend the industrial chains and innovation chains”; task-6: “relying on the relevant parks … extend industrial chains”',
    },
    {
      q: 'pilot rollouts of self-driving and smart factory floors',
      accept: ['task-9', 'task-10'],
      kind: 'paraphrase',
      why: 'task-9: “give priority to advancing application demonstration projects for major innovation results in areas such as … intelligent workshops, autonomous driving”; task-10: “5G-based driverless vehicle demonstrations”',
    },
    {
      q: 'next-gen mobile network trials and remote doctor consultations',
      accept: ['task-10'],
      kind: 'paraphrase',
      why: 'task-10: “accelerate the construction of a 5G innovation demonstration network; and promote frontier applications such as … mobile telemedicine in a 5G network environment”',
    },
    {
      q: 'sensor mesh and pinpoint satellite positioning grid',
      accept: ['task-10'],
      kind: 'paraphrase',
      why: 'task-10: “Build an intelligent-sensing Internet of Things; build a high-precision navigation and positioning network for spatially collaborative AI”',
    },
    {
      q: 'merging census, traffic and schooling records into one urban dashboard',
      accept: ['task-11'],
      kind: 'paraphrase',
      why: 'task-11 (Accelerate the building of the city brain): “Integrate public digital information on population, transport, education, construction and other areas”',
    },
    {
      q: 'deciding which districts host which AI sectors',
      accept: ['task-12'],
      kind: 'paraphrase',
      why: 'task-12: “In line with the strategic positioning and industrial development needs of each area, plan the location of core AI industries and competitive related industries”',
    },
    {
      q: 'driverless transport sector grown out of the electronics factory base',
      accept: ['task-12'],
      kind: 'paraphrase',
      why: 'task-12: “Building on the foundation of the electronic information manufacturing industry, develop an unmanned vehicle industry.”',
    },
    {
      q: 'reform trials riding on the FTZ and home-grown tech zone rules',
      accept: ['measures-intro'],
      kind: 'paraphrase',
      why: 'measures-intro: “Fully implement all policies and measures, such as those for building the national independent innovation demonstration zone, the comprehensive innovation reform pilot zone and the pilot free trade zone … explore major reforms and innovations in policies and regulations”',
    },
    {
      q: 'receivables-backed loans for small AI firms',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “Provide financing services secured by pledges of accounts receivable, and support small and medium-sized AI enterprises (SMEs) and start-ups”',
    },
    {
      q: 'coupons small companies can spend on university lab work',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “Introduce innovation vouchers to help SMEs in the AI field make better use of the R&D services of higher education institutions and research institutes.”',
    },
    {
      q: 'government-seeded venture money for AI',
      accept: ['measure-1'],
      kind: 'paraphrase',
      why: 'measure-1: “Use government fiscal funds to set up a special fund for AI development, and encourage … market-based AI development funds”',
    },
    {
      q: 'let foreign experts work from abroad while plugged into Shenyang parks',
      accept: ['measure-2'],
      kind: 'paraphrase',
      why: 'measure-2: “combine “offshore” and “onshore” approaches, and build an offshore innovation and entrepreneurship “free port” for overseas talent in parks such as the Sino-German Industrial Park and the Siasun Robot Industrial Park”',
    },
    {
      q: 'bonuses for professors who turn their inventions into products',
      accept: ['measure-2', 'measure-1'],
      kind: 'paraphrase',
      why: 'measure-2: “Encourage capable talent at research institutes and universities to commercialize AI technological results, and implement the corresponding reward policies.”; measure-1: funds “to support local enterprises or research institutions in work such as the transfer and commercialization of AI results”',
    },
    {
      q: 'co-working hubs for founders and bids for Beijing seed money',
      accept: ['measure-3', 'task-4'],
      kind: 'paraphrase',
      why: 'measure-3: “Encourage enterprises, universities and research institutions to develop maker spaces … Encourage enterprises or research institutions to seek support from central government funds”; task-4: “establish specialized AI maker spaces”',
    },
    {
      q: 'rewards for filing exclusive rights on inventions and brand marks',
      accept: ['measure-4'],
      kind: 'paraphrase',
      why: 'measure-4: “Provide incentives for backbone enterprises and research institutions to apply for and register patents and trademarks in AI technologies and application fields”',
    },
    {
      q: 'writing technical specs for UAVs and robocars that other countries also accept',
      accept: ['measure-4'],
      kind: 'paraphrase',
      why: 'measure-4: “participate actively in, the research and formulation of AI industry standards in high-profile fields such as drones, intelligent robots and smart cars; promote the mutual recognition of standards with major countries”',
    },
    {
      q: 'AI expos, summits and trade fairs to market the city',
      accept: ['measure-5', 'implementation-3'],
      kind: 'paraphrase',
      why: 'measure-5: “Promote or organize influential AI innovation forums, product exhibitions and other major events … build an “AI” city brand for Shenyang”; implementation-3: “actively promote Shenyang’s AI equipment products, technologies, standards and industrial strengths”',
    },
    {
      q: 'cut red tape for companies and put resources where they matter most',
      accept: ['implementation-intro', 'measures-intro'],
      kind: 'paraphrase',
      why: 'implementation-intro: “optimize the allocation of resources, make vigorous efforts to create a friendlier business environment”; measures-intro: reform “in areas such as … the business environment”',
    },
    {
      q: 'steering committee and its secretariat overseeing the rollout',
      accept: ['implementation-1'],
      kind: 'paraphrase',
      why: 'implementation-1: “Further refine the working mechanism of the Shenyang New Generation Artificial Intelligence Leading Group. The Leading Group’s office shall be responsible for the overall coordination of AI development work across the city”',
    },
    {
      q: 'yearly work schedules, milestones and mid-course corrections to goals',
      accept: ['implementation-2'],
      kind: 'paraphrase',
      why: 'implementation-2: “clarify the responsible units and timetables, and formulate annual and phase-specific implementation plans … make timely and dynamic adjustments to the plan’s targets and task arrangements”',
    },
    {
      q: 'press and social media campaign about Shenyang AI achievements',
      accept: ['implementation-3', 'measure-5'],
      kind: 'paraphrase',
      why: 'implementation-3: “Give full play to the role of traditional media and emerging internet media … promptly and accurately report on and publicize Shenyang’s new policies, new progress and new results in AI development”; measure-5: “Step up publicity for leading enterprises”',
    },
    {
      q: 'reskilling courses so workers can land AI jobs',
      accept: ['implementation-4'],
      kind: 'paraphrase',
      why: 'implementation-4: “Support higher education institutions, vocational schools, non-governmental training institutions … in carrying out AI skills training … meet the need for the high-skill, high-quality jobs brought about by AI development”',
    },
    // ── natural ──────────────────────────────────────────────────────────────
    {
      q: 'can my startup get city money to build an AI product',
      accept: ['measure-1', 'task-4', 'measure-3'],
      kind: 'natural',
      why: 'measure-1: “Use government fiscal funds to set up a special fund for AI development … support small and medium-sized AI enterprises (SMEs) and start-ups”; task-4: “grant corresponding construction subsidies”; measure-3: “seek support from central government funds”',
    },
    {
      q: 'will the government pay for my staff to learn AI skills',
      accept: ['implementation-4'],
      kind: 'natural',
      why: 'implementation-4: “Support higher education institutions, vocational schools, non-governmental training institutions and other entities in Shenyang in carrying out AI skills training”',
    },
    {
      q: 'who is in charge of running the AI plan in Shenyang',
      accept: ['implementation-1', 'implementation-2'],
      kind: 'natural',
      why: 'implementation-1: “The Leading Group’s office shall be responsible for the overall coordination of AI development work across the city”; implementation-2: “clarify the responsible units and timetables”',
    },
    {
      q: 'I run an incubator, is there a subsidy',
      accept: ['task-4'],
      kind: 'natural',
      why: 'task-4: “For technology business incubators and maker spaces … grant corresponding construction subsidies on a merit basis”',
    },
    {
      q: 'are there incentives for a foreign company opening an AI office in Shenyang',
      accept: ['measure-1', 'task-6'],
      kind: 'natural',
      why: 'measure-1: “For incoming enterprises, apply a “one policy per enterprise” approach.”; task-6: “attract well-known enterprises from China and abroad on a “one policy per enterprise” basis”',
    },
    {
      q: 'does the plan say anything about self-driving cars',
      accept: ['task-9', 'task-10', 'task-12', 'task-2', 'task-7', 'task-8', 'measure-4'],
      kind: 'natural',
      why: 'task-9: “autonomous driving”; task-10: “5G-based driverless vehicle demonstrations”; task-12: “develop an unmanned vehicle industry”; task-2: “a testing service platform for unmanned vehicles”; task-7/task-8: “intelligent vehicles”; measure-4: standards for “smart cars”',
    },
    {
      q: 'how will AI change hospitals and healthcare here',
      accept: ['task-7', 'task-9', 'task-2', 'task-10', 'task-11', 'task-8', 'task-12'],
      kind: 'natural',
      why: 'task-7: “intelligent medical and health services”; task-9: “intelligent healthcare” demonstrations; task-2: “an open collaborative innovation platform for intelligent healthcare”; task-10: “mobile telemedicine”; task-11: “raising the level of intelligence in fields such as transport, health”; task-8, task-12 also name intelligent medical care',
    },
    {
      q: 'what does this mean for old-school manufacturers',
      accept: ['guiding-ideology', 'targets', 'task-12', 'task-9'],
      kind: 'natural',
      why: 'guiding-ideology: “accelerate the intelligent upgrading of traditional industries”; targets: “The intelligent upgrading of traditional industries will achieve initial results”; task-12: “Relying on strengths in equipment manufacturing, grow and strengthen the intelligent manufacturing industry”; task-9: “intelligent workshops”',
    },
    {
      q: 'I am an AI researcher living overseas, what help is there to come to Shenyang',
      accept: ['measure-2', 'task-3'],
      kind: 'natural',
      why: 'measure-2: “build an offshore innovation and entrepreneurship “free port” for overseas talent”; task-3: “attracting … high-level talent and innovation teams from China and abroad”',
    },
    {
      q: 'when was the plan published and who issued it',
      accept: ['notice'],
      kind: 'natural',
      why: 'notice: “General Office of the Shenyang Municipal People’s Government” “6 December 2018”',
    },
    {
      q: 'where can a small AI business get help solving problems',
      accept: ['implementation-4', 'measure-1'],
      kind: 'natural',
      why: 'implementation-4: “Establish a service mechanism for small and medium-sized AI enterprises (SMEs) to help enterprises solve practical problems promptly.”; measure-1: financing services and innovation vouchers for SMEs',
    },
    {
      q: 'will the city help me protect my AI patents',
      accept: ['measure-4'],
      kind: 'natural',
      why: 'measure-4: “emphasize intellectual property protection in the research and application of key AI technologies”',
    },
    {
      q: 'is the city using AI to fix traffic jams',
      accept: ['task-11'],
      kind: 'natural',
      why: 'task-11: “Focus in particular on raising the level of intelligence in fields such as transport, health, and security and surveillance.”',
    },
    {
      q: 'is shenyang getting 5G',
      accept: ['task-10'],
      kind: 'natural',
      why: 'task-10: “accelerate the construction of a 5G innovation demonstration network”',
    },
    {
      q: 'what AI conferences will Shenyang host',
      accept: ['measure-5'],
      kind: 'natural',
      why: 'measure-5: “Promote or organize influential AI innovation forums, product exhibitions and other major events”',
    },
    {
      q: 'which industrial parks are part of the plan',
      accept: ['measure-2', 'task-12', 'task-8', 'measure-3', 'task-6'],
      kind: 'natural',
      why: 'measure-2: “parks such as the Sino-German Industrial Park and the Siasun Robot Industrial Park”; task-12: “Build distinctive industrial parks”; task-8: “Relying on Shenyang’s existing industrial parks”; measure-3: “build distinctive AI parks”; task-6: “relying on the relevant parks”',
    },
    {
      q: 'can universities get rewarded for commercializing AI research',
      accept: ['measure-2', 'measure-1'],
      kind: 'natural',
      why: 'measure-2: “Encourage capable talent at research institutes and universities to commercialize AI technological results, and implement the corresponding reward policies.”; measure-1: funds for “the transfer and commercialization of AI results”',
    },
    {
      q: 'what is the HR bureau responsible for in the AI plan',
      accept: ['measure-2', 'task-3', 'task-4', 'measure-3'],
      kind: 'natural',
      why: 'provisions.yaml brackets naming 人力资源社会保障局 (Municipal Human Resources and Social Security Bureau): measure-2 “市人力资源社会保障局、科技局、外经贸局” (lead); task-3 “市委组织部(市人才办),市发展改革委、人力资源社会保障局”; task-4 “市科技局、经济和信息化委、人力资源社会保障局”; measure-3',
    },
    {
      q: 'which agency looks after the AI investment funds',
      accept: ['measure-1'],
      kind: 'natural',
      why: 'measure-1 (fiscal, tax and financial policies: the special fund and market-based AI development funds), bracket “市国资委、金融办” (State-owned Assets Commission, Financial Affairs Office)',
    },
    {
      q: 'is this connected to the 2030 AI plan',
      accept: ['preamble'],
      kind: 'natural',
      why: 'preamble: “formulated in accordance with the spirit of the Notice … on Issuing the Shenyang New Generation Artificial Intelligence Development Plan (2018–2030)” “(Shen Zheng Fa [2018] No. 19, 沈政发〔2018〕19号)”',
    },
    // ── target-question ──────────────────────────────────────────────────────
    {
      q: 'how big will the core AI sector be by 2020',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan” (ledger: core-industry-output)',
    },
    {
      q: 'expected revenue from AI-related industries',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “that of related industries reaching 20 billion yuan” (ledger: related-industry-output)',
    },
    {
      q: 'how many AI clusters will Shenyang build',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “build about five distinctive AI industrial clusters and industrial innovation demonstration zones” (ledger: ai-clusters)',
    },
    {
      q: 'how many data initiatives get launched each year',
      accept: ['task-10', 'targets'],
      kind: 'target-question',
      why: 'task-10: “each year deploy no fewer than 100 projects in each of the fields of big data production and circulation, innovative applications, and terminal product manufacturing” (ledger: big-data-projects)',
    },
    {
      q: 'by when is Shenyang supposed to be a top AI city',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “By 2020, Shenyang will join the ranks of China’s key cities in the development of new-generation artificial intelligence.” (ledger: deadline)',
    },
    {
      q: 'what results does the plan expect at the end of the three years',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “landmark results will be achieved in core AI components and basic software … The intelligent upgrading of traditional industries will achieve initial results”',
    },
    {
      q: 'what size of AI economy is the city aiming for in RMB',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan and that of related industries reaching 20 billion yuan”',
    },
    {
      q: 'how many national innovation platforms will there be',
      accept: ['targets', 'task-2'],
      kind: 'target-question',
      why: 'targets: “National-level innovation platforms for intelligent robots and intelligent manufacturing will be built.”; task-2: “strive to build these platforms into national-level R&D and application platforms”',
    },
    {
      q: 'what is the end date of the action plan',
      accept: ['targets', 'notice'],
      kind: 'target-question',
      why: 'targets: “By 2020 …” (ledger: deadline); notice: “Three-Year Action Plan (2018–2020)”',
    },
    {
      q: 'what figures does the plan commit to',
      accept: ['targets', 'task-8', 'task-10'],
      kind: 'target-question',
      why: 'the ledger (content/targets.yaml): targets “3 billion yuan”, “20 billion yuan”; task-8 “about five”; task-10 “no fewer than 100 projects”',
    },
    {
      q: 'how many demonstration zones are planned',
      accept: ['task-8', 'targets'],
      kind: 'target-question',
      why: 'task-8: “build about five distinctive AI industrial clusters and industrial innovation demonstration zones”',
    },
    {
      q: 'projected turnover for robotics and smart devices by 2020',
      accept: ['targets', 'task-7'],
      kind: 'target-question',
      why: 'targets: “output value of the core AI industries reaching 3 billion yuan and that of related industries reaching 20 billion yuan”; task-7 lists the six related industries (“intelligent robots, intelligent equipment …”)',
    },
    {
      q: 'how many leading AI companies will be nurtured',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “a number of leading and backbone enterprises and research institutions in AI will be cultivated and developed”',
    },
    {
      q: 'what is the 20 billion yuan figure',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “that of related industries reaching 20 billion yuan”',
    },
    {
      q: 'what breakthroughs are expected in robotics by 2020',
      accept: ['targets'],
      kind: 'target-question',
      why: 'targets: “important breakthroughs will be made in sub-fields such as intelligent robots … National-level innovation platforms for intelligent robots and intelligent manufacturing will be built.”',
    },
    // ── everyday ─────────────────────────────────────────────────────────────
    {
      q: 'startup hubs',
      accept: ['task-4', 'measure-3', 'task-12'],
      kind: 'everyday',
      why: 'task-4: “technology business incubators and maker spaces”; measure-3: “develop maker spaces”; task-12: “build specialized maker spaces”',
    },
    {
      q: 'robot cars',
      accept: ['task-9', 'task-10', 'task-12', 'task-2', 'task-7', 'task-8', 'measure-4'],
      kind: 'everyday',
      why: 'task-9: “autonomous driving”; task-10: “driverless vehicle demonstrations”; task-12: “unmanned vehicle industry”; task-2: “testing service platform for unmanned vehicles”; task-7/task-8: “intelligent vehicles”; measure-4: “smart cars”',
    },
    {
      q: 'computer chips',
      accept: ['task-5', 'task-6', 'task-1', 'task-12', 'task-3'],
      kind: 'everyday',
      why: 'task-5 and task-6: “intelligent chips” as a core industry; task-1: “intelligent chips and intelligent hardware”; task-12: “cultivate core industries such as intelligent chips”; task-3: talent in “intelligent chips”',
    },
    {
      q: 'smart traffic lights and CCTV',
      accept: ['task-11'],
      kind: 'everyday',
      why: 'task-11: “raising the level of intelligence in fields such as transport, health, and security and surveillance”',
    },
    {
      q: 'video doctor visits',
      accept: ['task-10'],
      kind: 'everyday',
      why: 'task-10: “mobile telemedicine in a 5G network environment”',
    },
    {
      q: 'startup grants',
      accept: ['task-4', 'measure-1'],
      kind: 'everyday',
      why: 'task-4: “grant corresponding construction subsidies on a merit basis”; measure-1: “a special fund for AI development … support … start-ups”',
    },
    {
      q: 'job training',
      accept: ['implementation-4'],
      kind: 'everyday',
      why: 'implementation-4: “carrying out AI skills training, so as to substantially upgrade the professional skills of the workforce”',
    },
    {
      q: 'tech parks',
      accept: ['task-12', 'task-8', 'measure-3', 'measure-2', 'task-6'],
      kind: 'everyday',
      why: 'task-12: “Build distinctive industrial parks”; task-8: “existing industrial parks”; measure-3: “distinctive AI parks”; measure-2: “Sino-German Industrial Park and the Siasun Robot Industrial Park”; task-6: “relying on the relevant parks”',
    },
    {
      q: 'voice assistants',
      accept: ['task-5', 'task-6'],
      kind: 'everyday',
      why: 'task-5: “intelligent speech and translation”; task-6: “intelligent speech”',
    },
    {
      q: 'gadgets for the house',
      accept: ['task-7'],
      kind: 'everyday',
      why: 'task-7: “the six related industries of … smart home”',
    },
    // ── misspelling ──────────────────────────────────────────────────────────
    {
      q: 'artifical inteligence output targets',
      accept: ['targets'],
      kind: 'misspelling',
      why: 'targets: “the output value of the core AI industries reaching 3 billion yuan and that of related industries reaching 20 billion yuan”',
    },
    {
      q: 'robtics innovation centre',
      accept: ['task-2', 'preamble'],
      kind: 'misspelling',
      why: 'task-2: “a national robotics technology innovation centre”; preamble: “a leading technology innovation centre for intelligent robots in China”',
    },
    {
      q: 'incubater subsidy',
      accept: ['task-4'],
      kind: 'misspelling',
      why: 'task-4: “For technology business incubators … grant corresponding construction subsidies”',
    },
    {
      q: 'intellectual propery protection',
      accept: ['measure-4'],
      kind: 'misspelling',
      why: 'measure-4: “emphasize intellectual property protection”',
    },
    {
      q: 'smart citty brain',
      accept: ['task-11'],
      kind: 'misspelling',
      why: 'task-11 (Accelerate the building of the city brain): “build Shenyang into a benchmark new-type smart city”',
    },
  ],
};
