/**
 * Read aloud (issue 21) in every edition, with the browser's speech synthesis replaced by a stub
 * (the test browser has no voices): it records each utterance (text, language) and ends one only
 * when the test says so; its voices arrive late, as Chrome's do.
 */
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/lib/i18n.ts';
import { paths } from '../../src/lib/routes.ts';
import { squash, visit } from './helpers.ts';

interface Stub {
  said: { text: string; lang: string }[];
  cancels: number;
  setVoices(langs: string[]): void;
  end(): boolean;
}
const stub = (page: Page) => page.evaluate(() => (window as unknown as { speech: Stub }).speech);
const said = async (page: Page) => (await stub(page)).said;
const end = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: Stub }).speech.end());
const setVoices = (page: Page, langs: string[]) =>
  page.evaluate((l) => (window as unknown as { speech: Stub }).speech.setVoices(l), langs);

/** The fake speechSynthesis, installed before the page's scripts; starts with a French voice only. */
function installStub() {
  let voices: { lang: string; name: string; localService: boolean; default: boolean }[] = [
    { lang: 'fr-FR', name: 'Amélie', localService: true, default: true },
  ];
  type U = {
    text: string;
    lang: string;
    voice: { lang: string } | null;
    onstart: ((e: unknown) => void) | null;
    onend: ((e: unknown) => void) | null;
    onerror: ((e: unknown) => void) | null;
  };
  let current: U | null = null;
  const listeners = new Set<() => void>();
  const record = {
    said: [] as { text: string; lang: string }[],
    cancels: 0,
    setVoices(langs: string[]) {
      voices = langs.map((lang) => ({ lang, name: lang, localService: true, default: false }));
      for (const l of listeners) l();
    },
    /** Ends the utterance being spoken; false when none is. */
    end() {
      const u = current;
      if (!u) return false;
      current = null;
      u.onend?.({});
      return true;
    },
  };
  class Utterance {
    lang = '';
    voice = null;
    onstart = null;
    onend = null;
    onerror = null;
    constructor(public text: string) {}
  }
  const synth = {
    getVoices: () => voices,
    addEventListener: (_t: string, l: () => void) => listeners.add(l),
    removeEventListener: (_t: string, l: () => void) => listeners.delete(l),
    speak(u: U) {
      record.said.push({ text: u.text, lang: u.voice?.lang ?? u.lang });
      current = u;
      u.onstart?.({});
      sessionStorage.setItem('speech', 'speaking');
    },
    // As Chrome does: a cancelled utterance reports an error, late.
    cancel() {
      record.cancels++;
      const u = current;
      current = null;
      if (u) setTimeout(() => u.onerror?.({ error: 'interrupted' }), 0);
      sessionStorage.setItem('speech', 'cancelled');
    },
    pause() {},
    resume() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
  (window as unknown as { speech: typeof record }).speech = record;
}

const VOICES = ['en-US', 'zh-HK', 'zh-TW', 'zh-CN', 'fr-FR'];
const EXPECTED_LANG = { zh: 'zh-CN', 'zh-hant': 'zh-TW', en: 'en-US' } as const;

test('read aloud on a provision page in every edition: hidden without a voice, sentence by sentence, pause, resume, stop, and silent after the page is left', async ({
  page,
}) => {
  await page.addInitScript(installStub);
  for (const locale of ['zh', 'zh-hant', 'en'] as const) {
    const t = useTranslations(locale);
    await visit(page, paths.provision(locale, 'task-7'));
    // The page left while reading (the previous edition's) was silenced as it went.
    if (locale !== 'zh')
      expect(await page.evaluate(() => sessionStorage.getItem('speech'))).toBe('cancelled');
    const group = page.locator('[data-read-aloud]');
    await expect(group).toHaveAttribute('data-state', 'idle');
    // Only a French voice so far: no control. Then the voices arrive (voiceschanged).
    await expect(group).toBeHidden();
    // …and no empty room for it where there is nothing else in its row (the Chinese pages).
    if (locale !== 'en')
      expect(
        await page
          .locator('.reading-tools')
          .evaluate(
            (el) => el.getBoundingClientRect().height + parseFloat(getComputedStyle(el).marginTop),
          ),
      ).toBe(0);
    await setVoices(page, VOICES);
    const play = group.getByRole('button', { name: t('readAloud.play'), exact: true });
    await expect(play).toBeVisible();
    await expect(group).toHaveAccessibleName(t('readAloud.label'));

    // Keyboard: the first sentence is said in the edition's language and marked.
    await play.focus();
    await page.keyboard.press('Enter');
    const sentence = page.locator('#task-7-p1-s1');
    const text = squash((await sentence.textContent()) ?? '');
    await expect.poll(() => said(page)).toHaveLength(1);
    const first = (await said(page))[0]!;
    expect(first.lang, locale).toBe(EXPECTED_LANG[locale]);
    expect(text.startsWith(first.text), locale).toBe(true);
    await expect(sentence).toHaveAttribute('data-reading', '');
    await expect(sentence).toBeInViewport();
    expect(
      await sentence.evaluate(
        (el) =>
          getComputedStyle(el).backgroundColor !==
          getComputedStyle(el.closest('p')!).backgroundColor,
      ),
    ).toBe(true);
    const pause = group.getByRole('button', { name: t('readAloud.pause'), exact: true });
    await expect(pause).toBeFocused();

    // The sentence is long: it is said in parts, one after the other, the sentence still marked.
    expect(await end(page)).toBe(true);
    await expect.poll(async () => (await said(page)).length).toBe(2);
    const second = (await said(page))[1]!;
    expect(text.startsWith(`${first.text}${locale === 'en' ? ' ' : ''}${second.text}`)).toBe(true);
    await expect(sentence).toHaveAttribute('data-reading', '');

    // Pause: the speech is cancelled; its late "interrupted" moves nothing on. Resume: the part again.
    const cancels = (await stub(page)).cancels;
    await pause.click();
    const resume = group.getByRole('button', { name: t('readAloud.resume'), exact: true });
    await expect(resume).toBeVisible();
    expect((await stub(page)).cancels).toBe(cancels + 1);
    expect(await said(page)).toHaveLength(2);
    await resume.click();
    await expect.poll(async () => (await said(page)).at(-1)).toEqual(second);
    await expect.poll(async () => (await said(page)).length).toBe(3);

    if (locale === 'zh') {
      // Leave while reading: the next page must find the speech cancelled.
      continue;
    }
    if (locale === 'zh-hant') {
      // Stop: silent, unmarked, back to the start.
      await group.getByRole('button', { name: t('readAloud.stop'), exact: true }).click();
      await expect(sentence).not.toHaveAttribute('data-reading');
      await expect(play).toBeVisible();
      await expect(
        group.getByRole('button', { name: t('readAloud.stop'), exact: true }),
      ).toBeHidden();
      continue;
    }
    // On to the end: the parts after the repeated one complete the sentence, then it is unmarked.
    while (await end(page));
    const parts = (await said(page)).slice(2).map((s) => s.text);
    expect(squash(parts.join(' '))).toBe(text.slice(text.indexOf(second.text)));
    await expect(sentence).not.toHaveAttribute('data-reading');
    await expect(play).toBeVisible();
  }

  // The whole text reads from its first sentence.
  await visit(page, paths.plan('en'));
  await setVoices(page, VOICES);
  await page
    .locator('[data-read-aloud]')
    .getByRole('button', { name: useTranslations('en')('readAloud.play') })
    .click();
  const first = page.locator('main [data-sentence]').first();
  await expect(first).toHaveAttribute('data-reading', '');
  expect(squash((await first.textContent()) ?? '')).toContain((await said(page))[0]!.text);
  // Reading on past the first screen: each sentence brought into view as it is read, at once
  // when the reader asks for reduced motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const start = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < 10; i++)
    expect(
      await page.evaluate(() => {
        (window as unknown as { speech: Stub }).speech.end();
        const box = document.querySelector('[data-reading]')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    ).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(start);
});

test.describe('read aloud, JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('no control', async ({ page }) => {
    await visit(page, paths.provision('en', 'task-7'));
    await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
  });
});
