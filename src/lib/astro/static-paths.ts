/** getStaticPaths for the pages that exist once per locale. */
import { LOCALES, type Locale } from '../model/schema.ts';

export function localePaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}
