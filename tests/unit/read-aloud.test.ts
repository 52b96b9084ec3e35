/** Read aloud, pure parts (client/read-aloud.ts): voices, the queue, the player; hostile input and missing APIs. */
import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  chooseVoice,
  MAX_UTTERANCE,
  ReadAloudPlayer,
  splitLong,
  spokenLength,
  tagParts,
  watchVoices,
  type PlayerState,
  type UtteranceLike,
  type VoiceLike,
  type VoiceSource,
} from '../../src/lib/client/read-aloud.ts';
import { tagLanguage } from '../../src/lib/client/lang-tag.ts';

const v = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  lang,
  name,
  ...extra,
});

describe('chooseVoice', () => {
  const all = [v('en-US'), v('zh-TW'), v('zh-HK'), v('en-GB'), v('zh-CN'), v('fr-FR')];

  it('gives each edition the voice of its language and script', () => {
    expect(chooseVoice(all, 'zh-CN')?.lang).toBe('zh-CN');
    expect(chooseVoice(all, 'zh-Hant')?.lang).toBe('zh-TW');
    expect(chooseVoice(all, 'en')?.lang).toMatch(/^en-/);
    expect(chooseVoice(all, 'en-GB')?.lang).toBe('en-GB');
  });

  it('falls back to any Chinese voice, and Hong Kong after Taiwan for Traditional', () => {
    expect(chooseVoice([v('zh-TW')], 'zh-CN')?.lang).toBe('zh-TW');
    expect(chooseVoice([v('zh-CN')], 'zh-Hant')?.lang).toBe('zh-CN');
    expect(chooseVoice([v('zh-CN'), v('zh-HK')], 'zh-Hant')?.lang).toBe('zh-HK');
    expect(chooseVoice([v('zh-HK'), v('zh-TW')], 'zh-Hant')?.lang).toBe('zh-TW');
    expect(chooseVoice([v('zh-HK'), v('zh-TW')], 'zh-CN')?.lang).toBe('zh-TW');
  });

  it('reads the tags voices write: underscores, case, Mandarin and Cantonese subtags', () => {
    expect(chooseVoice([v('ZH_cn', 'a')], 'zh-CN')?.name).toBe('a');
    expect(chooseVoice([v('cmn-Hans-CN', 'm'), v('en-US')], 'zh-CN')?.name).toBe('m');
    expect(chooseVoice([v('yue-HK', 'y'), v('zh-CN', 'c')], 'zh-Hant')?.name).toBe('y');
    expect(chooseVoice([v('en_GB', 'g'), v('en-US', 'u')], 'en-GB')?.name).toBe('g');
    expect(tagParts('zh-Hant-TW')).toEqual({ language: 'zh', script: 'hant', region: 'tw' });
  });

  it("reads a tag's language alone as the parser does, hostile tags included", () => {
    const tags = ['ZH_cn', 'cmn-Hans-CN', 'yue-HK', ' en-GB ', '_zh', '--', '', 'x', 'EN', '-_-fr'];
    for (const tag of tags) expect(tagLanguage(tag)).toBe(tagParts(tag).language);
    expect(tagLanguage('yue-HK')).toBe('zh');
    expect(tagLanguage(' en-GB ')).toBe('en');
    expect(tagLanguage('')).toBe('');
    expect(tagLanguage(null as unknown as string)).toBe('');
  });

  it('prefers a voice on the device, then the default, among equals', () => {
    const remote = v('en-GB', 'remote', { localService: false, default: true });
    const local = v('en-GB', 'local', { localService: true });
    expect(chooseVoice([remote, local], 'en')?.name).toBe('local');
  });

  it('has none for a language no voice reads, and survives hostile lists', () => {
    expect(chooseVoice([v('fr-FR'), v('ja-JP')], 'zh-CN')).toBeUndefined();
    expect(chooseVoice([v('zh-CN')], 'en')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
    expect(chooseVoice(null, 'en')).toBeUndefined();
    expect(chooseVoice(undefined, '')).toBeUndefined();
    const odd = [{ lang: '', name: '' }, { name: 'x' } as VoiceLike, null as unknown as VoiceLike];
    expect(chooseVoice(odd, 'en')).toBeUndefined();
    expect(chooseVoice([v('en')], '')).toBeUndefined();
    expect(chooseVoice([v('zh')], 'zh-Hant')?.lang).toBe('zh');
  });
});

describe('buildQueue and splitLong', () => {
  it('keeps each sentence with its index, folding white space and skipping empty ones', () => {
    expect(buildQueue(['  One\n sentence. ', '', null, '……', 'Two.'])).toEqual([
      { sentence: 0, text: 'One sentence.' },
      { sentence: 4, text: 'Two.' },
    ]);
    expect(buildQueue([])).toEqual([]);
    expect(buildQueue([undefined, '   ', '——'])).toEqual([]);
  });

  it('reads markup as the words it shows, not as HTML', () => {
    expect(buildQueue(['<script>alert(1)</script>'])).toEqual([
      { sentence: 0, text: '<script>alert(1)</script>' },
    ]);
  });

  it('cuts a long sentence at its clauses, each part about 10 s to say, nothing lost', () => {
    const clause = '加快推进人工智能与实体经济深度融合，';
    const long = clause.repeat(8) + '形成产业集群。';
    const parts = splitLong(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(spokenLength(p)).toBeLessThanOrEqual(MAX_UTTERANCE);
    expect(parts.join('')).toBe(long);
    expect(parts[0]!.endsWith('，')).toBe(true);
    const queue = buildQueue(['Short.', long]);
    expect(queue.filter((q) => q.sentence === 1).map((q) => q.text)).toEqual(parts);
    // A Chinese character takes about three letters' time: 50 of them, or 150 letters, in one part.
    expect(splitLong('字'.repeat(50))).toHaveLength(1);
    expect(splitLong('字'.repeat(51))).toHaveLength(2);
    const english = 'Focusing on the six related industries of intelligent robots, '.repeat(4);
    for (const p of splitLong(english)) expect(p.length).toBeLessThanOrEqual(MAX_UTTERANCE);
  });

  it('cuts hard a clause with no mark at all, and keeps surrogate pairs whole', () => {
    const parts = splitLong('x'.repeat(MAX_UTTERANCE * 2 + 5));
    expect(parts.map((p) => p.length)).toEqual([MAX_UTTERANCE, MAX_UTTERANCE, 5]);
    expect(splitLong('short')).toEqual(['short']);
    const emoji = '😀'.repeat(MAX_UTTERANCE + 1);
    expect(splitLong(emoji).join('')).toBe(emoji);
    expect(splitLong(emoji).every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });
});

/** A synthesizer that records and lets the test end each utterance, as the stub of the browser test does. */
function fakeSynth() {
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  return {
    spoken,
    get cancels() {
      return cancels;
    },
    synth: {
      speak: (u: UtteranceLike) => void spoken.push(u),
      cancel: () => void cancels++,
    },
    make: (text: string): UtteranceLike => ({
      text,
      lang: '',
      voice: null,
      onend: null,
      onerror: null,
    }),
  };
}

function player(sentences: string[], voice = v('zh-CN')) {
  const fake = fakeSynth();
  const marks: number[] = [];
  const states: PlayerState[] = [];
  const p = new ReadAloudPlayer(fake.synth, fake.make, voice, buildQueue(sentences), {
    onSentence: (i) => marks.push(i),
    onState: (s) => states.push(s),
  });
  return { p, fake, marks, states };
}

describe('ReadAloudPlayer', () => {
  it('cancels first, then speaks sentence by sentence in the voice’s language, marking each', () => {
    const { p, fake, marks, states } = player(['甲。', '乙。']);
    p.play();
    expect(fake.cancels).toBe(1);
    expect(fake.spoken.map((u) => [u.text, u.lang])).toEqual([['甲。', 'zh-CN']]);
    expect(fake.spoken[0]!.voice?.lang).toBe('zh-CN');
    fake.spoken[0]!.onend?.({});
    expect(fake.spoken.map((u) => u.text)).toEqual(['甲。', '乙。']);
    fake.spoken[1]!.onend?.({});
    expect(marks).toEqual([0, 1, -1]);
    expect(p.current).toBeNull();
    expect(states).toEqual(['playing', 'idle']);
    expect(p.state).toBe('idle');
  });

  it('pauses by cancelling, and resumes with the same sentence from its start', () => {
    const { p, fake, states } = player(['One.', 'Two.', 'Three.'], v('en-GB'));
    p.toggle();
    fake.spoken[0]!.onend?.({});
    p.toggle(); // pause during "Two."
    expect(p.state).toBe('paused');
    // The cancelled utterance's late end must not move the reading on.
    fake.spoken[1]!.onend?.({});
    fake.spoken[1]!.onerror?.({ error: 'interrupted' });
    expect(fake.spoken.length).toBe(2);
    p.toggle(); // resume
    expect(fake.spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Two.']);
    expect(states).toEqual(['playing', 'paused', 'playing']);
    p.pause();
    p.pause();
    expect(states.at(-1)).toBe('paused');
  });

  it('stops mid-sentence: cancelled, unmarked, the next play starts from the beginning', () => {
    const { p, fake, marks } = player(['One.', 'Two.']);
    p.play();
    fake.spoken[0]!.onend?.({});
    const cancels = fake.cancels;
    expect(p.current).toBe(fake.spoken[1]);
    p.stop();
    expect(p.current).toBeNull();
    expect(fake.cancels).toBe(cancels + 1);
    expect(marks.at(-1)).toBe(-1);
    fake.spoken[1]!.onend?.({}); // late end of the cancelled sentence
    expect(fake.spoken.length).toBe(2);
    p.play();
    expect(fake.spoken.at(-1)!.text).toBe('One.');
    p.stop();
    p.stop();
    p.resume(); // nothing to resume when stopped
    expect(fake.spoken.length).toBe(3);
  });

  it('skips a sentence the voice fails on rather than stalling', () => {
    const { p, fake } = player(['One.', 'Two.']);
    p.play();
    fake.spoken[0]!.onerror?.({ error: 'synthesis-failed' });
    expect(fake.spoken.at(-1)!.text).toBe('Two.');
  });

  it('does nothing with nothing to read, and survives a synthesizer that throws', () => {
    const empty = player(['', '  ']);
    empty.p.play();
    expect(empty.fake.spoken).toEqual([]);
    expect(empty.p.state).toBe('idle');
    const broken = new ReadAloudPlayer(
      {
        speak: () => {
          throw new Error('not allowed');
        },
        cancel: () => {
          throw new Error('no');
        },
      },
      fakeSynth().make,
      v('en'),
      buildQueue(['One.']),
    );
    expect(() => broken.play()).not.toThrow();
    expect(broken.state).toBe('idle');
  });

  it('plays from a given sentence, clamped to the queue', () => {
    const { p, fake } = player(['One.', 'Two.']);
    p.play(1);
    expect(fake.spoken.at(-1)!.text).toBe('Two.');
    p.play(99);
    expect(fake.spoken.at(-1)!.text).toBe('Two.');
    p.play(Number.NaN);
    expect(fake.spoken.at(-1)!.text).toBe('One.');
  });
});

describe('watchVoices', () => {
  function source(initial: VoiceLike[]) {
    let voices = initial;
    const listeners = new Set<() => void>();
    const s: VoiceSource = {
      getVoices: () => voices,
      addEventListener: (_t, l) => void listeners.add(l),
      removeEventListener: (_t, l) => void listeners.delete(l),
    };
    return {
      s,
      listeners,
      arrive(list: VoiceLike[]) {
        voices = list;
        for (const l of listeners) l();
      },
    };
  }

  it('finds a voice that arrives late, and loses it when it goes', () => {
    const src = source([]);
    const seen: (string | undefined)[] = [];
    const stop = watchVoices(src.s, 'zh-Hant', (voice) => seen.push(voice?.lang));
    src.arrive([v('en-US')]);
    src.arrive([v('en-US'), v('zh-TW')]);
    src.arrive([]);
    expect(seen).toEqual([undefined, undefined, 'zh-TW', undefined]);
    stop();
    expect(src.listeners.size).toBe(0);
  });

  it('answers none without speech synthesis, or when getVoices throws', () => {
    const seen: unknown[] = [];
    watchVoices(undefined, 'en', (x) => seen.push(x));
    watchVoices(null, 'en', (x) => seen.push(x));
    watchVoices({} as VoiceSource, 'en', (x) => seen.push(x));
    watchVoices(
      {
        getVoices: () => {
          throw new Error('x');
        },
      },
      'en',
      (x) => seen.push(x),
    );
    expect(seen).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('uses onvoiceschanged where there is no addEventListener', () => {
    let voices: VoiceLike[] = [];
    const s: VoiceSource = { getVoices: () => voices, onvoiceschanged: null };
    const seen: (string | undefined)[] = [];
    const stop = watchVoices(s, 'en', (x) => seen.push(x?.lang));
    voices = [v('en-GB')];
    (s.onvoiceschanged as () => void)();
    expect(seen).toEqual([undefined, 'en-GB']);
    stop();
    expect(s.onvoiceschanged).toBeNull();
  });
});
