/**
 * Astro glue for the downloads: each PDF of the plan (src/lib/node/pdf.ts) is rendered once per
 * build and shared by its endpoint and the pages that give its size.
 */
import {
  PDF_VARIANTS,
  pdfFileName,
  pdfHomePath,
  renderPlanPdf,
  type PdfVariant,
} from '../node/pdf.ts';
import { paths } from '../routes.ts';
import { absolute } from './links.ts';
import { getPlan } from './plan.ts';

const cache = new Map<string, Promise<Buffer>>();

/** The variant's PDF; it prints the address of its edition's home (the root for the bilingual one). */
export function getPlanPdf(variant: PdfVariant): Promise<Buffer> {
  let pdf = cache.get(variant.id);
  if (!pdf) {
    pdf = getPlan().then((model) =>
      renderPlanPdf(model, variant, { siteUrl: absolute(pdfHomePath(variant)) }),
    );
    cache.set(variant.id, pdf);
  }
  return pdf;
}

export interface Download {
  variant: PdfVariant;
  file: string;
  path: string;
  bytes: number;
}

/** Every download with its path and size, in the order of PDF_VARIANTS. */
export async function getDownloads(): Promise<Download[]> {
  return Promise.all(
    PDF_VARIANTS.map(async (variant) => {
      const file = pdfFileName(variant);
      return {
        variant,
        file,
        path: paths.download(file),
        bytes: (await getPlanPdf(variant)).length,
      };
    }),
  );
}
