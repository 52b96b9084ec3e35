/**
 * Read aloud's first-load part (components/ReadAloud.astro): shows each control once the browser
 * has a voice of the page's language (and hides it when none is left), and on the first press of
 * its play button loads the reader (read-aloud-ui.ts), which then takes the group over and plays.
 * The reader is fetched when a pointer goes down on the button or it takes the focus, so that the
 * press usually finds it loaded and speaks inside the user's gesture (iOS requires it).
 * So a page's first load carries none of the reading code; without speech synthesis or a voice
 * the control stays hidden.
 */
import { tagLanguage } from './lang-tag.ts';

export function offerReadAloud(): void {
  const groups = [...document.querySelectorAll<HTMLElement>('[data-read-aloud]')];
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (groups.length === 0 || !synth || typeof window.SpeechSynthesisUtterance !== 'function')
    return;
  const language = tagLanguage(document.documentElement.lang);
  let waiting = groups;
  const check = () => {
    let voices: readonly SpeechSynthesisVoice[] = [];
    try {
      voices = synth.getVoices() ?? [];
    } catch {
      /* no voices */
    }
    const any = voices.some((v) => tagLanguage(v.lang) === language);
    for (const group of waiting) group.hidden = !any;
  };
  // Older Safari has only the event handler property.
  if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', check);
  else synth.onvoiceschanged = check;
  check();
  for (const group of groups) {
    group.dataset['state'] = 'idle';
    const toggle = group.querySelector<HTMLButtonElement>('[data-read-toggle]');
    if (!toggle) continue;
    // Fetched early, so that the press finds it loaded (see above); else it plays once loaded.
    toggle.addEventListener('pointerdown', loadReader, { once: true });
    toggle.addEventListener('focus', loadReader, { once: true });
    toggle.addEventListener(
      'click',
      () => {
        waiting = waiting.filter((g) => g !== group);
        // The reader takes the button over and answers this first press itself (not by a
        // second click: a click inside a click's dispatch is ignored).
        const play = (m: Reader) => m.enableReadAloud(group)?.();
        if (reader) play(reader);
        else void loadReader().then(play);
      },
      { once: true },
    );
  }
}

type Reader = typeof import('./read-aloud-ui.ts');
let reader: Reader | undefined;
let loading: Promise<Reader> | undefined;

/** Loads the reader once; `reader` is set as soon as it is there. */
function loadReader(): Promise<Reader> {
  loading ??= import('./read-aloud-ui.ts').then((m) => (reader = m));
  return loading;
}
