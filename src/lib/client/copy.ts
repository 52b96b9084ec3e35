/**
 * Copy controls: paragraph links (a[data-copy-link]) copy the page's canonical URL with the
 * paragraph's anchor and still go to it; buttons copy a given URL (data-copy-url) or the text of
 * an element (data-copy-from). Each copy is confirmed on the control and announced to screen readers.
 * Not in the page's first load: copy-controls.ts loads this module on the first click of a control,
 * and this module fetches the messages of the page's edition (share/copy-strings.ts) beside the
 * copy itself.
 */
import { parseCopyStrings, type CopyStrings } from '../share/copy-strings.ts';

let strings: Promise<Partial<CopyStrings>> | undefined;

/**
 * The messages of this page's edition, from the address its <html> gives (Base.astro), fetched
 * once ({} when they cannot be had).
 */
function loadStrings(): Promise<Partial<CopyStrings>> {
  const url = document.documentElement.dataset['copyStrings'];
  strings ??= url
    ? fetch(url)
        .then((response) => (response.ok ? response.json() : {}))
        .then(parseCopyStrings, () => ({}))
    : Promise.resolve({});
  return strings;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** The canonical URL of this page with a fragment: what a shared link should be. */
export function canonicalWithHash(hash: string): string {
  const canonical =
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const url = new URL(canonical);
  url.hash = hash;
  return url.href;
}

function announce(message: string) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

function confirm(control: HTMLElement, message: string) {
  control.dataset['copied'] = message;
  announce(message);
  window.setTimeout(() => delete control.dataset['copied'], 2000);
}

/**
 * When the clipboard refuses (some in-app browsers), the text is shown in a dialog that stays
 * until the reader closes it, selected in a field they can copy from by hand, on any screen width.
 */
function showForManualCopy(message: string, text: string, closeLabel: string, opener: HTMLElement) {
  let dialog = document.querySelector<HTMLDialogElement>('dialog[data-copy-fallback]');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.dataset['copyFallback'] = '';
    dialog.className = 'copy-fallback';
    const label = document.createElement('label');
    label.htmlFor = 'copy-fallback-text';
    const field = document.createElement('textarea');
    field.id = 'copy-fallback-text';
    field.readOnly = true;
    field.rows = 3;
    const close = document.createElement('button');
    close.type = 'button';
    close.addEventListener('click', () => dialog?.close());
    // Closed by its button or Esc, the dialog gives the focus back to the control that opened it.
    dialog.addEventListener('close', () => returnFocus.get(dialog!)?.focus());
    dialog.append(label, field, close);
    document.body.append(dialog);
  }
  const [label, field, close] = [
    dialog.querySelector('label'),
    dialog.querySelector('textarea'),
    dialog.querySelector('button'),
  ];
  if (!label || !field || !close) return;
  label.textContent = message;
  field.value = text;
  close.textContent = closeLabel;
  returnFocus.set(dialog, opener);
  dialog.showModal();
  // The link's own jump to its #anchor lands after this and takes the focus: select once it has.
  const selectText = () => {
    field.focus();
    field.select();
  };
  selectText();
  window.setTimeout(selectText, 0);
}

const returnFocus = new WeakMap<HTMLDialogElement, HTMLElement>();

/** A paragraph's text as shared: its sentences (not the source's under them, nor note marks), its heading line and its URL. */
export function paragraphShare(
  sentences: readonly string[],
  title: string,
  url: string,
  joiner: string,
): { text: string; clip: string } {
  const text = sentences
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(joiner);
  return { text: `${text}\n\n${title}`, clip: `${text}\n\n${title}\n${url}` };
}

function paragraphOf(control: HTMLElement, anchor: string) {
  const paragraph = document.getElementById(anchor);
  const sentences = [...(paragraph?.querySelectorAll('[data-sentence]') ?? [])].map(
    (s) => s.textContent ?? '',
  );
  const joiner = /^(zh|ja)/i.test(document.documentElement.lang) ? '' : ' ';
  return paragraphShare(
    sentences,
    control.dataset['shareTitle'] ?? document.title,
    canonicalWithHash(`#${anchor}`),
    joiner,
  );
}

/** Adds the controls' styles (public/copy.css) to the page, once. */
function addStyles(): void {
  if (document.querySelector('link[data-copy-styles]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}copy.css`;
  link.dataset['copyStyles'] = '';
  document.head.append(link);
}

/** Runs the copy or share control the reader clicked (loaded on the first click by copy-controls.ts). */
export function runControl(control: HTMLElement): void {
  addStyles();
  if (control.dataset['shareParagraph'] !== undefined) {
    const anchor = control.dataset['shareParagraph'];
    const { text } = paragraphOf(control, anchor);
    void navigator
      .share({
        title: control.dataset['shareTitle'] ?? document.title,
        text,
        url: canonicalWithHash(`#${anchor}`),
      })
      .catch(() => undefined);
    return;
  }
  const messages = loadStrings();
  let text: string;
  let kind: 'link' | 'text' | 'own' = 'link';
  if (control.dataset['copyParagraph']) {
    text = paragraphOf(control, control.dataset['copyParagraph']).clip;
    kind = 'text';
  } else if (control.matches('a[data-copy-link]')) {
    text = canonicalWithHash(new URL((control as HTMLAnchorElement).href).hash);
  } else if (control.dataset['copyUrl']) {
    text = control.dataset['copyUrl'];
  } else {
    text = document.querySelector(control.dataset['copyFrom'] ?? '')?.textContent?.trim() ?? '';
    kind = 'own';
  }
  // The copy starts at once, inside the reader's gesture; the messages come when they are here.
  void Promise.all([copyText(text), messages]).then(([ok, s]) => {
    control.dataset['copiedText'] = text;
    const link = s.copiedLink ?? '✓';
    const done =
      kind === 'text'
        ? (s.copiedText ?? link)
        : kind === 'own'
          ? (control.dataset['copiedMessage'] ?? link)
          : link;
    const failed = (kind === 'text' ? s.copyFailedText : s.copyFailed) ?? s.copyFailed ?? '';
    if (ok) confirm(control, done);
    else showForManualCopy(failed, text, s.close ?? 'OK', control);
  });
}
