/** The downloads' links (src/lib/route-data/downloads.ts): one per PDF, each with its language and size in the edition's words. */
import { expect, it } from 'vitest';
import { LOCALES, edition, formatBytes } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { PDF_VARIANTS, pdfFileName } from '../../../src/lib/node/pdf.ts';
import { downloadsData } from '../../../src/lib/route-data/downloads.ts';
import { paths } from '../../../src/lib/routes.ts';

/** The PDFs as astro/downloads.ts gives them, with made-up sizes (rendering them is pdf.test.ts's job). */
const files = PDF_VARIANTS.map((variant, i) => ({
  variant,
  file: pdfFileName(variant),
  path: paths.download(pdfFileName(variant)),
  bytes: 1_234_567 + i * 100_000,
}));

it('links every PDF in order, each with its language (the bilingual one has none) and its size', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const data = downloadsData(files, locale, t);
    expect(data.title).toBe(t('downloads.title'));
    expect(data.links.map((l) => l.id)).toEqual(PDF_VARIANTS.map((v) => v.id));
    for (const [i, link] of data.links.entries()) {
      const { variant, bytes } = files[i]!;
      expect(link.path).toBe(`/downloads/plan-${variant.id}.pdf`);
      expect(link.file).toBe(`plan-${variant.id}.pdf`);
      expect(link.bytes).toBe(bytes);
      expect(link.label).toContain(formatBytes(bytes, locale));
      if (variant.locales.length === 1) {
        const own = edition(variant.locales[0]!);
        expect([link.hreflang, link.lang]).toEqual([own.hreflang, own.htmlLang]);
        expect(link.label).toContain(own.name);
      } else {
        expect([link.hreflang, link.lang]).toEqual([undefined, undefined]);
        expect(link.label).toContain(t('downloads.bilingual'));
      }
    }
  }
});
