/**
 * A query as people type it, turned into groups of alternatives: one group per word or name
 * the reader meant, each holding the word itself and the plan's words for it (synonyms).
 * A result must hold one alternative of every group to be a full match.
 *
 * English: words are lower-cased, spelling-folded and stemmed; stop words ("who is responsible
 * for") are left out; a synonym phrase (self-driving) is one group.
 * Chinese: the query is cut at the longest runs the plan's own text (or the synonym table)
 * holds, so 机器人 stays one word where a general segmenter cuts it into 机器 + 人; question
 * words (谁负责, 有什么) are left out; single characters left over from a longer query are kept
 * only as weak groups that never decide the ranking.
 * What the query asks (which body, an amount, when the plan ends) is read by questions.ts; a
 * group's alternatives are made by alternatives.ts.
 */
import type { Edition } from '../editions.ts';

/** How a query is cut: Chinese character runs, or words between spaces (from the edition). */
export type Script = Edition['script'];
import { alternative, distinctAlternatives, groupOf } from './alternatives.ts';
import {
  askingWhich,
  asksTargets,
  asksWho,
  whoForms,
  whoRunsThePlan,
  withoutLeadWords,
} from './questions.ts';
import {
  contentKeys,
  inflectionless,
  inflectionlessWords,
  normalise,
  tokens,
  type Folding,
} from './text.ts';
import { lookUp, type Thesaurus } from './thesaurus.ts';
import { RANKING } from './weights.ts';
import type { QuestionForms } from './data.ts';

export interface Alternative {
  /** as written (shown in messages, marked in snippets) */
  text: string;
  /** 1 for the reader's own word; the plan's words, listed best first, a little less each */
  weight: number;
  /** English: the content-word keys that must stand in a row; Chinese: [the string itself] */
  keys: string[];
  /** English: the thesaurus's guess for a word the plan does not write (thesaurus.ts) */
  guess?: true;
}

export interface Group {
  /** the reader's word(s) */
  text: string;
  alternatives: Alternative[];
  /** a single character cut from a longer Chinese query: never required, never scores */
  weak: boolean;
  /**
   * English: the query's head word, what it asks about: the last word before its first
   * preposition or auxiliary verb ("money for startups", "standardization of AI", "platforms
   * will be built"), else its last word ("AI security", "implementation timeline"); it weighs
   * more (RANKING.score.head)
   */
  head?: boolean;
}

export interface ParsedQuery {
  script: Script;
  /** the query after folding, as searched */
  text: string;
  groups: Group[];
  /** the content of the query in one piece (Chinese: stop words out; English: keys in order), for the phrase bonus */
  phrase: string[];
  /** question words left out */
  dropped: string[];
  /** the query asks about the plan's targets (target, goal, 目标 …): the targets ledger answers it */
  asksTargets: boolean;
  /**
   * the query asks which body is in charge (哪个部门, 谁负责) of something it names: the plan's
   * words for being in charge (负责, 统筹协调), never required, scoring where a provision holds them
   */
  charge?: Group;
  /** Chinese: the query's words in one piece are, in the plan, only the start of a longer word: no whole-phrase rank */
  phraseInWord?: boolean;
}

export interface QueryContext {
  script: Script;
  folding: Folding;
  synonyms: { words: string[]; plan: string[] }[];
  /** Chinese: every text the query may be cut against (the plan's text and names) */
  corpus?: string;
  /**
   * question forms (content/search.yaml `questions`; they are stop words too): `words` (什么,
   * which) cut a run of the plan's text before them; `targets` (多少, how big) ask for an amount
   */
  questions?: QuestionForms;
  /** the targets' names, folded as the text is: an amount asked of one of them is a question about the targets */
  targetNames?: string[];
}

const MAX_CHARS = 200;

const cutMaps = new WeakMap<QueryContext['synonyms'], Map<string, string[]>>();
/**
 * Chinese: the words a query is cut into besides the plan's runs, each with the plan's words for
 * it: the synonym table's, and the question lists' words that are searched (`goals`, `ends`, with
 * none: 到期 whole, not the stop word 到 + 期). Made once per table.
 */
function cutWords(ctx: QueryContext): Map<string, string[]> {
  let map = cutMaps.get(ctx.synonyms);
  if (!map) {
    map = new Map();
    for (const w of [...(ctx.questions?.goals ?? []), ...(ctx.questions?.ends ?? [])])
      map.set(normalise(w), []);
    for (const entry of ctx.synonyms)
      for (const w of entry.words) map.set(normalise(w), entry.plan);
    cutMaps.set(ctx.synonyms, map);
  }
  return map;
}

