/**
 * The glossary's pinyin (src/lib/convert/pinyin.ts with content/pinyin.yaml): Hanyu Pinyin
 * orthography (GB/T 16159-2012) for display, the reviewed corrections and their checks, and the
 * spaced, toneless form the glossary's filter reads.
 */
import { describe, expect, it } from 'vitest';
import {
  PINYIN_FILE,
  checkCorrection,
  joinSyllables,
  namesPinyin,
  pinyinWriter,
  toneless,
} from '../../src/lib/convert/pinyin.ts';
import { matchesFilter } from '../../src/lib/client/glossary-filter.ts';
import { SOURCE_LOCALE } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { glossaryPage } from '../../src/lib/route-data/glossary.ts';
import { loadGlossary, loadModel, readPinyinTable } from '../support/load-content.ts';

const table = readPinyinTable();
const entries = loadGlossary();
const write = pinyinWriter(table.corrections);
const entry = (zh: string, kind?: string) => {
  const found = entries.find((e) => e.name[SOURCE_LOCALE] === zh && (!kind || e.kind === kind));
  if (!found) throw new Error(`no glossary entry ${zh}`);
  return found;
};

describe('the glossary’s pinyin (the issue’s test)', () => {
  it('载体 is zàitǐ (G-1: the word, not zǎi as in 记载), its syllables joined', () => {
    expect(entry('载体').pinyin).toBe('zàitǐ');
    expect(entry('载体').syllables).toBe('zài tǐ');
  });

  it('一企一策 is yì qǐ yí cè: four words (numeral and one-syllable noun apart), tone sandhi of 一 kept', () => {
    expect(entry('一企一策').pinyin).toBe('yì qǐ yí cè');
    // The same rule for its twin, which the library would join (yíshì).
    expect(entry('一事一议').pinyin).toBe('yí shì yí yì');
  });

  it('proper names are capitalized, word by word', () => {
    // A body's name is a proper name made of several words: each word's first letter is upper
    // case (由几个词组成的专有名词，每个词的首字母大写, as Guāngmíng Rìbào 光明日报). 日报社 is one
    // three-syllable structure (日报 and its publisher 社), so one word: Rìbàoshè.
    expect(entry('沈阳日报社').pinyin).toBe('Shěnyáng Rìbàoshè');
    // A place name and its generic part are written apart, both capitalized (Běijīng Shì).
    expect(entry('沈阳市新一代人工智能领导小组').pinyin).toBe(
      'Shěnyáng Shì Xīn Yídài Réngōng Zhìnéng Lǐngdǎo Xiǎozǔ',
    );
    // Coordinate proper names take a hyphen, each part capitalized.
    expect(entry('中德产业园').pinyin).toBe('Zhōng-Dé Chǎnyè Yuán');
    // The city brain is a generic concept, not a named system (the translation writes it in lower case).
    expect(entry('城市大脑', 'place').pinyin).toBe('chéngshì dànǎo');
    // Function words stay in lower case.
    expect(entry('市经济和信息化委').pinyin).toBe('Shì Jīngjì hé Xìnxīhuà Wěi');
    // A place name inside a common term is still capitalized; the term is not.
    expect(entry('驻沈高校、科研院所').pinyin).toBe('zhù Shěn gāoxiào, kēyán yuànsuǒ');
    // Terms, topics and generic names of places are not proper names.
    expect(entry('智能制造', 'topic').pinyin).toBe('zhìnéng zhìzào');
    expect(entry('国家自主创新示范区').pinyin).toBe('guójiā zìzhǔ chuàngxīn shìfàn qū');
  });

  it('an apostrophe comes before a syllable that begins with a, o or e inside a word: lí’àn', () => {
    expect(entry('海外人才离岸创新创业“自由港”').pinyin).toBe(
      "hǎiwài réncái lí'àn chuàngxīn chuàngyè “zìyóugǎng”",
    );
    expect(joinSyllables(['lí', 'àn'])).toBe("lí'àn");
    expect(joinSyllables(['xī', 'ān'])).toBe("xī'ān");
    expect(joinSyllables(['ān', 'fáng'])).toBe('ānfáng');
  });
});

