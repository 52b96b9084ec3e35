/**
 * Browser: renders a search outcome as DOM built from text (a query or a snippet never becomes
 * markup): the direct answers, the provisions with their quoted sentences and marks, partial-match
 * labels, the correction of a misspelt query, what the plan does not mention (with the closest
 * provisions under their own heading), the other language when it has full matches, and the
 * second stage's pages, "Elsewhere on this site".
 */
import { fill, plural, type SearchConfig } from '../search/config.ts';
import type { Answer, Outcome, Result, Segment } from '../search/engine.ts';
import { onlyAsks } from '../search/outcome.ts';
import { writeState, type SearchState } from '../search/state.ts';
import { isHan } from '../search/text.ts';
import type { SitePageHit } from './search-pagefind.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function segmentsInto(parent: HTMLElement, segments: Segment[]) {
  for (const s of segments) {
    if (s.mark) parent.append(el('mark', '', s.text));
    else parent.append(document.createTextNode(s.text));
  }
}

export class SearchView {
  private readonly separator: string;
  /** read between a kind and a name by screen readers ("Topic: Intelligent robots"), not shown */
  private readonly colon: string;

  constructor(
    private readonly config: SearchConfig,
    readonly parts: {
      status: HTMLElement;
      notice: HTMLElement;
      answers: HTMLElement;
      answerList: HTMLUListElement;
      list: HTMLOListElement;
      /** the results' heading: read by screen readers only, shown as "Closest provisions" under what the plan does not mention */
      listTitle: HTMLElement;
      more: HTMLButtonElement;
      other: HTMLElement;
      /** the second stage: its section and list */
      site: HTMLElement;
      siteList: HTMLUListElement;
    },
  ) {
    this.separator = config.listSeparator;
    this.colon = config.colon;
    this.listTitle = parts.listTitle.textContent?.trim() ?? '';
  }

  private readonly listTitle: string;

  /**
   * The reader's words the plan does not mention, in the edition's own script: a Chinese edition
   * does not claim a Latin word absent (the reader may have typed English), nor the English
   * edition a Chinese one; the other language's offer speaks for those.
   */
  private notMentioned(outcome: Outcome): string[] {
    if (outcome.results.some((r) => r.full)) return [];
    const han = this.config.script === 'han';
    const typed = outcome.query.text;
    return outcome.absent
      .filter((w) => [...w].some(isHan) === han)
      .map((w) => {
        // As typed ("Land", not the folded "land").
        const at = typed.toLowerCase().indexOf(w.toLowerCase());
        return at < 0 ? w : typed.slice(at, at + w.length);
      });
  }

  /**
   * A kind shown before a name ("Topic", "Task 7"), with the colon read between them but not
   * shown: the link's name is its text ("Topic: Intelligent robots"), beginning with what it shows
   * (WCAG 2.5.3 Label in Name), with no aria-label to drift from it.
   */
  private kindLabel(className: string, text: string): HTMLSpanElement {
    const span = el('span', className, text);
    span.append(el('span', 'sr-only', this.colon));
    return span;
  }

  /** A site path with the base path. */
  private link(path: string): string {
    return `${this.config.base.replace(/\/$/, '')}${path}`;
  }

  /** The site path of a result: the provision page at the paragraph holding the quoted sentence. */
  private resultHref(result: Result): string {
    return this.link(`${result.doc.path}#${result.doc.id}-p${result.snippet.paragraph}`);
  }

  private words(list: string[]): string {
    return list.map((word) => fill(this.config.strings.quoted, { word })).join(this.separator);
  }

  /** Words quoted and joined with the language's "or" (“land” or “housing”, “土地”或“住房”). */
  private eitherOf(list: string[]): string {
    const quoted = list.map((word) => fill(this.config.strings.quoted, { word }));
    return new Intl.ListFormat(this.config.lang, { type: 'disjunction' }).format(quoted);
  }

