/** Servers and requests for the serving tests: the real `npm run preview` server, nginx, raw HTTP. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Locale } from '../../src/lib/editions.ts';
import type { SearchConfig } from '../../src/lib/search/config.ts';
import type { SearchData } from '../../src/lib/search/data.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Running {
  port: number;
  process: ChildProcess;
  /** What the server has printed so far (stdout and stderr). */
  output: () => string;
  /** Whether the process is still running. */
  alive: () => boolean;
  stop: () => Promise<void>;
}

function running(child: ChildProcess, port: number, output: () => string): Running {
  return {
    port,
    process: child,
    output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Starts `scripts/serve.mjs` (what `npm start` and `npm run preview` run) on a free port, with
 * any further command-line arguments, run through `wrapper` if given (a command that runs the
 * rest, as `prlimit --nofile=…` does); rejects with the server's output if it exits first.
 */
export function startSiteServer(
  dir: string,
  env: Record<string, string> = {},
  args: string[] = [],
  wrapper: string[] = [],
): Promise<Running> {
  const command = [
    ...wrapper,
    process.execPath,
    join(ROOT, 'scripts', 'serve.mjs'),
    ...['--dir', dir, '--port', '0', ...args],
  ];
  const child = spawn(command[0] ?? process.execPath, command.slice(1), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer) => {
      output += data;
      const port = output.match(/http:\/\/localhost:(\d+)/)?.[1];
      if (port) resolve(running(child, Number(port), () => output));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (output += d));
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${output}`)),
    );
  });
}

export const hasNginx = () => spawnSync('nginx', ['-v']).status === 0;

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Sends bytes exactly as given (no URL normalisation, unlike fetch) and reads the response of a
 * `Connection: close` request. A server that drops the connection yields status 0.
 */
export function raw(port: number, text: string | Buffer, timeout = 5000): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const head = all
        .subarray(0, end < 0 ? all.length : end)
        .toString('latin1')
        .split('\r\n');
      const status = Number(head[0]?.match(/^HTTP\/1\.[01] (\d{3})/)?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const at = line.indexOf(':');
        if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status, headers, body: end < 0 ? Buffer.alloc(0) : all.subarray(end + 4) });
    };
    socket.setTimeout(timeout, () => socket.destroy());
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', () => {});
    socket.on('close', done);
    socket.write(text);
  });
}

/** A request line and headers, as raw bytes; `target` is sent exactly as written. */
export function requestText(
  target: string,
  { method = 'GET', headers = {} as Record<string, string> } = {},
): string {
  const lines = [
    `${method} ${target} HTTP/1.1`,
    'Host: localhost',
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

export const get = (
  port: number,
  target: string,
  headers: Record<string, string> = {},
  method = 'GET',
) => raw(port, requestText(target, { method, headers }));

/** `total` GET requests for `path` over `connections` keep-alive connections: requests per second, failures. */
export async function load(port: number, path: string, total: number, connections: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  let next = 0;
  let failures = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'br, gzip' } },
        (res) => {
          if (res.statusCode !== 200) failures += 1;
          res.resume();
          res.on('end', resolve);
          res.on('error', () => {
            failures += 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures += 1;
        resolve();
      });
      req.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) {
        next += 1;
        await one();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: total, failures, seconds, perSecond: Math.round(total / seconds) };
}

/**
 * An edition's engine as the search page makes it (search-backend.ts): its search data file as
 * sent, read with the fold table that edition's built search page carries in its configuration
 * (data.ts packed, unpacked).
 */
export function engineAsRead(locale: Locale): SearchEngine {
  const data = JSON.parse(
    readFileSync(join(ROOT, 'dist', 'search', `${locale}.json`), 'utf-8'),
  ) as SearchData;
  const html = readFileSync(join(ROOT, 'dist', locale, 'search', 'index.html'), 'utf-8');
  const config = /<script type="application\/json" id="search-config">([\s\S]*?)<\/script>/.exec(
    html,
  )?.[1];
  if (!config) throw new Error(`dist/${locale}/search/index.html: no search configuration`);
  return new SearchEngine(data, (JSON.parse(config) as SearchConfig).fold);
}
