/** The glossary page's data (src/lib/route-data/glossary.ts): its groups, entries and provision links, per edition. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { provisionLabel } from '../../../src/lib/model/labels.ts';
import { chineseNumeral } from '../../../src/lib/model/provision-id.ts';
import { glossaryEntries, glossaryPage } from '../../../src/lib/route-data/glossary.ts';
import { paths } from '../../../src/lib/routes.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();
const entries = glossaryEntries(model);

describe('the glossary’s provision links', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: every link is the provision’s short label, rendered, with its page`, () => {
      const links = glossaryPage(model, entries, locale, t, (p) => provisionLabel(p, t)).flatMap((g) => g.entries.flatMap((e) => e.provisionLinks));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const provision = model.provisions.find((p) => p.id === link.id)!;
        expect(`${link.short} ${link.label} ${link.title}`).not.toMatch(/[{}]/);
        // As the source numbers them: 1. for principles and tasks, (一) for measures and implementation items.
        const lettered = locale !== 'en' && (provision.kind === 'measure' || provision.kind === 'implementation');
        expect(link.short).toContain(lettered ? chineseNumeral(provision.number) : String(provision.number));
        expect(link.path).toBe(paths.provision(locale, link.id));
      }
    });
  }

  it('numbers measures and implementation items in Chinese numerals on the Chinese pages', () => {
    const t = useTranslations('zh');
    const links = glossaryPage(model, entries, 'zh', t, (p) => provisionLabel(p, t)).flatMap((g) => g.entries.flatMap((e) => e.provisionLinks));
    const measure = links.find((l) => l.id === 'measure-5');
    expect(measure?.short).toBe(`措施（${chineseNumeral(5)}）`);
    expect(links.find((l) => l.id === 'implementation-3')?.short).toBe(`实施（${chineseNumeral(3)}）`);
    expect(links.find((l) => l.id === 'task-7')?.short).toBe('任务7');
  });
});
