/**
 * Read aloud's first-load part (components/ReadAloud.astro): shows each control once the browser
 * has a voice of the page's language (and hides it when none is left), and on the first press of
 * its play button loads the reader (read-aloud-ui.ts), which then takes the group over and plays.
 * So a page's first load carries none of the reading code; without speech synthesis or a voice
 * the control stays hidden.
 */
import { tagParts } from './lang-tag.ts';

export function offerReadAloud(): void {
  const groups = [...document.querySelectorAll<HTMLElement>('[data-read-aloud]')];
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (groups.length === 0 || !synth || typeof window.SpeechSynthesisUtterance !== 'function')
    return;
  const language = tagParts(document.documentElement.lang).language;
  let waiting = groups;
  const check = () => {
    let voices: readonly SpeechSynthesisVoice[] = [];
    try {
      voices = synth.getVoices() ?? [];
    } catch {
      /* no voices */
    }
    const any = voices.some((v) => tagParts(v.lang).language === language);
    for (const group of waiting) group.hidden = !any;
  };
  // Older Safari has only the event handler property.
  if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', check);
  else synth.onvoiceschanged = check;
  check();
  for (const group of groups) {
    group.dataset['state'] = 'idle';
    const toggle = group.querySelector<HTMLButtonElement>('[data-read-toggle]');
    toggle?.addEventListener(
      'click',
      () => {
        waiting = waiting.filter((g) => g !== group);
        void import('./read-aloud-ui.ts').then((m) => {
          m.enableReadAloud(group);
          toggle.click();
        });
      },
      { once: true },
    );
  }
}
