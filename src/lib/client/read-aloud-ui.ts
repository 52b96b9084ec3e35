/**
 * The read-aloud island (components/ReadAloud.astro): shows the control once the browser has a
 * voice for the page's language, reads the sentences of its scope ([data-sentence]) one by one
 * with the logic of read-aloud.ts, marks the sentence being read (data-reading) and keeps it in
 * view, and stops when the page is left. Without speech synthesis or a voice the control stays hidden.
 * Not in the page's first load: read-aloud-gate.ts shows the control and loads this on its first press.
 */
import {
  buildQueue,
  ReadAloudPlayer,
  watchVoices,
  type PlayerState,
  type SynthLike,
  type UtteranceLike,
  type VoiceLike,
} from './read-aloud.ts';

function keepInView(el: HTMLElement): void {
  const box = el.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
}

/** Takes `group` over; returns what a press of its play button does (undefined: no controls). */
function enable(group: HTMLElement): (() => void) | undefined {
  const synth = window.speechSynthesis as unknown as SynthLike & typeof window.speechSynthesis;
  const toggle = group.querySelector<HTMLButtonElement>('[data-read-toggle]');
  const label = group.querySelector<HTMLElement>('[data-read-label]');
  const stopButton = group.querySelector<HTMLButtonElement>('[data-read-stop]');
  if (!toggle || !label || !stopButton) return undefined;
  const labels: Record<PlayerState, string> = {
    idle: group.dataset['labelPlay'] ?? '',
    playing: group.dataset['labelPause'] ?? '',
    paused: group.dataset['labelResume'] ?? '',
  };
  const sentences = () => [
    ...document.querySelectorAll<HTMLElement>(
      `${group.dataset['readScope'] ?? 'main'} [data-sentence]`,
    ),
  ];
  let voice: VoiceLike | undefined;
  let player: ReadAloudPlayer | undefined;
  let marked: HTMLElement | undefined;
  let elements: HTMLElement[] = [];

  const mark = (i: number) => {
    marked?.removeAttribute('data-reading');
    marked = elements[i];
    if (!marked) return;
    marked.setAttribute('data-reading', '');
    keepInView(marked);
  };
  const show = (state: PlayerState) => {
    label.textContent = labels[state];
    group.dataset['state'] = state;
    const hadFocus = document.activeElement === stopButton;
    stopButton.hidden = state === 'idle';
    if (hadFocus && stopButton.hidden) toggle.focus();
  };
  const newPlayer = (v: VoiceLike) => {
    elements = sentences();
    return new ReadAloudPlayer(
      synth,
      (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
      v,
      buildQueue(elements.map((el) => el.textContent)),
      { onSentence: mark, onState: show },
    );
  };

  const press = () => {
    if (!voice) return;
    if (!player || player.state === 'idle') player = newPlayer(voice);
    player.toggle();
  };
  toggle.addEventListener('click', press);
  stopButton.addEventListener('click', () => player?.stop());
  group.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && player && player.state !== 'idle') {
      player.stop();
      toggle.focus();
    }
  });
  // Leaving the page (or its being put in the back-forward cache) ends the reading.
  window.addEventListener('pagehide', () => player?.stop());

  watchVoices(window.speechSynthesis, document.documentElement.lang, (v) => {
    voice = v;
    group.hidden = !v;
    if (!v) player?.stop();
  });
  show('idle');
  return press;
}

/** Takes over a read-aloud group (loaded by read-aloud-gate.ts on the first press of its control). */
export { enable as enableReadAloud };