/** The longest run looked up in the plan: longer names are found as a run of runs. */
const MAX_RUN = 12;

/**
 * `thesaurus`: English, the shards of the thesaurus the query's words need (thesaurus.ts); a word
 * the plan does not write then also finds the plan's words of its senses, weighing less.
 */
export function parseQuery(raw: string, ctx: QueryContext, thesaurus?: Thesaurus): ParsedQuery {
  const text = raw.normalize('NFKC').slice(0, MAX_CHARS).trim();
  const read = askingWhich(text, ctx);
  const asked = ctx.script === 'han' ? parseChinese(read, ctx) : parseEnglish(read, ctx, thesaurus);
  const led = ctx.script === 'latin' ? withoutLeadWords(asked, ctx) : asked;
  const parsed = whoRunsThePlan(led, ctx) ?? led;
  const charge = asksWho(parsed, ctx)
    ? groupOf(ctx.questions!.charge![0]!, ctx.questions!.charge!.slice(1), ctx)
    : undefined;
  return { ...parsed, text, asksTargets: asksTargets(parsed, ctx), ...(charge ? { charge } : {}) };
}

function parseEnglish(
  text: string,
  ctx: QueryContext,
  thesaurus?: Thesaurus,
): Omit<ParsedQuery, 'asksTargets'> {
  const toks = tokens(text, ctx.folding);
  const words = toks.map((t) => t.word);
  const keys = toks.map((t) => t.key);
  const phrases = englishPhrases(ctx);
  const groups: Group[] = [];
  const dropped: string[] = [];
  // How many groups came before the query's first preposition or auxiliary: the head is the last of them.
  let beforeBoundary: number | undefined;
  for (let i = 0; i < words.length;) {
    // Phrases match on stems: "tax break" finds "tax breaks", "smart factory" "smart factories".
    // … but a word the plan writes stands only for itself: "development" is not "developers"
    // (talent), nor "market" "marketing" (the city's brand), though the stemmer makes them one.
    const hit = phrases.find((p) =>
      p.seq.every(
        (k, j) =>
          keys[i + j] === k &&
          (inflectionless(words[i + j]!) === p.forms[j] || !writesForm(words[i + j]!, ctx)),
      ),
    );
    // A stop phrase opening with a preposition or auxiliary ends the head's phrase as the word would ("will the city").
    if (hit?.stop && HEAD_ENDS.has(words[i]!) && groups.length > 0)
      beforeBoundary ??= groups.length;
    if (hit?.stop) {
      dropped.push(words.slice(i, i + hit.seq.length).join(' '));
      i += hit.seq.length;
      continue;
    }
    if (hit) {
      const phrase = words.slice(i, i + hit.seq.length).join(' ');
      const group = groupOf(phrase, hit.plan, ctx);
      // A synonym made only of stop words ("it") would leave no alternative.
      if (group.alternatives.length > 0) groups.push(group);
      i += hit.seq.length;
      continue;
    }
    const word = words[i]!;
    if (HEAD_ENDS.has(word) && groups.length > 0) beforeBoundary ??= groups.length;
    if (ctx.folding.stopWords.has(word) || word.length === 0) dropped.push(word);
    else {
      const group = groupOf(
        word,
        [...numberForms(word, 'latin'), ...wordFamily(keys[i]!, ctx)],
        ctx,
      );
      if (!writes(keys[i]!, ctx)) addAlternatives(group, lookUp(thesaurus, keys[i]!), ctx);
      if (group.alternatives.length > 0) groups.push(group);
    }
    i += 1;
  }
  // A query of stop words only ("plan", "任务") is searched as it is: leaving it all out would find
  // nothing. One that asks a question and names nothing ("what", "what is") searches nothing.
  if (groups.length === 0 && dropped.length > 0 && !asksOnly(dropped, ctx)) {
    const loose: QueryContext = { ...ctx, folding: { ...ctx.folding, stopWords: new Set() } };
    for (const word of dropped) groups.push(groupOf(word, [], loose));
    return {
      script: 'latin',
      text,
      groups: mergeDuplicates(groups),
      phrase: contentKeys(text, loose.folding),
      dropped: [],
    };
  }
  if (groups.length > 1) groups[(beforeBoundary ?? groups.length) - 1]!.head = true;
  const merged = mergeDuplicates(groups);
  return { script: 'latin', text, groups: merged, phrase: contentKeys(text, ctx.folding), dropped };
}

