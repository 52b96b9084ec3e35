/**
 * Browser tests run against the built site (dist/) served by scripts/serve.mjs.
 * Chromium: CHROMIUM_PATH if set; else Debian's headless shell (`chromium-headless-shell`, the
 * old headless mode, which is what Playwright itself runs headless tests in: on two cores it
 * runs this suite in under half the time of the full browser's new headless mode), else
 * Debian's full /usr/bin/chromium; else Playwright's own browser if it was installed with
 * `npx playwright install chromium`; otherwise a clear error.
 */
import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { normaliseBase } from './src/lib/site.ts';

function chromiumExecutable(): string | undefined {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => !!p);
  const system = candidates.find((p) => existsSync(p));
  if (system) return system;
  let bundled: string;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright's own browser
  throw new Error(
    "No Chromium for the browser tests. Install Debian's (apt-get install chromium fonts-noto-cjk), " +
      'set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium`.',
  );
}

// The axe matrix's rotation (tests/e2e/a11y.spec.ts), the day, fixed once by the runner: its
// workers inherit it, so a run that crosses midnight UTC lists the same tests in each of them.
process.env['AXE_ROTATION'] ??= String(Math.floor(Date.now() / 86_400_000));

const PORT = Number(process.env['PORT'] ?? 4329);
const BASE = normaliseBase(process.env['BASE_PATH']);
const DIST = process.env['OUT_DIR'] ?? 'dist';
const executablePath = chromiumExecutable();
const FULL_TRACE = process.env['PW_TRACE_FULL'] === '1';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Two workers on these two-core machines: the browser tests mostly wait on pages.
  workers: Number(process.env['PW_WORKERS'] ?? 2),
  reporter: [['list']],
  // No fixed per-test limit that a slow machine fails: the tests wait on what the page does, a
  // test is only stopped when it is clearly stuck (5 min), an expectation when the page clearly
  // never gets there (30 s), and the whole run is bounded (20 min by default, several times a
  // quiet run; PW_GLOBAL_TIMEOUT in ms for a longer run, such as AXE_ROTATION=all).
  timeout: 300_000,
  expect: { timeout: 30_000 },
  globalTimeout: Number(process.env['PW_GLOBAL_TIMEOUT'] ?? 1_200_000),
  use: {
    baseURL: `http://localhost:${PORT}${BASE}`,
    // No trace by default: a failed test prints its error and call log and keeps a screenshot. A
    // trace is recorded for every test as it runs (each response body written to a file), and
    // its DOM snapshots and screencast cost a third of the run's CPU (reading and share specs:
    // 105 CPU-seconds with them, 66 without). PW_TRACE_FULL=1 records the whole trace, kept for
    // a failed test: for rerunning one to look at it.
    trace: FULL_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--renderer-process-limit=1',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --dir ${DIST}`,
    url: `http://localhost:${PORT}${BASE}zh/`,
    reuseExistingServer: !process.env['CI'],
    // The server starts in about a second; a busy machine may take far longer.
    timeout: 180_000,
  },
});
