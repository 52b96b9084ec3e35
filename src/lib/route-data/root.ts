/**
 * The data of the root (/), the site's own language chooser: every edition's site name and
 * prompt, its home, and the head's canonical and alternate links. Only rendered by
 * src/pages/index.astro. Pure: tested without Astro.
 */
import { LOCALES, edition, type Locale } from '../editions.ts';
import { HREFLANG, HTML_LANG, useTranslations } from '../i18n.ts';
import { paths } from '../routes.ts';
import { statementWords } from './frame.ts';
import { plainText } from './rich-text.ts';

export interface RootChoice {
  locale: Locale;
  lang: string;
  hreflang: string;
  /** the edition's own name: 简体中文, English */
  label: string;
  /** the site's name and the prompt, in the edition's words */
  name: string;
  prompt: string;
  path: string;
  /** what the edition is, in its words (route-data/frame.ts) */
  statement: string;
}

export interface RootPageData {
  /** every edition's site name, then every edition's prompt, each joined in the editions' order */
  title: string;
  description: string;
  path: string;
  /** every edition's home, and the root itself for any other language */
  alternates: { hreflang: string; path: string }[];
  choices: RootChoice[];
}

export function rootPageData(locales: readonly Locale[] = LOCALES): RootPageData {
  const choices = locales.map((locale): RootChoice => {
    const t = useTranslations(locale);
    return {
      locale,
      lang: HTML_LANG[locale],
      hreflang: HREFLANG[locale],
      label: edition(locale).name,
      name: t('site.name'),
      prompt: t('root.prompt'),
      path: paths.home(locale),
      statement: plainText(statementWords(locale, t)),
    };
  });
  return {
    title: choices.map((c) => c.name).join(' · '),
    description: choices.map((c) => c.prompt).join(' · '),
    path: paths.root(),
    alternates: [
      ...choices.map((c) => ({ hreflang: c.hreflang, path: c.path })),
      { hreflang: 'x-default', path: paths.root() },
    ],
    choices,
  };
}
