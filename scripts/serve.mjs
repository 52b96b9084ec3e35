#!/usr/bin/env node
/**
 * npm start / npm run preview: serves the built site (dist/) as a static host does, safe to leave
 * running (see src/lib/node/server.ts): index pages, /path → /path/, the bilingual 404.html, the
 * headers of dist/_headers, the .br/.gz files made at build time, and the base path (BASE_PATH)
 * the site was built for.
 *
 *   node scripts/serve.mjs [--port 4321] [--dir dist] [--host 127.0.0.1] [--headers-timeout 30000]
 *
 * --headers-timeout: the milliseconds a client has to send a request's headers (then 408).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createSiteServer,
  DEFAULT_HEADERS_TIMEOUT,
  LISTEN_BACKLOG,
} from '../src/lib/node/server.ts';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? '4321'));
const host = arg('host', '127.0.0.1');
const root = resolve(arg('dir', 'dist'));
const rawBase = (process.env.BASE_PATH ?? '').trim().replace(/^\/+|\/+$/g, '');
const base = rawBase ? `/${rawBase}/` : '/';
const headersTimeout = Number(arg('headers-timeout', String(DEFAULT_HEADERS_TIMEOUT)));
if (!Number.isInteger(headersTimeout) || headersTimeout <= 0) {
  console.error('--headers-timeout takes a whole number of milliseconds above 0.');
  process.exit(1);
}

if (!existsSync(root)) {
  console.error(`${root} does not exist: build the site first (npm run build).`);
  process.exit(1);
}
let server;
try {
  server = createSiteServer({ root, base, headersTimeout });
} catch (error) {
  // A site the server would serve wrongly (no _headers, a malformed line): said, not served.
  console.error(`Not serving ${root}: ${error.message}`);
  process.exit(1);
}
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is in use. Stop what uses it, or choose another: PORT=4322 npm run preview`,
    );
    process.exit(1);
  }
  throw error;
});
server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
  // With --port 0 the system picks a free port; the line says which.
  console.log(`Serving ${root} at http://localhost:${server.address().port}${base}`);
});