describe('the orthography rules', () => {
  it('joins a word’s syllables and reads polyphones by their word', () => {
    expect(write('银行').text).toBe('yínháng');
    expect(write('行业').text).toBe('hángyè');
    expect(write('智能机器人').text).toBe('zhìnéng jīqìrén');
  });

  it('writes a four-syllable name as two words of two, the suffix 化 with its word', () => {
    expect(write('人工智能').text).toBe('réngōng zhìnéng');
    expect(write('知识产权').text).toBe('zhīshi chǎnquán');
    expect(write('专业化众创空间').text).toBe('zhuānyèhuà zhòngchuàng kōngjiān');
  });

  it('turns Chinese punctuation into Latin and keeps other text', () => {
    expect(write('各区、县(市)政府').text).toBe('gè qū, xiàn (shì) zhèngfǔ');
    expect(write('5G创新示范网').text).toBe('5G chuàngxīn shìfàn wǎng');
    expect(write('5G创新示范网').syllables).toEqual(['5g', 'chuàng', 'xīn', 'shì', 'fàn', 'wǎng']);
    expect(write('').text).toBe('');
    expect(write('<script>alert(1)</script>').text).toBe('<script>alert(1)</script>');
  });

  it('capitalizes a proper name only when asked, and keeps a correction’s capitals always', () => {
    expect(write('沈阳广播电视台').text).toBe('Shěnyáng guǎngbō diànshìtái');
    expect(write('沈阳广播电视台', { proper: true }).text).toBe('Shěnyáng Guǎngbō Diànshìtái');
  });

  it('gives the syllables one by one, lower case with tone marks', () => {
    expect(write('沈阳日报社').syllables).toEqual(['shěn', 'yáng', 'rì', 'bào', 'shè']);
    expect(toneless("Lí'àn lǜ")).toBe("li'an lu");
  });
});

describe('content/pinyin.yaml', () => {
  const names = entries.map((e) => e.name[SOURCE_LOCALE]);
  const correction = (zh: string, pinyin: string) => ({ zh, pinyin, why: 'test' });
  const check = (zh: string, pinyin: string) => () =>
    checkCorrection(correction(zh, pinyin), 'corrections[0]');

  it('every correction and proper name is in use, and each correction changes the glossary', () => {
    expect(() => namesPinyin(table, names)).not.toThrow();
    for (const c of table.corrections) {
      expect(c.why.length, c.zh).toBeGreaterThan(10);
      expect(
        names.some((n) => n.includes(c.zh)),
        c.zh,
      ).toBe(true);
    }
  });

  it('refuses a stale correction: one the library writes so already, or in no glossary name', () => {
    // G-1 needs no entry: with the word list, pinyin-pro reads 载体 zàitǐ itself.
    expect(() =>
      namesPinyin(
        { ...table, corrections: [...table.corrections, correction('载体', 'zàitǐ')] },
        names,
      ),
    ).toThrow(/载体.*changes nothing.*zàitǐ.*stale/);
    expect(() =>
      namesPinyin({ ...table, corrections: [correction('银行', 'yínháng')] }, names),
    ).toThrow(`${PINYIN_FILE}: corrections[0] (银行): 银行 is in no glossary name`);
  });

  it('refuses a proper name that is not a glossary name, and a word corrected twice', () => {
    expect(() => namesPinyin({ ...table, properNames: ['北京市'] }, names)).toThrow(
      /properNames\[0\]: "北京市" is not a glossary name/,
    );
    expect(() =>
      pinyinWriter([correction('沈阳', 'Shěnyáng'), correction('沈阳', 'shěnyáng')]),
    ).toThrow(/corrected twice/);
  });

  it('checks a correction’s readings and apostrophes', () => {
    expect(check('日报社', 'rìbàoshè')().syllables).toEqual(['rì', 'bào', 'shè']);
    expect(check('中德', 'Zhōng-Dé')().syllables).toEqual(['zhōng', 'dé']);
    expect(check('离岸', "lí'àn")().syllables).toEqual(['lí', 'àn']);
    // Not a reading of the character: a correction picks a reading, it does not change the word.
    expect(check('载体', 'zhàitǐ')).toThrow(/does not spell 载体/);
    expect(check('日报社', 'rìbào')).toThrow(/does not spell 日报社/);
    expect(check('离岸', 'líàn')).toThrow(/write an apostrophe before "àn"/);
    expect(check('日报', "rì'bào")).toThrow(/apostrophe before "bào"/);
    expect(check('日报', 'r ìbào')).toThrow(/"r ìbào": " " inside the syllable of 日/);
  });
});

describe('the glossary’s filter reads the pinyin with and without spaces and tones', () => {
  const t = useTranslations('zh');
  const shown = glossaryPage(loadModel(), entries, 'zh', t).flatMap((g) => g.entries);
  const text = (zh: string) => shown.find((e) => e.name[SOURCE_LOCALE] === zh)!.filterText;

  it('finds 载体 by zaiti, zai ti and zàitǐ; 离岸 by lian and li’an; 中德 by zhongde and Zhōng-Dé', () => {
    for (const query of ['zaiti', 'zai ti', 'zàitǐ', 'Zài Tǐ'])
      expect(matchesFilter(text('载体'), query), query).toBe(true);
    const port = text('海外人才离岸创新创业“自由港”');
    for (const query of ['lian', 'li an', "li'an", "lí'àn"])
      expect(matchesFilter(port, query), query).toBe(true);
    for (const query of ['zhongde', 'zhong de', 'Zhōng-Dé', 'shenyang ribaoshe'])
      expect(matchesFilter(`${text('中德产业园')} ${text('沈阳日报社')}`, query), query).toBe(true);
    expect(matchesFilter(text('载体'), 'zaiqi')).toBe(false);
  });
});