  resultItems(results: Result[], offset: number): HTMLLIElement[] {
    return results.map((result, j) => {
      const li = el('li', 'rounded-md border border-stone-200 p-4');
      const a = el(
        'a',
        'block text-lg font-semibold text-accent-800 underline-offset-4 hover:underline focus:underline',
      );
      a.href = this.resultHref(result);
      a.dataset['result'] = String(offset + j);
      a.dataset['id'] = result.doc.id;
      a.append(this.kindLabel('mr-2 text-sm font-normal text-stone-600', result.doc.label));
      a.append(document.createTextNode(result.doc.title));
      li.append(a);
      if (!result.full)
        li.append(
          el(
            'p',
            'mt-1 text-sm font-semibold text-amber-800',
            fill(this.config.strings.partialLabel, { words: this.words(result.missing) }),
          ),
        );
      // Found by a word of its readers' words only: the quote does not hold it, say why it is here.
      if (result.related?.length)
        li.append(
          el(
            'p',
            'mt-1 text-sm text-stone-600',
            fill(this.config.strings.relatedLabel, { words: this.words(result.related) }),
          ),
        );
      const excerpt = el('p', 'mt-1 text-stone-800');
      excerpt.dataset['snippet'] = '';
      segmentsInto(excerpt, result.snippet.segments);
      li.append(excerpt);
      if (result.doc.bodyNames?.length) {
        li.append(
          el(
            'p',
            'mt-1 text-sm text-stone-600',
            fill(this.config.strings.bodiesLine, {
              list: result.doc.bodyNames.join(this.separator),
            }),
          ),
        );
      }
      return li;
    });
  }

  private answerItem(answer: Answer): HTMLLIElement {
    const { strings, plurals } = this.config;
    const li = el('li', 'rounded-md border border-accent-100 bg-accent-50 px-4 py-3');
    const a = el('a', 'font-semibold text-accent-800 underline underline-offset-4');
    a.href = this.link(answer.path);
    a.dataset['answer'] = `${answer.kind}:${answer.id}`;
    if (answer.kind === 'provision') {
      // A provision asked for by number: its label and title, and the paragraph asked for.
      a.append(
        this.kindLabel('mr-2 text-sm font-normal text-stone-700', answer.label ?? ''),
        answer.name,
      );
      const what = answer.paragraph
        ? fill(strings.answerParagraph, { n: String(answer.paragraph) })
        : strings.answerProvision;
      li.append(a, el('span', 'ml-2 text-sm text-stone-700', `· ${what}`));
      return li;
    }
    const kind = {
      body: strings.kindBody,
      place: strings.kindPlace,
      topic: strings.kindTopic,
      targets: strings.kindTargets,
    }[answer.kind];
    if (answer.kind === 'targets') a.append(el('span', 'text-sm font-normal text-stone-700', kind));
    else a.append(this.kindLabel('mr-2 text-sm font-normal text-stone-700', kind), answer.name);
    const count =
      answer.kind === 'targets'
        ? plural(plurals.answerTargets, answer.count)
        : answer.kind === 'body'
          ? plural(plurals.answerBody, answer.count)
          : answer.count === 0
            ? strings.answerPlaceIntro
            : plural(
                answer.kind === 'place' ? plurals.answerPlace : plurals.answerTopic,
                answer.count,
              );
    li.append(a, el('span', 'ml-2 text-sm text-stone-700', `· ${count}`));
    return li;
  }

