/**
 * The text of the generated editions (editions.ts, `derivedFrom`). OpenCC (opencc-js) converts
 * the source edition's text, then the reviewed overrides of content/conversion.yaml put right
 * what the conversion gets wrong or where Taiwan and Hong Kong usage matters, and the edition's
 * punctuation is applied (「」 for “”, and ，；：（） for the source's Latin marks by Chinese text:
 * `widen`). Every step writes one character for one. An override is checked before it is used: it keeps the
 * length of what it replaces (sentences, anchors and search positions stay put) and converts
 * back to it (it chooses a character form, never another word).
 *
 * Pure: the overrides are data, passed in (`makeDerive(overridesOf(entry))`). The `conversion`
 * collection reads the file (src/content.config.ts, src/lib/astro/plan.ts); outside Astro,
 * node/conversion.ts and the tests' loader read it the same way.
 */
import * as OpenCC from 'opencc-js';
import { z } from 'astro/zod';
import { DERIVED_LOCALES, edition, type DerivedLocale } from '../editions.ts';
import type { Derive } from '../model/localize.ts';
import { ContentError } from '../model/errors.ts';
import { escapeRegExp } from '../model/text.ts';

/** The file the overrides are written in, for error messages. */
export const CONVERSION_FILE = 'content/conversion.yaml';

const overrideSchema = z.strictObject({
  /** the source edition's text, as the content writes it */
  from: z.string().trim().min(1),
  /** what the generated edition writes instead of OpenCC's conversion of `from` */
  to: z.string().trim().min(1),
  /** why (a reviewer's reason, in English) */
  why: z.string().trim().min(1),
});
export type Override = z.infer<typeof overrideSchema>;

/** A content file of lists under each generated edition's id (conversion.yaml, ui-wording.yaml), as the YAML loader gives it (one item, `document`). */
export function perGeneratedEditionSchema<T extends z.ZodType>(item: T) {
  return z.object({ id: z.literal('document') }).catchall(z.array(item));
}

/** Each generated edition's list of such a file (none: empty); a key that is no generated edition is refused. */
export function perGeneratedEdition<T>(
  entry: { id: string } & Record<string, T[] | string>,
  file: string,
): Record<DerivedLocale, T[]> {
  for (const key of Object.keys(entry)) {
    if (key !== 'id' && !(DERIVED_LOCALES as readonly string[]).includes(key))
      throw new ContentError(
        file,
        key,
        `is not a generated edition (${DERIVED_LOCALES.join(', ')})`,
      );
  }
  return Object.fromEntries(
    DERIVED_LOCALES.map((locale) => [locale, (entry[locale] as T[] | undefined) ?? []]),
  ) as Record<DerivedLocale, T[]>;
}
/** content/conversion.yaml, as the YAML loader gives it (one item, `document`): the overrides under each generated edition's id. */
export const conversionSchema = perGeneratedEditionSchema(overrideSchema);
export type Conversion = z.infer<typeof conversionSchema>;

type Converters = { forward: (text: string) => string; back: (text: string) => string };
const opencc = new Map<DerivedLocale, Converters>();

/** OpenCC's converters of a generated edition: from its source's text to its own, and back (made once). */
function openccOf(locale: DerivedLocale): Converters {
  let converters = opencc.get(locale);
  if (!converters) {
    const { from, to } = edition(locale).derivedFrom!.opencc;
    converters = {
      forward: OpenCC.Converter({ from: from as 'cn', to: to as 'tw' }),
      back: OpenCC.Converter({ from: to as 'tw', to: from as 'cn' }),
    };
    opencc.set(locale, converters);
  }
  return converters;
}

/**
 * A converter: `convert` (OpenCC) for the text between the overrides' `from`s, each override's
 * `to` in place of its `from` (the first match in the text; at one place, the longest).
 */
