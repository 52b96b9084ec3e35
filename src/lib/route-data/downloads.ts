/**
 * The downloads' links (the plan as PDF, in each edition and bilingual): each with its file, its
 * language where it has one, and its size in the edition's words. The sizes come from the PDFs
 * as rendered once per build (astro/downloads.ts getDownloads); this only words them, for
 * components/Downloads.astro. Pure: tested without Astro or rendering a PDF.
 */
import { edition, formatBytes, type Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';

/** A rendered PDF, as astro/downloads.ts gives it. */
export interface DownloadFile {
  variant: { id: string; locales: readonly Locale[] };
  file: string;
  /** site path without the base */
  path: string;
  bytes: number;
}

export interface DownloadLink {
  /** the variant's id: an edition, or "bilingual" */
  id: string;
  file: string;
  path: string;
  bytes: number;
  /** the PDF's language, for a PDF in one edition */
  hreflang?: string | undefined;
  lang?: string | undefined;
  /** "PDF, English (1.2 MB)" */
  label: string;
}

export interface DownloadsData {
  title: string;
  links: DownloadLink[];
}

export function downloadsData(
  files: readonly DownloadFile[],
  locale: Locale,
  t: Translate,
): DownloadsData {
  return {
    title: t('downloads.title'),
    links: files.map(({ variant, file, path, bytes }) => {
      const only = variant.locales.length === 1 ? edition(variant.locales[0] as Locale) : undefined;
      return {
        id: variant.id,
        file,
        path,
        bytes,
        hreflang: only?.hreflang,
        lang: only?.htmlLang,
        label: t('downloads.pdf', {
          name: only ? only.name : t('downloads.bilingual'),
          size: formatBytes(bytes, locale),
        }),
      };
    }),
  };
}
