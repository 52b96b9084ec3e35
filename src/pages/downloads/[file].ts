/** /downloads/plan-{edition|bilingual}.pdf — the whole plan as PDF, made at build time (src/lib/node/pdf.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PDF_VARIANTS, pdfFileName, type PdfVariant } from '../../lib/node/pdf';
import { getPlanPdf } from '../../lib/astro/downloads';

export const getStaticPaths = (() =>
  PDF_VARIANTS.map((variant) => ({
    params: { file: pdfFileName(variant) },
    props: { variant },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ variant: PdfVariant }> = async ({ props }) =>
  new Response(new Uint8Array(await getPlanPdf(props.variant)), {
    headers: { 'Content-Type': 'application/pdf' },
  });
