/** getStaticPaths for the pages that exist once per locale. */
import { LOCALES, type Locale } from './schema.ts';

export function localePaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}