/**
 * English prepositions and auxiliary verbs: a noun phrase's head comes before them ("incentives
 * for inventors", "platforms will be built"); so do participles saying what befalls it
 * ("industries getting priority support").
 */
const HEAD_ENDS = new Set([
  'for',
  'of',
  'in',
  'on',
  'to',
  'with',
  'using',
  'about',
  'from',
  'by',
  'at',
  'into',
  'through',
  'via',
  'against',
  'among',
  'between',
  'within',
  'without',
  'under',
  'over',
  'will',
  'would',
  'be',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'should',
  'shall',
  'must',
  'may',
  'might',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'been',
  'getting',
  'receiving',
]);

/**
 * The thesaurus's words for a word the plan does not write, after the group's own: each weighs
 * RANKING.thesaurus.weight, a little less for each further one, never more than the reviewed ones.
 */
function addAlternatives(group: Group, words: readonly string[], ctx: QueryContext): void {
  const { weight, step, max } = RANKING.thesaurus;
  group.alternatives = distinctAlternatives([
    ...group.alternatives,
    ...words.slice(0, max).map((w, i) => {
      const alt = alternative(w, weight - step * i, ctx);
      return alt && { ...alt, guess: true as const };
    }),
  ]);
}

/** English: the plan writes a word of this key (in its text, names or glossary). */
export function writes(key: string, ctx: QueryContext): boolean {
  return planWords(ctx).has(key);
}

const familyCache = new WeakMap<QueryContext, Map<string, string>>();
/** English: the plan's content words, key → a form it writes. */
function planWords(ctx: QueryContext): Map<string, string> {
  let words = familyCache.get(ctx);
  if (!words) {
    words = new Map();
    for (const t of tokens(ctx.corpus ?? '', ctx.folding))
      if (!ctx.folding.stopWords.has(t.word) && !/\d/.test(t.word) && !words.has(t.key))
        words.set(t.key, t.word);
    familyCache.set(ctx, words);
  }
  return words;
}

const formsCache = new WeakMap<QueryContext, Set<string>>();
/** English: the plan writes this word (in some inflection) in its text, names or glossary. */
function writesForm(word: string, ctx: QueryContext): boolean {
  let forms = formsCache.get(ctx);
  if (!forms) {
    forms = inflectionlessWords(ctx.corpus ?? '', ctx.folding);
    formsCache.set(ctx, forms);
  }
  return forms.has(inflectionless(word));
}

/**
 * English: the plan's words of the same family as a query word whose stem the stemmer leaves
 * apart (finance → financial, economy → economic, technology → technological,
 * entrepreneurial → entrepreneurship), for a word the plan does not write: the two stems share
 * their first six letters or more, all but one of the shorter one's (a typo, inteligent, is left
 * to the correction), and the longer runs on by five letters at most. Found in the plan's own
 * text, so only words it writes are added.
 */
function wordFamily(key: string, ctx: QueryContext): string[] {
  const words = planWords(ctx);
  if (key.length < 5 || words.has(key)) return [];
  const family: string[] = [];
  for (const [k, word] of words) {
    let common = 0;
    while (common < k.length && k[common] === key[common]) common++;
    const shorter = Math.min(k.length, key.length);
    const longer = Math.max(k.length, key.length);
    if (common >= 6 && common >= shorter - 1 && longer - common <= 5) family.push(word);
  }
  return family.slice(0, 3);
}

const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ZH_NUMBERS = [...'一二三四五六七八九十'];

/**
 * A small number in the other way of writing it: 5 ↔ five, 五个 ↔ 5个, 4大 ↔ 四大 (the plan
 * writes "about five clusters", 5个左右, 四大核心产业). Numbers one to ten, the ones a plan counts in.
 */
export function numberForms(word: string, script: Script): string[] {
  if (script === 'latin') {
    const n = /^\d+$/.test(word) ? Number(word) : EN_NUMBERS.indexOf(word) + 1;
    if (n < 1 || n > 10) return [];
    return [/^\d+$/.test(word) ? EN_NUMBERS[n - 1]! : String(n)];
  }
  const m = /^([一二三四五六七八九十两]|10|[1-9])([个家项大]?)$/.exec(word);
  if (!m) return [];
  const [, num, suffix] = m as unknown as [string, string, string];
  if (/\d/.test(num)) return [ZH_NUMBERS[Number(num) - 1]! + suffix];
  const n = num === '两' ? 2 : ZH_NUMBERS.indexOf(num) + 1;
  return [String(n) + suffix, ...(num === '两' ? ['二' + suffix] : [])];
}

