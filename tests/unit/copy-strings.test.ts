/** The copy controls' messages (share/copy-strings.ts): made from the UI strings, read back safely. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import {
  COPY_STRING_KEYS,
  copyStrings,
  parseCopyStrings,
} from '../../src/lib/share/copy-strings.ts';

describe('copy strings', () => {
  it('has every message, in every edition, in its own words', () => {
    const made = LOCALES.map((locale) => copyStrings(useTranslations(locale)));
    for (const strings of made) {
      expect(Object.keys(strings).sort()).toEqual([...COPY_STRING_KEYS].sort());
      for (const key of COPY_STRING_KEYS) expect(strings[key].trim(), key).not.toBe('');
    }
    // Each edition's messages differ from the others' (none left untranslated).
    expect(new Set(made.map((s) => s.copiedLink)).size).toBe(LOCALES.length);
  });

  it('reads back what the endpoint serves', () => {
    const strings = copyStrings(useTranslations('en'));
    expect(parseCopyStrings(JSON.parse(JSON.stringify(strings)))).toEqual(strings);
  });

  it('keeps only known keys holding text from a broken or hostile answer', () => {
    for (const bad of [null, undefined, 7, 'x', [], [{ copiedLink: 'a' }], true])
      expect(parseCopyStrings(bad)).toEqual({});
    expect(
      parseCopyStrings({
        copiedLink: 'ok',
        close: 3,
        copyFailed: '   ',
        copiedText: { html: '<b>' },
        __proto__: { copyFailedText: 'inherited' },
        extra: 'no',
      }),
    ).toEqual({ copiedLink: 'ok' });
  });
});
