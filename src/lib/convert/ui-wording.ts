/**
 * The reviewed wording of a generated edition's UI strings (content/ui-wording.yaml). The UI
 * strings are the site's own words, not the plan's: where Taiwan and Hong Kong readers say a thing
 * otherwise than the mainland (搜索 → 搜尋, 链接 → 連結, 数据 → 資料), the converted string takes
 * the reviewed wording. The plan's text, the glossary's names and the notes keep their words
 * (convert/derive.ts changes characters, never words): this table applies to the UI strings only
 * (i18n.ts).
 *
 * How: each UI string is converted whole (OpenCC, the overrides, the punctuation: derive.ts,
 * which keeps the number of characters), then the span of every `from` in the Simplified string
 * is replaced in the converted one by its `to` (an entry with a `key` only in that string; at one
 * place the entry with a key first, then the longest `from`).
 *
 * Checked as the conversion's overrides are (derive.ts): the build refuses an entry whose `from`
 * no longer matches any UI string (stale), whose key is no UI string, that changes nothing
 * (the conversion writes `to` already), whose `to` is not in the edition's characters, or that is
 * written twice. Pure: the entries, the strings and the converter are passed in.
 */
import { z } from 'astro/zod';
import type { DerivedLocale } from '../editions.ts';
import { ContentError } from '../model/errors.ts';
import { perGeneratedEdition, perGeneratedEditionSchema } from './derive.ts';
import type { Derive } from '../model/localize.ts';

/** The file the wording is written in, for error messages. */
export const UI_WORDING_FILE = 'content/ui-wording.yaml';

const wordingSchema = z.strictObject({
  /** a phrase of the source edition's UI strings (src/i18n/zh.json), as written there */
  from: z.string().trim().min(1),
  /** what the generated edition writes for it, in its own characters */
  to: z.string().trim().min(1),
  /** a UI key (`share.qr`): the entry applies to that string only; without one, to every UI string */
  key: z
    .string()
    .regex(/^\w+(\.\w+)+$/, 'is a UI key such as share.qr')
    .optional(),
  /** why (a reviewer's reason, in English) */
  why: z.string().trim().min(1),
});
export type Wording = z.infer<typeof wordingSchema>;

/** content/ui-wording.yaml, as the YAML loader gives it (one item, `document`): the entries under each generated edition's id. */
export const uiWordingSchema = perGeneratedEditionSchema(wordingSchema);
export type UiWording = z.infer<typeof uiWordingSchema>;

/** The entries of every generated edition; a key that is no generated edition is refused. */
export function wordingOf(
  wording: UiWording,
  file = UI_WORDING_FILE,
): Record<DerivedLocale, Wording[]> {
  return perGeneratedEdition<Wording>(wording, file);
}

/** Every string of a tree of UI strings, by its dotted key (plural forms as i18next keys them: `results_other`). */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

/** A key with its plural suffix left out: the key an entry names (`search.results` for `search.results_other`). */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/** Where each entry applies in one Simplified string: spans that do not overlap, in order. */
function spansOf(
  source: string,
  key: string,
  entries: readonly Wording[],
): { start: number; end: number; entry: Wording }[] {
  const ordered = entries
    .filter((e) => e.key === undefined || e.key === baseKey(key))
    .sort(
      (a, b) =>
        Number(b.key !== undefined) - Number(a.key !== undefined) || b.from.length - a.from.length,
    );
  const spans: { start: number; end: number; entry: Wording }[] = [];
  for (const entry of ordered) {
    for (let at = source.indexOf(entry.from); at >= 0; at = source.indexOf(entry.from, at + 1)) {
      const end = at + entry.from.length;
      if (spans.some((s) => at < s.end && end > s.start)) continue;
      spans.push({ start: at, end, entry });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A generated edition's UI strings: the source edition's, each converted whole, then given the
 * reviewed wording (see the module's comment). Checks the entries against these strings.
 */
export function localizeUiStrings<T>(
  strings: T,
  locale: DerivedLocale,
  entries: readonly Wording[],
  derive: Derive,
  file = UI_WORDING_FILE,
): T {
  const all = leaves(strings);
  const keys = new Set(all.map(([k]) => baseKey(k)));
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const field = `${locale}[${i}] (${e.key ? `${e.key}: ` : ''}${e.from})`;
    const id = `${e.key ?? ''}\u0000${e.from}`;
    if (seen.has(id)) throw new ContentError(file, field, 'is written twice');
    seen.add(id);
    if (e.key !== undefined && !keys.has(e.key))
      throw new ContentError(file, `${field}.key`, `"${e.key}" is no UI string`);
    if (derive(locale, e.from) === e.to)
      throw new ContentError(
        file,
        `${field}.to`,
        `"${e.to}" is what the conversion writes already: the entry is not needed`,
      );
    if (derive(locale, e.to) !== e.to)
      throw new ContentError(
        file,
        `${field}.to`,
        `"${e.to}" is not in the edition's characters (the conversion makes it "${derive(locale, e.to)}")`,
      );
  });

  const used = new Set<Wording>();
  const reworded = new Map<string, string>();
  for (const [key, source] of all) {
    const converted = derive(locale, source);
    const spans = spansOf(source, key, entries);
    if (spans.length === 0) {
      reworded.set(key, converted);
      continue;
    }
    if (converted.length !== source.length)
      throw new ContentError(
        file,
        key,
        `the conversion of "${source}" has ${converted.length} characters, not ${source.length}: the wording cannot be placed`,
      );
    let out = '';
    let last = 0;
    for (const { start, end, entry } of spans) {
      out += converted.slice(last, start) + entry.to;
      last = end;
      used.add(entry);
    }
    reworded.set(key, out + converted.slice(last));
  }
  entries.forEach((e, i) => {
    if (!used.has(e))
      throw new ContentError(
        file,
        `${locale}[${i}] (${e.key ? `${e.key}: ` : ''}${e.from})`,
        `"${e.from}" is in no UI string${e.key ? ` of ${e.key}` : ''} of src/i18n (stale: remove the entry or write it for the string's new wording)`,
      );
  });
  return rebuild(strings, '', reworded) as T;
}

function rebuild(tree: unknown, prefix: string, values: Map<string, string>): unknown {
  if (typeof tree === 'string') return values.get(prefix) ?? tree;
  if (tree && typeof tree === 'object')
    return Object.fromEntries(
      Object.entries(tree).map(([k, v]) => [k, rebuild(v, prefix ? `${prefix}.${k}` : k, values)]),
    );
  return tree;
}