  /**
   * Renders an outcome; returns the results not yet shown ("show more"). `converted`: the query
   * in Simplified characters when the edition says it searched so (search-backend.ts).
   */
  render(state: SearchState, outcome: Outcome, pageSize: number, converted?: string): Result[] {
    const { strings, plurals } = this.config;
    const { status, notice, answers, answerList, list, listTitle, more, other } = this.parts;
    const q = state.q.trim();
    answerList.replaceChildren(...outcome.answers.map((a) => this.answerItem(a)));
    answers.hidden = outcome.answers.length === 0;
    list.replaceChildren(...this.resultItems(outcome.results.slice(0, pageSize), 0));
    more.hidden = outcome.results.length <= pageSize;
    notice.replaceChildren();
    other.replaceChildren();
    this.showElsewhere([]);

    const shown =
      outcome.suggestion && outcome.results.length > 0 && outcome.results.some((r) => r.full)
        ? outcome.suggestion
        : undefined;
    const folded = !shown && converted ? ` · ${fill(strings.folded, { q: converted })}` : '';
    const full = outcome.results.filter((r) => r.full).length;
    const partial = outcome.results.length - full;
    const counts =
      full > 0 && partial > 0
        ? `${plural(plurals.results, full)}${this.colon === ': ' ? '; ' : ';'}${plural(plurals.partialCount, partial)}`
        : plural(plurals.results, outcome.results.length);
    const absent = this.notMentioned(outcome);
    status.textContent = onlyAsks(outcome)
      ? fill(strings.questionOnly, { q })
      : absent.length > 0
        ? fill(strings.notMentioned, { words: this.eitherOf(absent) })
        : outcome.results.length === 0
          ? fill(strings.none, { q })
          : `${counts}${folded}`;
    // Under what the plan does not mention, the partial matches are the closest provisions, said so.
    const closest = absent.length > 0 && outcome.results.length > 0;
    listTitle.textContent = closest ? strings.closest : this.listTitle;
    listTitle.classList.toggle('sr-only', !closest);

    if (shown) {
      // The misspelt query was corrected: say so, and offer the query as typed.
      notice.append(el('span', '', `${fill(strings.corrected, { q: shown })} `));
      notice.append(
        this.searchLink(fill(strings.searchInstead, { q }), { ...state, q, exact: true }),
      );
    } else if (outcome.suggestion) {
      notice.append(
        el('span', '', `${strings.didYouMean} `),
        this.searchLink(outcome.suggestion, { ...state, q: outcome.suggestion, exact: false }),
      );
    } else if (outcome.leftOut.length > 0 && outcome.results.length > 0 && !closest) {
      notice.textContent = fill(strings.partialNote, { words: this.words(outcome.leftOut) });
    }

    if (!outcome.results.some((r) => r.full) && q && !onlyAsks(outcome)) {
      const read = el('p', 'text-stone-700');
      const plan = el('a', 'underline underline-offset-4', strings.readPlan);
      plan.href = this.config.planUrl;
      read.append(plan);
      other.append(read);
    }
    return outcome.results.slice(pageSize);
  }

  /** Offers the other language's search with how many provisions there hold every word (none: nothing offered). */
  offerOther(state: SearchState, count: number) {
    if (count === 0) return;
    const q = state.q.trim();
    const p = el('p', 'mb-2');
    const a = el(
      'a',
      'font-semibold underline underline-offset-4',
      plural(this.config.plurals.otherLanguage, count, { q }),
    );
    a.href = `${this.config.otherSearchPage}${writeState({ ...state, exact: false })}`;
    a.hreflang = this.config.otherHreflang;
    a.dataset['otherLanguage'] = String(count);
    p.append(a);
    this.parts.other.prepend(p);
  }

  /** The second stage's pages under "Elsewhere on this site"; none: the section is hidden. */
  showElsewhere(hits: SitePageHit[]) {
    const { site, siteList } = this.parts;
    siteList.replaceChildren(
      ...hits.map((hit, i) => {
        const li = el('li', 'rounded-md border border-stone-200 p-3');
        const a = el('a', 'font-semibold text-accent-800 underline underline-offset-4', hit.title);
        a.href = hit.url;
        a.dataset['site'] = String(i);
        const excerpt = el('p', 'mt-1 text-sm text-stone-800');
        segmentsInto(excerpt, hit.excerpt);
        li.append(a, excerpt);
        return li;
      }),
    );
    site.hidden = hits.length === 0;
  }

  private searchLink(text: string, state: SearchState): HTMLAnchorElement {
    const a = el('a', 'font-semibold underline underline-offset-4', text);
    a.href = `${location.pathname}${writeState(state)}`;
    a.dataset['searchLink'] = state.exact ? 'exact' : 'suggestion';
    return a;
  }
}
