/** Every page's breadcrumbs begin at its edition's home (src/lib/route-data/crumb.ts). */
import { expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { breadcrumbs } from '../../../src/lib/route-data/crumb.ts';
import { paths } from '../../../src/lib/routes.ts';

it('begins at the edition’s home and ends at the page, without a path', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const trail = breadcrumbs(
      locale,
      t,
      { label: 'Places', path: paths.places(locale) },
      { label: 'City Brain' },
    );
    expect(trail).toEqual([
      { label: t('nav.home'), path: `/${locale}/` },
      { label: 'Places', path: `/${locale}/places/` },
      { label: 'City Brain' },
    ]);
    expect(breadcrumbs(locale, t)).toHaveLength(1);
  }
});
