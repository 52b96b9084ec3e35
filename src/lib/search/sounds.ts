/**
 * Chinese: which characters sound alike (/search/zh-sounds.json, built by node/sounds.ts), for the
 * correction of a query typed with a pinyin input method (suggest.ts): a wrong character of the
 * same sound. Fetched with the later stages, only by a Chinese search that reaches the correction.
 * Safe in the browser.
 */

/** Character → its syllables (toneless). */
export type Sounds = ReadonlyMap<string, readonly string[]>;

/** The file as fetched (untrusted JSON: syllable → characters); anything else is left out. */
export function soundsFrom(json: unknown): Sounds {
  const out = new Map<string, string[]>();
  if (!json || typeof json !== 'object' || Array.isArray(json)) return out;
  for (const [syllable, chars] of Object.entries(json as Record<string, unknown>)) {
    if (!/^[a-zü]{1,6}$/.test(syllable) || typeof chars !== 'string') continue;
    for (const c of chars)
      if (/\p{Script=Han}/u.test(c)) out.set(c, [...(out.get(c) ?? []), syllable]);
  }
  return out;
}

/**
 * A syllable as the pinyin input methods' fuzzy setting types it (模糊音): zh, ch, sh as z, c, s;
 * an initial l as n; -ang, -eng, -ing as -an, -en, -in (照 zhao and 造 zao, 牛 niu and 流 liu).
 */
export function fuzzy(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/([aei])ng$/, '$1n');
}

/** Two characters share a reading, or one the fuzzy setting types alike. */
export function soundAlike(a: string, b: string, sounds: Sounds): boolean {
  const ra = sounds.get(a);
  const rb = sounds.get(b);
  if (!ra || !rb) return false;
  const fb = rb.map(fuzzy);
  return ra.some((r) => fb.includes(fuzzy(r)));
}
