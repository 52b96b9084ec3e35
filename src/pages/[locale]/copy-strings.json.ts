/** /<edition>/copy-strings.json — the copy controls' messages (share/copy-strings.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../lib/i18n';
import { LOCALES, type Locale } from '../../lib/model/schema';
import { copyStrings } from '../../lib/share/copy-strings';

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(copyStrings(useTranslations(params['locale'] as Locale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