export function withOverrides(
  convert: (text: string) => string,
  overrides: readonly Override[],
): (text: string) => string {
  if (overrides.length === 0) return convert;
  // An override's `to` is kept as it is too: converting converted text changes nothing.
  const to = new Map([
    ...overrides.map((o) => [o.to, o.to] as const),
    ...overrides.map((o) => [o.from, o.to] as const),
  ]);
  const escaped = [...to.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(${escaped.join('|')})`, 'u');
  return (text) =>
    text
      .split(pattern)
      .map((piece, i) => (i % 2 === 1 ? to.get(piece)! : piece && convert(piece)))
      .join('');
}

/** Checks the overrides of one edition: each changes OpenCC's output, keeps the length and converts back to its `from`. */
export function checkOverrides(
  locale: DerivedLocale,
  overrides: readonly Override[],
  file = CONVERSION_FILE,
): void {
  const { forward, back } = openccOf(locale);
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    const field = `${locale}[${i}] (${o.from})`;
    if (seen.has(o.from)) throw new ContentError(file, field, 'is overridden twice');
    seen.add(o.from);
    if ([...o.to].length !== [...o.from].length)
      throw new ContentError(
        file,
        `${field}.to`,
        `"${o.to}" has ${[...o.to].length} characters where "${o.from}" has ${[...o.from].length}: an override changes characters, not their number`,
      );
    if (forward(o.from) === o.to)
      throw new ContentError(
        file,
        `${field}.to`,
        `"${o.to}" is what OpenCC writes already: the override is not needed`,
      );
    if (back(o.to) !== o.from)
      throw new ContentError(
        file,
        `${field}.to`,
        `"${o.to}" converts back to "${back(o.to)}", not "${o.from}": an override chooses a character form, it does not change the words`,
      );
  });
}

/** Checks content/conversion.yaml (the collection's entry) and gives the overrides of every generated edition. */
export function overridesOf(
  conversion: Conversion,
  file = CONVERSION_FILE,
): Record<DerivedLocale, Override[]> {
  const overrides = perGeneratedEdition<Override>(conversion, file);
  for (const locale of DERIVED_LOCALES) checkOverrides(locale, overrides[locale], file);
  return overrides;
}

/**
 * The edition's punctuation for the source's (“” → 「」), one character for one; a mark between
 * two Latin letters is an apostrophe (People’s), not a quotation mark, and is kept.
 */
export function punctuate(text: string, punctuation: Readonly<Record<string, string>>): string {
  const chars = [...text];
  return chars
    .map((c, i) => {
      const to = punctuation[c];
      if (to === undefined) return c;
      return /[A-Za-z]/.test(chars[i - 1] ?? '') && /[A-Za-z]/.test(chars[i + 1] ?? '') ? c : to;
    })
    .join('');
}

/** A Chinese character, or a mark of Chinese text (、。「」《》〔〕 and the full-width forms ，（）). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /\s/u;

/**
 * The edition's full-width marks for the Latin ones that stand by Chinese text (editions.ts,
 * `fullWidth`), one character for one, so that sentences, anchors and search positions stay put:
 * - a pair of parentheses is written full width, both halves, when anything between them is
 *   Chinese or the nearest character outside either half is (计划(2018-2020年) → 计划（2018-2020年）;
 *   (Ctrl+F 或 ⌘F); 数据(JSON)); the pairs are matched as nested, and an inner pair whose only
 *   Chinese neighbour is its outer pair's full-width half follows it (（（1））); a parenthesis
 *   without its pair is a single mark;
 * - any other mark is written full width when its nearest character (across white space) on
 *   either side is Chinese;
 * - a mark between Latin letters, digits or other marks is kept (5G, 10:30, https://, (2018)).
 * A mark that becomes full width can make its neighbour's Chinese (”, → 」，): the rule is applied
 * until nothing changes, so applying it again changes nothing.
 */
export function widen(text: string, fullWidth: Readonly<Record<string, string>>): string {
  if (![...text].some((c) => fullWidth[c] !== undefined)) return text;
  const chars = [...text];
  const near = (i: number, step: 1 | -1): string => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step)
      if (!SPACE.test(chars[j]!)) return chars[j]!;
    return '';
  };
  const chinese = (c: string) => CHINESE.test(c);
  const open = fullWidth['('];
  const close = fullWidth[')'];
  for (let changed = true; changed;) {
    changed = false;
    // The parentheses still Latin, matched as nested; outer pairs first, so that an inner pair
    // sees its outer pair's halves as they are now written.
    const paired = new Set<number>();
    if (open !== undefined && close !== undefined) {
      const stack: number[] = [];
      const pairs: [number, number][] = [];
      chars.forEach((c, i) => {
        if (c === '(') stack.push(i);
        else if (c === ')' && stack.length > 0) pairs.push([stack.pop()!, i]);
      });
      for (const [o, c] of pairs.sort((a, b) => a[0] - b[0])) {
        paired.add(o).add(c);
        if (
          chinese(near(o, -1)) ||
          chinese(near(c, 1)) ||
          chars.slice(o + 1, c).some((x) => chinese(x))
        ) {
          chars[o] = open;
          chars[c] = close;
          changed = true;
        }
      }
    }
    // Every other mark, and a parenthesis without its pair, by its own neighbours.
    chars.forEach((c, i) => {
      const to = fullWidth[c];
      if (to === undefined || paired.has(i)) return;
      if (chinese(near(i, -1)) || chinese(near(i, 1))) {
        chars[i] = to;
        changed = true;
      }
    });
  }
  return chars.join('');
}

/** The converter of each generated edition, OpenCC's with the given overrides. */
export function makeDerive(overrides: Partial<Record<DerivedLocale, readonly Override[]>>): Derive {
  const converters = new Map(
    DERIVED_LOCALES.map((locale) => {
      const { punctuation = {}, fullWidth = {} } = edition(locale).derivedFrom!;
      const convert = withOverrides(openccOf(locale).forward, overrides[locale] ?? []);
      return [
        locale,
        (text: string) => widen(punctuate(convert(text), punctuation), fullWidth),
      ] as const;
    }),
  );
  const cache = new Map<string, string>();
  return (locale, text) => {
    const key = `${locale}\u0000${text}`;
    let out = cache.get(key);
    if (out === undefined) {
      out = converters.get(locale)!(text);
      cache.set(key, out);
    }
    return out;
  };
}

/**
 * Each character of a generated edition's `text` that converts back to another single
 * character of its source edition (瀋 → 沈, 機 → 机), for folding text and queries into the
 * source's characters one for one (search/core.ts).
 */
export function foldToSource(locale: DerivedLocale, text: string): Record<string, string> {
  const { back } = openccOf(locale);
  const out: Record<string, string> = {};
  for (const c of [...new Set(text)].sort()) {
    const s = back(c);
    if (s !== c && s.length === c.length && [...s].length === 1) out[c] = s;
  }
  return out;
}
