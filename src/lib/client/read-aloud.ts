/**
 * Read aloud, the pure part: which of the browser's voices reads an edition's language, the queue
 * of what to say built from the page's sentences, and the player (play, pause, resume, stop) over
 * any object shaped like `window.speechSynthesis`. No DOM here: the island (read-aloud-ui.ts) gives
 * it the sentences and paints the highlight; the unit tests give it a fake synthesizer.
 *
 * Chrome stops an utterance after about 15 s with some voices and drops a `speak` queued behind a
 * finished one, so each sentence is its own utterance (a long sentence is cut at its clauses) and
 * the next is spoken only when the last has ended. Pause cancels and resume says the sentence
 * again from its start: `speechSynthesis.pause()` does nothing on Android and resumes unreliably
 * elsewhere, and a sentence heard again from its start is easier to follow anyway.
 */

/** What the player needs of a voice (SpeechSynthesisVoice). */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService?: boolean;
  readonly default?: boolean;
}

/** What the player needs of an utterance (SpeechSynthesisUtterance). */
export interface UtteranceLike {
  text: string;
  lang: string;
  voice: VoiceLike | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** What the player needs of `window.speechSynthesis`. */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
}

export { tagParts } from './lang-tag.ts';
import { tagParts } from './lang-tag.ts';

/** The script a Chinese tag implies: Traditional for Taiwan, Hong Kong, Macao and zh-Hant; Simplified otherwise. */
function chineseScript(tag: string): 'hant' | 'hans' {
  const { script, region } = tagParts(tag);
  if (script) return script === 'hant' ? 'hant' : 'hans';
  return ['tw', 'hk', 'mo'].includes(region) ? 'hant' : 'hans';
}

/**
 * How well a voice reads a page in `lang` (the page's `<html lang>`): 0 when it cannot (another
 * language), else higher is better. For Chinese, a voice of the page's script and region first
 * (zh-CN for zh-CN; zh-TW, then zh-HK for zh-Hant), then any Chinese voice: every Chinese voice
 * reads either script. For other languages the exact region first, then any of the language.
 * Among equals a voice on the device (no text sent away) and the browser's default win.
 */
export function voiceScore(voice: VoiceLike, lang: string): number {
  const want = tagParts(lang);
  const has = tagParts(voice?.lang ?? '');
  if (!want.language || want.language !== has.language) return 0;
  let score = 10;
  if (want.language === 'zh') {
    if (chineseScript(voice.lang) === chineseScript(lang)) score += 40;
    // A Simplified page is read in Mandarin: Taiwan's Mandarin before Hong Kong's Cantonese.
    const order = chineseScript(lang) === 'hant' ? ['tw', 'hk', 'mo'] : ['cn', 'sg', 'tw'];
    const rank = order.indexOf(has.region);
    if (want.region && has.region === want.region) score += 30;
    else if (rank >= 0) score += 20 - rank * 5;
  } else if (want.region && has.region === want.region) score += 30;
  if (voice.localService) score += 2;
  if (voice.default) score += 1;
  return score;
}

/** The best voice for a page in `lang`, or undefined when the browser has none (the control stays hidden). */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[] | null | undefined,
  lang: string,
): V | undefined {
  let best: V | undefined;
  let bestScore = 0;
  for (const voice of voices ?? []) {
    const score = voiceScore(voice, lang);
    if (score > bestScore) [best, bestScore] = [voice, score];
  }
  return best;
}

/** One utterance: a sentence, or a part of a long one, and the sentence it belongs to (to highlight). */
export interface QueueItem {
  sentence: number;
  text: string;
}

/**
 * How long a text takes to say, in units of about a Latin letter's time: a Chinese character
 * (a syllable) counts 3. Chrome's ~15 s limit is then one length for every language.
 */
export function spokenLength(text: string): number {
  let n = 0;
  for (const ch of text) n += /\p{Script=Han}/u.test(ch) ? 3 : 1;
  return n;
}

/** The longest utterance (spokenLength): about 10 s of speech, 50 Chinese characters or 150 letters. */
export const MAX_UTTERANCE = 150;

/**
 * A sentence cut at its clauses (，、；： , ; :) into parts no longer than `max` to say (spokenLength)
 * where it can be; a clause longer than that is cut hard. The parts joined are the sentence.
 */
export function splitLong(text: string, max = MAX_UTTERANCE): string[] {
  if (spokenLength(text) <= max) return [text];
  const clauses = text.match(/[^，、；：,;:]+[，、；：,;:]*\s*|[，、；：,;:]+\s*/gu) ?? [text];
  const out: string[] = [];
  let current = '';
  let length = 0;
  const push = () => {
    if (current) out.push(current);
    current = '';
    length = 0;
  };
  for (const clause of clauses) {
    if (current && length + spokenLength(clause) > max) push();
    for (const ch of clause) {
      const w = spokenLength(ch);
      if (current && length + w > max) push();
      current += ch;
      length += w;
    }
  }
  push();
  return out;
}

