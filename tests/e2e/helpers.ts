/** Shared helpers for the browser tests. */
import type { Page } from '@playwright/test';
import { foldPunctuation } from '../../src/lib/model/text.ts';

/** A site path (`/zh/tasks/7/`) relative to the configured base URL, so tests also run under a sub-path. */
export function url(path: string): string {
  return path.replace(/^\//, '');
}

export async function visit(page: Page, path: string) {
  return page.goto(url(path));
}

/** The visible text of an element, folded for comparison with content text. */
export async function foldedText(page: Page, selector = 'main'): Promise<string> {
  return foldPunctuation(await page.locator(selector).innerText());
}

/** Normalises white space for comparing English text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