interface EnglishPhrase {
  /** the keys (folded, stemmed) of the phrase's words, stop words included */
  seq: string[];
  /** its words without their inflections (inflectionless): what a word of the plan must be to stand for one */
  forms: string[];
  plan: string[];
  /** a question form of more than one word (how big, is there): left out */
  stop: boolean;
}

const englishPhraseCache = new WeakMap<QueryContext['synonyms'], EnglishPhrase[]>();
/** The synonym table's words and the question forms of more than one word, as key sequences, longest first. */
function englishPhrases(ctx: QueryContext): EnglishPhrase[] {
  let list = englishPhraseCache.get(ctx.synonyms);
  if (list) return list;
  const seq = (w: string) => tokens(w, ctx.folding).map((t) => t.key);
  const forms = (w: string) => tokens(w, ctx.folding).map((t) => inflectionless(t.word));
  const questions = [
    ...(ctx.questions?.words ?? []),
    ...(ctx.questions?.targets ?? []),
    ...(ctx.questions?.when ?? []),
  ];
  // Stop words of more than one word ("ai programme": the plan as a whole) are left out as one.
  const stops = [...ctx.folding.stopWords].filter((w) => w.includes(' '));
  list = [
    ...[...questions, ...stops]
      .map((w) => ({ seq: seq(w), forms: forms(w), plan: [], stop: true }))
      .filter((p) => p.seq.length > 1),
    ...ctx.synonyms.flatMap((entry) =>
      entry.words.map((w) => ({ seq: seq(w), forms: forms(w), plan: entry.plan, stop: false })),
    ),
  ]
    .filter((p) => p.seq.length > 0)
    .sort((a, b) => b.seq.length - a.seq.length);
  englishPhraseCache.set(ctx.synonyms, list);
  return list;
}

