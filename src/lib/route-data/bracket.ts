/**
 * A provision's responsibility bracket as every rendering shows it: the label, then the source's
 * bracket in the edition's script (a translation: the bodies' names), each name linking to its
 * body's page. One view for the provision page, the full text, the side-by-side view and the PDFs,
 * so that none drops a second title or splits a name. Pure.
 */
import { HTML_LANG, type Translate } from '../i18n.ts';
import type { Locale } from '../editions.ts';
import { bracketText } from '../model/bracket.ts';
import type { Provision } from '../model/model.ts';
import { paths } from '../routes.ts';

export interface BracketView {
  provision: string;
  locale: Locale;
  lang: string;
  /** "责任部门" / "Responsible bodies", and the colon after it. */
  label: string;
  colon: string;
  /** The bracket's parts: a name links to its body's page. */
  parts: { text: string; body?: string | undefined; path?: string | undefined }[];
  /** The bracket's text, as plan.json and the search data give it. */
  text: string;
}

export function bracketView(
  provision: Provision,
  locale: Locale,
  t: Translate,
): BracketView | undefined {
  const parts = provision.bracket?.[locale];
  if (!parts) return undefined;
  return {
    provision: provision.id,
    locale,
    lang: HTML_LANG[locale],
    label: t('provision.bodies'),
    colon: t('list.colon'),
    parts: parts.map((p) =>
      p.kind === 'name'
        ? { text: p.text, body: p.body, path: paths.body(locale, p.body) }
        : { text: p.text },
    ),
    text: bracketText(parts),
  };
}

/** The bracket as one line of plain text: "责任部门：市科技局、…" (the PDFs). */
export function bracketLine(view: BracketView): string {
  return `${view.label}${view.colon}${view.text}`;
}
