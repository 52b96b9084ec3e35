/** Every sentence of the source (residue and brackets aside) is on the Chinese pages; English pages hold the whole translation. */
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import { sourcePieces } from '../../src/lib/model/source.ts';
import { foldPunctuation } from '../../src/lib/model/text.ts';
import { loadModel, readSource } from '../support/load-content.ts';
import { squash, visit } from './helpers.ts';

const model = loadModel();

test('every sentence of seeds/ is on the Chinese pages', async ({ page }) => {
  let text = '';
  for (const path of [paths.home('zh'), paths.plan('zh')]) {
    await visit(page, path);
    text += foldPunctuation(await page.locator('body').innerText());
  }
  const pieces = sourcePieces(readSource(), foldPunctuation);
  expect(pieces.length).toBeGreaterThan(100);
  expect(pieces.filter((piece) => !text.includes(piece))).toEqual([]);
});

test('the web-page residue is on no page', async ({ page }) => {
  for (const path of [paths.home('zh'), paths.plan('zh')]) {
    await visit(page, path);
    const text = await page.locator('body').innerText();
    for (const residue of ['扫描二维码', '本文链接', '本文关键词', '0798ci'])
      expect(text).not.toContain(residue);
  }
});

test('the English whole plan holds every translated paragraph', async ({ page }) => {
  await visit(page, paths.plan('en'));
  const text = squash(await page.locator('main').innerText());
  const paragraphs = [
    ...Object.values(model.texts).flatMap((t) => t.paragraphs.en),
    ...model.provisions.flatMap((p) => p.paragraphs.en),
  ];
  expect(paragraphs.filter((p) => !text.includes(squash(p)))).toEqual([]);
});
