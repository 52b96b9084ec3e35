/** Breadcrumbs, as every page's data gives them and `Breadcrumbs.astro` renders them. */
import type { Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { paths } from '../routes.ts';

/** A breadcrumb, as every page's data gives them and `Breadcrumbs.astro` renders them. */
export interface Crumb {
  label: string;
  /** site path without the base; the current page's crumb has none */
  path?: string;
}

/** A page's breadcrumbs: the edition's home, then the trail down to the page (its own crumb last, without a path). */
export function breadcrumbs(locale: Locale, t: Translate, ...trail: Crumb[]): Crumb[] {
  return [{ label: t('nav.home'), path: paths.home(locale) }, ...trail];
}
