/**
 * The copy controls' messages in one edition (client/copy.ts): what a copy confirms, what the
 * dialog says when the clipboard refuses, and its close button. They are not in every page's
 * HTML: /<edition>/copy-strings.json (pages/[locale]/copy-strings.json.ts) serves them, and the
 * copy code fetches them beside itself on a reader's first copy, so a page that is only read
 * carries none of them.
 */
import type { Translate } from '../i18n.ts';

export interface CopyStrings {
  /** A link was copied. */
  copiedLink: string;
  /** The clipboard refused a link: it is shown selected, to copy by hand. */
  copyFailed: string;
  /** A paragraph's text and link were copied. */
  copiedText: string;
  /** The clipboard refused a paragraph: it is shown selected, to copy by hand. */
  copyFailedText: string;
  /** The manual-copy dialog's close button. */
  close: string;
}

export const COPY_STRING_KEYS: readonly (keyof CopyStrings)[] = [
  'copiedLink',
  'copyFailed',
  'copiedText',
  'copyFailedText',
  'close',
];

export function copyStrings(t: Translate): CopyStrings {
  return {
    copiedLink: t('share.copied'),
    copyFailed: t('share.copyFailedManual'),
    copiedText: t('share.textCopied'),
    copyFailedText: t('share.copyFailedText'),
    close: t('share.close'),
  };
}

/**
 * Reads a served copy-strings.json: only the known keys, only strings, nothing else (a broken
 * or hostile answer gives {} and the copy code's plain fallbacks).
 */
export function parseCopyStrings(json: unknown): Partial<CopyStrings> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  const out: Partial<CopyStrings> = {};
  for (const key of COPY_STRING_KEYS) {
    if (!Object.hasOwn(json, key)) continue;
    const value = (json as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) out[key] = value;
  }
  return out;
}
