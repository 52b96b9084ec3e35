/** /qr/<edition>/<provision id>.png — the QR code of a provision page's address (ShareTools.astro, share/qr.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absolute } from '../../../lib/astro/links';
import { getPlan } from '../../../lib/astro/plan';
import { LOCALES, type Locale } from '../../../lib/model/schema';
import { paths } from '../../../lib/routes';
import { qrPng } from '../../../lib/share/qr';

export const getStaticPaths = (async () => {
  const model = await getPlan();
  return LOCALES.flatMap((locale) =>
    model.provisions.map((p) => ({ params: { locale, id: p.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const url = absolute(paths.provision(params['locale'] as Locale, params['id']!));
  return new Response(new Uint8Array(qrPng(url)), { headers: { 'Content-Type': 'image/png' } });
};
