/** Every page's frame (src/lib/route-data/frame.ts): the print header, and a translation's statement. */
import { expect, it } from 'vitest';
import { LOCALES, isTranslation } from '../../../src/lib/editions.ts';
import { formatDate, useTranslations } from '../../../src/lib/i18n.ts';
import { pageFrame } from '../../../src/lib/route-data/frame.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();

it('prints the document on every page, and states on a translation’s pages that it is unofficial and when it was revised', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const frame = pageFrame(model, locale, t);
    expect(frame.printHeader).toEqual({
      issuer: model.document.issuer[locale],
      title: model.document.title[locale],
      doc: model.document,
    });
    if (!isTranslation(locale)) {
      expect(frame.translationStatement, locale).toBeUndefined();
      continue;
    }
    const statement = frame.translationStatement!;
    expect(statement.sideBySide.path).toBe(`/${locale}/parallel/`);
    const revised = model.document.translations?.[locale]?.revised;
    if (revised) expect(statement.revised).toContain(formatDate(revised, locale));
    else expect(statement.revised).toBeUndefined();
  }
  // The content has a translation, revised on a date.
  expect(
    LOCALES.some((l) => pageFrame(model, l, useTranslations(l)).translationStatement?.revised),
  ).toBe(true);
});
