/**
 * Accessible names that begin with what a control shows (WCAG 2.5.3 Label in Name): a reader who
 * says "click T1" or "click 2" to voice control must hit the link that shows "T1" or "2", and a
 * screen reader still hears the full name ("T1, Task 1: Implement …").
 */
import type { Translate } from '../i18n.ts';

/** White space and the marks around words, which neither speech nor axe counts. */
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * The accessible name of a control showing `shown` whose full name is `name`: `name` itself when
 * it already begins with what is shown (white space and punctuation aside), else `shown` then
 * `name`, joined as the edition writes it (a11y.shownFirst: "T1, Task 1: …", "任务7，重点任务 7：…").
 */
export function nameShownFirst(shown: string, name: string, t: Translate): string {
  const visible = shown.trim();
  if (!visible || fold(name).startsWith(fold(visible))) return name;
  return t('a11y.shownFirst', { shown: visible, name });
}
