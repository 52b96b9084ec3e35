#!/usr/bin/env node
/**
 * npm run bench:print — serves the built site, prints every provision page of every edition to
 * A4 in Chromium (print media, as a reader's "Print" does) and prints a table of sheets per page.
 *
 * A page "fits" one sheet when its printed content, laid out at the sheet's text width, is no
 * taller than the sheet's text height (A4 less the @page margins of global.css). Fails (exit 1)
 * when a provision takes more than 2 sheets, or 2 sheets although it fits one.
 *
 * Options: PORT (default 4392); `--only zh` to print one edition.
 */
/* global document -- the functions given to page.evaluate run in the page */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../../tests/support/load-content.ts';
import { launch, requireBuild, serve } from './lib.mjs';

/** A4 and the print margins of global.css (@page { margin: 18mm 16mm }), in CSS px. */
const PX_PER_MM = 96 / 25.4;
const SHEET = { width: (210 - 2 * 16) * PX_PER_MM, height: (297 - 2 * 18) * PX_PER_MM };

requireBuild();
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : '';
const locales = LOCALES.filter((l) => !only || l === only);
const model = loadModel();
const server = await serve(Number(process.env.PORT ?? 4392));
const browser = await launch();
const scratch = mkdtempSync(join(tmpdir(), 'bench-print-'));

/** The number of pages of a PDF, as poppler counts them. */
function sheets(pdf) {
  const file = join(scratch, 'page.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

const rows = [];
try {
  const context = await browser.newContext({
    viewport: { width: Math.floor(SHEET.width), height: 800 },
  });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const locale of locales) {
    for (const provision of model.provisions) {
      const path = paths.provision(locale, provision.id);
      await page.goto(`${server.url}${path}`);
      // The content's height at the sheet's width, in print media.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const count = sheets(pdf);
      const fits = height <= SHEET.height;
      const bad = count > 2 || (fits && count > 1);
      rows.push({ locale, path, height: Math.round(height), fits, sheets: count, bad });
    }
  }
  await context.close();
} finally {
  await browser.close();
  server.stop();
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`sheet text area: ${Math.round(SHEET.width)} × ${Math.round(SHEET.height)} px`);
console.log('edition  path                          height  fits  sheets');
for (const r of rows)
  console.log(
    `${r.locale.padEnd(8)} ${r.path.padEnd(29)} ${String(r.height).padStart(6)}  ${r.fits ? 'yes ' : 'no  '}  ${r.sheets}${r.bad ? '  ✗' : ''}`,
  );
console.log('\nedition  1 sheet  2 sheets  more  fit but 2');
for (const locale of locales) {
  const mine = rows.filter((r) => r.locale === locale);
  const n = (f) => String(mine.filter(f).length).padStart(7);
  console.log(
    `${locale.padEnd(8)} ${n((r) => r.sheets === 1)}  ${n((r) => r.sheets === 2)}  ${n((r) => r.sheets > 2)}  ${n((r) => r.fits && r.sheets > 1)}`,
  );
}
const bad = rows.filter((r) => r.bad);
if (bad.length > 0) {
  console.error(`\n${bad.length} page(s) print on more sheets than they need.`);
  process.exit(1);
}
