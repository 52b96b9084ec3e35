/**
 * The relevance test set: what readers type, and the page that must be among the first three
 * results. Paths are given without the locale (`measures/4`). Written from a reader's point of
 * view: topics, body and place names (full and short forms), numbers, Traditional characters.
 */
export interface QueryCase {
  q: string;
  expect: string;
  why: string;
}

export const QUERIES: Record<'zh' | 'en', QueryCase[]> = {
  zh: [
    { q: '知识产权', expect: 'measures/4', why: 'topic of measure 4' },
    { q: '城市大脑', expect: 'tasks/11', why: 'task 11 title' },
    { q: '众创空间', expect: 'tasks/4', why: 'maker spaces in task 4' },
    { q: '新松', expect: 'measures/2', why: 'short form of 新松机器人产业园' },
    { q: '中德产业园', expect: 'measures/2', why: 'place in measure 2' },
    { q: '5G', expect: 'tasks/10', why: 'number-letter term' },
    { q: '30亿元', expect: 'targets', why: 'a target amount' },
    { q: '200亿元', expect: 'targets', why: 'a target amount' },
    { q: '科技局', expect: 'departments/science-technology-bureau', why: 'short form of a body' },
    { q: '市科技局', expect: 'departments/science-technology-bureau', why: 'the body as the brackets write it' },
    { q: '经济和信息化委', expect: 'departments/economy-information-technology-commission', why: 'short form inside 经济和信息化委员会' },
    { q: '大数据局', expect: 'tasks/11', why: 'sole body of task 11' },
    { q: '人才', expect: 'tasks/3', why: 'talent task' },
    { q: '自动驾驶', expect: 'tasks/9', why: 'in task 9' },
    { q: '智能芯片', expect: 'topics/intelligent-chips', why: 'core industry: the topic page lists every provision on it' },
    { q: '数控机床', expect: 'tasks/5', why: 'in task 5 only' },
    { q: '孵化器', expect: 'tasks/4', why: 'incubators' },
    { q: '创新券', expect: 'measures/1', why: 'innovation vouchers' },
    { q: '领导小组', expect: 'implementation/1', why: 'the leading group' },
    { q: '技能培训', expect: 'implementation/4', why: 'skills training' },
    { q: '标准互认', expect: 'measures/4', why: 'mutual recognition of standards' },
    { q: '一企一策', expect: 'tasks/6', why: 'slogan in task 6' },
    { q: '智能家居', expect: 'tasks/7', why: 'related industry' },
    { q: '物联网', expect: 'tasks/10', why: 'Internet of Things' },
    { q: '军民融合', expect: 'tasks/2', why: 'platform in task 2' },
    { q: '智能物流', expect: 'tasks/7', why: 'related industry' },
    { q: '沈阳日报社', expect: 'departments/shenyang-daily', why: 'a body' },
    { q: '人力资源社会保障局', expect: 'departments/human-resources-social-security-bureau', why: 'a body without its 市' },
    { q: '知識產權', expect: 'measures/4', why: 'Traditional characters' },
    { q: '城市大腦', expect: 'tasks/11', why: 'Traditional characters' },
    { q: '眾創空間', expect: 'tasks/4', why: 'Traditional characters' },
    { q: '數控機床', expect: 'tasks/5', why: 'Traditional characters' },
    { q: '機器學習', expect: 'tasks/1', why: 'Traditional characters' },
  ],
  en: [
    { q: 'city brain', expect: 'tasks/11', why: 'task 11 title' },
    { q: 'intellectual property', expect: 'measures/4', why: 'measure 4' },
    { q: 'maker space', expect: 'tasks/4', why: 'task 4' },
    { q: 'Siasun', expect: 'measures/2', why: 'a park' },
    { q: 'Sino-German Industrial Park', expect: 'measures/2', why: 'a park' },
    { q: '5G', expect: 'tasks/10', why: 'number-letter term' },
    { q: '3 billion yuan', expect: 'targets', why: 'a target amount' },
    { q: 'Science and Technology Bureau', expect: 'departments/science-technology-bureau', why: 'a body' },
    { q: 'Big Data Bureau', expect: 'tasks/11', why: 'sole body of task 11' },
    { q: 'talent', expect: 'tasks/3', why: 'talent task' },
    { q: 'autonomous driving', expect: 'tasks/9', why: 'in task 9' },
    { q: 'intelligent chips', expect: 'topics/intelligent-chips', why: 'core industry: the topic page lists every provision on it' },
    { q: 'CNC machine tools', expect: 'tasks/5', why: 'task 5' },
    { q: 'incubators', expect: 'tasks/4', why: 'plural form' },
    { q: 'innovation vouchers', expect: 'measures/1', why: 'measure 1' },
    { q: 'leading group', expect: 'implementation/1', why: 'implementation 1' },
    { q: 'skills training', expect: 'implementation/4', why: 'implementation 4' },
    { q: 'standards', expect: 'measures/4', why: 'measure 4' },
    { q: 'one policy per enterprise', expect: 'tasks/6', why: 'slogan' },
    { q: 'smart home', expect: 'tasks/7', why: 'related industry' },
    { q: 'Shenyang Daily', expect: 'departments/shenyang-daily', why: 'a body' },
    { q: 'Internet of Things', expect: 'tasks/10', why: 'task 10' },
    { q: 'drones', expect: 'measures/4', why: 'measure 4' },
    { q: 'accounts receivable', expect: 'measures/1', why: 'financing in measure 1' },
    { q: 'joint laboratories', expect: 'tasks/2', why: 'task 2' },
    { q: 'machine learning', expect: 'tasks/1', why: 'task 1' },
    { q: 'smart city', expect: 'tasks/11', why: 'task 11' },
    { q: 'free trade zone', expect: 'places/pilot-free-trade-zone', why: 'a zone named in the measures introduction' },
  ],
};