/**
 * What to say for each sentence of the page (their text, in order): white space folded, empty
 * sentences skipped (their index kept, so the highlight finds its element), long ones cut.
 */
export function buildQueue(sentences: Iterable<string | null | undefined>): QueueItem[] {
  const queue: QueueItem[] = [];
  let i = 0;
  for (const raw of sentences) {
    const text = String(raw ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    // A sentence of marks alone (…, ——) has nothing to say.
    if (/[\p{L}\p{N}]/u.test(text))
      for (const part of splitLong(text))
        if (part.trim()) queue.push({ sentence: i, text: part.trim() });
    i++;
  }
  return queue;
}

export type PlayerState = 'idle' | 'playing' | 'paused';

export interface PlayerHooks {
  /** The sentence being read (its index in the page's sentences), or -1 when none. */
  onSentence?: (sentence: number) => void;
  onState?: (state: PlayerState) => void;
}

/**
 * The player: speaks the queue item by item with one voice, one utterance at a time. Every
 * utterance carries the generation it was spoken in; an `end` or `error` of an older one (Chrome
 * fires them for a cancelled utterance, sometimes late) is ignored.
 */
export class ReadAloudPlayer {
  state: PlayerState = 'idle';
  /** The queue item being read, or to be read again on resume. */
  index = 0;
  private generation = 0;
  /**
   * The utterance being spoken, held so that the browser does not collect it before its `end`
   * (Chrome then never fires it).
   */
  current: UtteranceLike | null = null;

  constructor(
    private readonly synth: SynthLike,
    private readonly makeUtterance: (text: string) => UtteranceLike,
    private readonly voice: VoiceLike,
    private readonly queue: readonly QueueItem[],
    private readonly hooks: PlayerHooks = {},
  ) {}

  /** Start from the first sentence (or from `from`, a queue index), whatever the state. */
  play(from = 0): void {
    this.halt();
    if (this.queue.length === 0) return this.setState('idle');
    this.index = Math.min(Math.max(0, Math.floor(from) || 0), this.queue.length - 1);
    this.setState('playing');
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.halt();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.setState('playing');
    this.speakCurrent();
  }

  /** Stop and forget the place: the next play starts from the beginning. */
  stop(): void {
    if (this.state === 'idle') return;
    this.halt();
    this.index = 0;
    this.setState('idle');
    this.hooks.onSentence?.(-1);
  }

  /** The one button's action: play when idle, pause when playing, resume when paused. */
  toggle(): void {
    if (this.state === 'playing') this.pause();
    else if (this.state === 'paused') this.resume();
    else this.play();
  }

  private halt(): void {
    this.generation++;
    this.current = null;
    try {
      this.synth.cancel();
    } catch {
      /* a synthesizer that throws on cancel has nothing to cancel */
    }
  }

  private setState(state: PlayerState): void {
    if (state === this.state) return;
    this.state = state;
    this.hooks.onState?.(state);
  }

  private speakCurrent(): void {
    const item = this.queue[this.index];
    if (!item) return this.finish();
    const generation = ++this.generation;
    const utterance = this.makeUtterance(item.text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    const next = () => {
      if (generation !== this.generation || this.state !== 'playing') return;
      this.index++;
      this.speakCurrent();
    };
    utterance.onend = next;
    // An error (a voice that fails, "synthesis-failed") skips to the next sentence rather than stalling.
    utterance.onerror = next;
    this.current = utterance;
    this.hooks.onSentence?.(item.sentence);
    try {
      this.synth.speak(utterance);
    } catch {
      this.stop();
    }
  }

  private finish(): void {
    this.generation++;
    this.current = null;
    this.index = 0;
    this.setState('idle');
    this.hooks.onSentence?.(-1);
  }
}

/** What `watchVoices` needs of `window.speechSynthesis`. */
export interface VoiceSource {
  getVoices(): readonly VoiceLike[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
  onvoiceschanged?: unknown;
}

/**
 * Calls `found` with the best voice for `lang` now and every time the browser's list of voices
 * changes (they load late: Chrome's list is empty until `voiceschanged`), or with undefined when
 * no voice reads the language (any more). Returns a function that stops watching.
 */
export function watchVoices(
  source: VoiceSource | null | undefined,
  lang: string,
  found: (voice: VoiceLike | undefined) => void,
): () => void {
  if (!source || typeof source.getVoices !== 'function') {
    found(undefined);
    return () => undefined;
  }
  const check = () => {
    let voices: readonly VoiceLike[];
    try {
      voices = source.getVoices() ?? [];
    } catch {
      voices = [];
    }
    found(chooseVoice(voices, lang));
  };
  if (typeof source.addEventListener === 'function') {
    source.addEventListener('voiceschanged', check);
    check();
    return () => source.removeEventListener?.('voiceschanged', check);
  }
  // Older Safari: only the event handler property.
  source.onvoiceschanged = check;
  check();
  return () => {
    source.onvoiceschanged = null;
  };
}
