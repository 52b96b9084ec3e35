/** Shared helpers of the benchmark scripts: serve dist/, start Chromium, count bytes. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

export function requireBuild() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
}

/** Starts scripts/serve.mjs on a port (serving dist/ or another build folder) and resolves once it answers. */
export async function serve(port, dir = 'dist') {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/serve.mjs'), '--port', String(port), '--dir', join(ROOT, dir)],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://localhost:${port}/`);
      if (r.ok) return { url: `http://localhost:${port}`, stop: () => child.kill() };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the static server did not start');
}

export function launch() {
  const executablePath = ['/usr/bin/chromium', process.env.CHROMIUM_PATH].find(
    (p) => p && existsSync(p),
  );
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Counts the bytes of every response of a page, its workers included (body + headers as received). */
export async function byteCounter(page) {
  const log = [];
  const pending = [];
  page.context().on('requestfinished', (request) => {
    pending.push(
      request
        .sizes()
        .then((sizes) =>
          log.push({
            url: request.url(),
            bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          }),
        )
        .catch(() => {}),
    );
  });
  const settle = () => Promise.all(pending.splice(0));
  return {
    total: async () => (await settle(), log.reduce((s, x) => s + x.bytes, 0)),
    entries: async () => (await settle(), [...log]),
  };
}

export function dirSize(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? dirSize(p) : st.size;
  }
  return total;
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
