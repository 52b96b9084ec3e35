/** Language tags as voices write them (read-aloud.ts, read-aloud-gate.ts). */

/**
 * A language tag as voices write it (zh_CN, cmn-Hans-CN, EN-gb), as its parts in lower case:
 * language, script and region ('' where the tag has none).
 */
export function tagParts(tag: string): { language: string; script: string; region: string } {
  const parts = String(tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)
    .filter(Boolean);
  const language = tagLanguage(tag);
  const rest = parts.slice(1);
  const script = rest.find((p) => /^[a-z]{4}$/.test(p)) ?? '';
  const region = rest.find((p) => /^([a-z]{2}|\d{3})$/.test(p)) ?? '';
  return { language, script, region };
}

/**
 * A tag's language alone, in lower case ('' for none): what the read-aloud gate, on every page's
 * first load, compares, without the script and region parsing the reader needs.
 */
export function tagLanguage(tag: string): string {
  const language =
    String(tag ?? '')
      .trim()
      .toLowerCase()
      .split(/[-_]/)
      .find(Boolean) ?? '';
  // Mandarin and Cantonese are Chinese to a reader of either script.
  return language === 'cmn' || language === 'yue' ? 'zh' : language;
}