function parseChinese(text: string, ctx: QueryContext): Omit<ParsedQuery, 'asksTargets'> {
  const corpus = ctx.corpus ?? '';
  const synonyms = cutWords(ctx);
  const stop = ctx.folding.stopWords;
  const groups: Group[] = [];
  const dropped: string[] = [];
  const kept: string[] = [];
  // Latin words and numbers inside a Chinese query (5G, AI, 2020) are words of their own.
  const chunks = normalise(text)
    .split(/[\s,,、。;;::!!??()()“”「」『』"'《》]+/)
    .filter(Boolean);
  const questions = questionWords(ctx);
  for (const chunk of withoutLead(chunks, text, ctx, dropped)) {
    const cut = cutChinese(chunk, corpus, synonyms, stop, questions);
    const longQuery = [...chunk].length > 1;
    for (const piece of cut) {
      if (piece.stop) {
        dropped.push(piece.text);
        continue;
      }
      kept.push(piece.text);
      const weak =
        longQuery && cut.length > 1 && [...piece.text].length === 1 && !synonyms.has(piece.text);
      const plan = [...(synonyms.get(piece.text) ?? []), ...numberForms(piece.text, 'han')];
      groups.push(groupOf(piece.text, plan, ctx, weak && plan.length === 0));
    }
  }
  if (groups.length === 0 && dropped.length > 0 && !asksOnly(dropped, ctx)) {
    for (const word of dropped) groups.push(groupOf(word, synonyms.get(word) ?? [], ctx));
    return {
      script: 'han',
      text,
      groups: mergeDuplicates(groups),
      phrase: [dropped.join('')],
      dropped: [],
    };
  }
  const phrase = kept.join('');
  return {
    script: 'han',
    text,
    groups: mergeDuplicates(groups),
    phrase: kept.length > 0 ? [phrase] : [],
    dropped,
    // 机器人 + 产业: the plan writes 机器人产业 only inside a longer name, which is not the reader's phrase.
    ...(groups.length > 1 && corpus.includes(phrase) && onlyCharAfter(corpus, phrase) !== undefined
      ? { phraseInWord: true }
      : {}),
  };
}

/**
 * A who-question (谁牵头推进人工智能, 哪个部门主管机器人): the verbs of leading (推进, 主管) ask about
 * the body, not the subject. They are left out (into `dropped`), and the chunks cut around them.
 */
function withoutLead(
  chunks: string[],
  text: string,
  ctx: QueryContext,
  dropped: string[],
): string[] {
  const lead = ctx.questions?.lead ?? [];
  const folded = normalise(text);
  if (lead.length === 0 || ![...whoForms(ctx)].some((form) => folded.includes(form))) return chunks;
  const verbs = lead.map(normalise).sort((a, b) => b.length - a.length);
  const forms = [...whoForms(ctx)].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (const chunk of chunks) {
    let rest = '';
    for (let i = 0; i < chunk.length;) {
      // The who-form itself (谁牵头) stays whole.
      const form = forms.find((f) => chunk.startsWith(f, i));
      const verb = form ? undefined : verbs.find((v) => chunk.startsWith(v, i));
      if (form) {
        rest += form;
        i += form.length;
      } else if (verb) {
        if (rest) out.push(rest);
        rest = '';
        dropped.push(verb);
        i += verb.length;
      } else rest += chunk[i++];
    }
    if (rest) out.push(rest);
  }
  return out;
}

/**
 * The words left out of a query that names nothing hold a question form (什么, 有什么, what): the
 * reader has not yet typed what they ask about, and a question word is never searched as a word.
 */
export function asksOnly(dropped: string[], ctx: QueryContext): boolean {
  const forms = new Set((ctx.questions?.words ?? []).map((w) => normalise(w).toLowerCase()));
  return dropped.some((d) => forms.has(normalise(d).toLowerCase()));
}

const questionCache = new WeakMap<string[], string[]>();
/**
 * The question forms that cut a run of the plan's text (企业有 | 什么): those of two characters or
 * more that the plan itself never writes (规模 is a form of a question, and a word of the plan).
 */
function questionWords(ctx: QueryContext): string[] {
  const forms = [
    ...(ctx.questions?.words ?? []),
    ...(ctx.questions?.targets ?? []),
    ...(ctx.questions?.when ?? []),
  ];
  let list = questionCache.get(ctx.questions?.words ?? []);
  if (!list) {
    const corpus = ctx.corpus ?? '';
    list = forms.map(normalise).filter((w) => [...w].length >= 2 && !corpus.includes(w));
    if (ctx.questions) questionCache.set(ctx.questions.words, list);
  }
  return list;
}

interface Piece {
  text: string;
  stop: boolean;
}

/**
 * Cuts a Chinese chunk into the longest pieces found in the plan (or the synonym table), left
 * to right. A question word of two or more characters is taken before a plan run starting at
 * the same place; a one-character stop word (的, 和) only where no longer run starts there.
 * Characters found nowhere are gathered into one piece, so the reader sees what was left out.
 */
export function cutChinese(
  chunk: string,
  corpus: string,
  synonyms: Map<string, string[]>,
  stop: Set<string>,
  questions: string[] = [],
): Piece[] {
  const chars = [...chunk];
  // Where a question word starts: no run of the plan's text reaches across one.
  const questionAt = chars.map((_, i) =>
    questions.some((q) => chars.slice(i, i + [...q].length).join('') === q),
  );
  const runEnd = (from: number) => {
    const next = questionAt.findIndex((q, k) => q && k > from);
    return next < 0 ? chars.length : next;
  };
  const pieces: Piece[] = [];
  let loose = '';
  const flush = () => {
    if (loose) pieces.push({ text: loose, stop: false });
    loose = '';
  };
  for (let i = 0; i < chars.length;) {
    const at = (len: number) => chars.slice(i, i + len).join('');
    let stopLen = 0;
    for (let len = Math.min(5, chars.length - i); len >= 2; len--)
      if (stop.has(at(len))) {
        stopLen = len;
        break;
      }
    const runAt = (from: number) => {
      for (let len = Math.min(MAX_RUN, runEnd(from) - from); len >= 2; len--) {
        const s = chars.slice(from, from + len).join('');
        if (synonyms.has(s) || corpus.includes(s)) return len;
      }
      return 0;
    };
    const runLen = shorterWhereCut(i, runAt(i), chars, corpus, synonyms, runAt, stop);
    // A one-character stop word before a run (在 + 人工智能) is a stop word, even where the plan writes them together.
    if (stop.has(at(1)) && runLen > 0 && runAt(i + 1) >= runLen - 1) {
      flush();
      pieces.push({ text: at(1), stop: true });
      i += 1;
      continue;
    }
    if (stopLen > 0 && stopLen >= runLen) {
      flush();
      pieces.push({ text: at(stopLen), stop: true });
      i += stopLen;
    } else if (runLen > 0) {
      flush();
      pieces.push({ text: at(runLen), stop: false });
      i += runLen;
    } else if (stop.has(at(1))) {
      flush();
      pieces.push({ text: at(1), stop: true });
      i += 1;
    } else if (synonyms.has(at(1))) {
      // A one-character word of the synonym table (钱) is a word of its own: 钱 + 从哪来.
      flush();
      pieces.push({ text: at(1), stop: false });
      i += 1;
    } else {
      // A character that begins no run: kept with its unknown neighbours (补贴 → one piece).
      loose += at(1);
      i += 1;
    }
  }
  flush();
  return shiftIntoStopWords(pieces, corpus, synonyms, stop);
}

/**
 * A run the plan writes only as the start of a longer word (产业基 of 产业基础, 用人 of 用人主体),
 * where the query goes on otherwise (产业基 + 金, 用人 + 工智能), is cut shorter when that lets the
 * next run reach further: 产业 + 基金, 用 + 人工智能, 制定 + 人工智能行业标准. A run the plan writes before different
 * characters, or before punctuation, is a word of its own and is kept.
 */
function shorterWhereCut(
  i: number,
  len: number,
  chars: string[],
  corpus: string,
  synonyms: Map<string, string[]>,
  runAt: (from: number) => number,
  stop: Set<string>,
): number {
  const end = i + len;
  if (len < 2 || end > chars.length) return len;
  const run = chars.slice(i, end).join('');
  if (synonyms.has(run)) return len;
  const after = onlyCharAfter(corpus, run);
  // The query ends where the plan goes on into a longer word (机器人产业 | 园, of 新松机器人产业园):
  // the reader meant the words, not that name: cut where both halves are words the plan writes
  // (机器人 + 产业). Before a function character (人工智能行业标准 | 的) the plan's word has ended.
  if (end === chars.length)
    return after === undefined || stop.has(after)
      ? len
      : wordsWithin(chars.slice(i, end), corpus, synonyms) || len;
  if (after === undefined || after === chars[end]) return len;
  // The shortest word first (制定 + 人工智能行业标准, not 制定人工智 + 能行业标准), a lone character last.
  const heads = [...Array.from({ length: len - 2 }, (_, k) => k + 2), 1];
  for (const shorter of heads) {
    const head = chars.slice(i, i + shorter).join('');
    if (shorter >= 2 && !synonyms.has(head) && !corpus.includes(head)) continue;
    const next = runAt(i + shorter);
    if (next > 0 && i + shorter + next > end) return shorter;
  }
  return len;
}

/** The length of the first of two words (two characters or more each) the plan writes apart that make up a run, or 0. */
function wordsWithin(chars: string[], corpus: string, synonyms: Map<string, string[]>): number {
  const word = (s: string) =>
    synonyms.has(s) || (corpus.includes(s) && onlyCharAfter(corpus, s) === undefined);
  for (let k = chars.length - 2; k >= 2; k--)
    if (word(chars.slice(0, k).join('')) && word(chars.slice(k).join(''))) return k;
  return 0;
}

/** The one Han character the plan always writes after a run, if it always writes the same one. */
function onlyCharAfter(corpus: string, run: string): string | undefined {
  let only: string | undefined;
  for (let at = corpus.indexOf(run); at >= 0; at = corpus.indexOf(run, at + 1)) {
    const next = corpus.slice(at + run.length).match(/^\p{Script=Han}/u)?.[0];
    if (!next || (only !== undefined && next !== only)) return undefined;
    only = next;
  }
  return only;
}

/**
 * Greedy cutting can swallow the first characters of a question word into the run before it
 * (人工智能行 + 动计划, where the reader wrote 人工智能 + 行动计划): move one or two characters
 * across a boundary where that leaves a run the plan holds and makes the next piece a stop word.
 */
function shiftIntoStopWords(
  pieces: Piece[],
  corpus: string,
  synonyms: Map<string, string[]>,
  stop: Set<string>,
): Piece[] {
  const out = [...pieces];
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.stop) continue;
    const chars = [...a.text];
    for (const n of [1, 2]) {
      if (chars.length - n < 2) break;
      const kept = chars.slice(0, -n).join('');
      const moved = chars.slice(-n).join('') + b.text;
      if ((corpus.includes(kept) || synonyms.has(kept)) && stop.has(moved)) {
        out[k] = { text: kept, stop: false };
        out[k + 1] = { text: moved, stop: true };
        break;
      }
    }
  }
  return out;
}

/** The same word typed twice is one group. */
function mergeDuplicates(groups: Group[]): Group[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = g.alternatives.map((a) => a.keys.join(' ')).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
