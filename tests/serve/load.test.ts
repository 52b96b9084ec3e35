/**
 * The server of `npm start` under a burst of connections and against slow clients: every
 * connection of a burst is taken at once and answered (none waits for a retransmitted handshake,
 * none is reset), and a client that stalls sending its headers gets 408 within a bounded time.
 * Each test starts its own server on the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/routes.ts';
import { raw, ROOT, startSiteServer, type Running } from './support.ts';

const DIST = join(ROOT, 'dist');

interface Burst {
  /** Each connection's outcome: the status of its answer, or the error that ended it. */
  outcomes: Record<string, number>;
  /** The longest time a connection took to be established, in ms. */
  slowestConnect: number;
}

/**
 * `count` connections opened at once, each sending one GET: how each ended, and how long
 * connecting took. `connected` is told how many are established, as each is.
 */
function burst(
  port: number,
  count: number,
  target: string,
  connected: (established: number) => void,
): Promise<Burst> {
  const outcomes: Record<string, number> = {};
  const note = (outcome: string) => (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1);
  let slowestConnect = 0;
  let established = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const socket = connect(port, '127.0.0.1');
      let head = '';
      let failed = false;
      socket.setTimeout(20_000, () => socket.destroy(new Error('timeout')));
      socket.on('connect', () => {
        slowestConnect = Math.max(slowestConnect, performance.now() - start);
        established += 1;
        connected(established);
        socket.write(
          `GET ${target} HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n`,
        );
      });
      socket.on('data', (data: Buffer) => {
        if (head.length < 12) head += data.toString('latin1', 0, 12);
      });
      socket.on('error', (error: Error & { code?: string }) => {
        failed = true;
        note(error.code ?? error.message);
      });
      socket.on('close', () => {
        if (!failed) note(head.slice(9, 12) || 'closed without an answer');
        resolve();
      });
    });
  return Promise.all(Array.from({ length: count }, one)).then(() => ({ outcomes, slowestConnect }));
}

/** The kernel's cap on a listen queue (Linux); a longer queue than this cannot be had. */
const somaxconn = existsSync('/proc/sys/net/core/somaxconn')
  ? Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf-8'))
  : undefined;
if (somaxconn !== undefined && somaxconn < 2200)
  console.warn(`net.core.somaxconn is ${somaxconn}: the burst test needs 2,200; skipped`);

describe.skipIf(somaxconn !== undefined && somaxconn < 2200)(
  'a burst of connections while the server is busy',
  () => {
    let server: Running;
    beforeAll(async () => {
      server = await startSiteServer(DIST);
    });
    afterAll(async () => {
      server.process.kill('SIGCONT');
      await server?.stop();
    });

    it('2,000 connections arriving while the server is stalled: all taken by the kernel, answered, none reset', async () => {
      // The kernel completes handshakes into the listen queue while the process cannot accept (a
      // busy event loop; here the process is stopped until every connection is established, 3 s at
      // most): a queue too short drops the rest, whose clients retransmit a second later, and those
      // dropped for long are reset.
      const count = 2000;
      let whileStopped = -1;
      let established = 0;
      const resume = () => {
        if (whileStopped >= 0) return;
        whileStopped = established;
        server.process.kill('SIGCONT');
      };
      server.process.kill('SIGSTOP');
      const timer = setTimeout(resume, 3000);
      const started = performance.now();
      const { outcomes, slowestConnect } = await burst(
        server.port,
        count,
        paths.provision('zh', 'task-7'),
        (n) => {
          established = n;
          if (n === count) resume();
        },
      );
      clearTimeout(timer);
      resume();
      console.log(
        `burst: ${count} connections, ${whileStopped} established while the server was stopped, all answered in ${Math.round(performance.now() - started)} ms (the slowest connected in ${Math.round(slowestConnect)} ms): ${JSON.stringify(outcomes)}`,
      );
      expect(whileStopped).toBe(count);
      expect(outcomes).toEqual({ 200: count });
      expect(server.alive()).toBe(true);
    });
  },
);

const prlimit = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => existsSync(p));

describe.skipIf(!prlimit)('a burst of connections on a process allowed few open files', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startSiteServer(DIST, {}, [], [prlimit ?? 'prlimit', '--nofile=1536:1536']);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('900 connections at once, with 1,536 file descriptors: every one answered 200', async () => {
    // Each connection is a descriptor, and so is each file being sent: the server must not
    // open a file per connection at once (send's EMFILE would be a 500).
    // Twice: the first burst on a fresh process is often slow enough to pass regardless.
    for (const round of [1, 2]) {
      const { outcomes } = await burst(server.port, 900, paths.provision('en', 'task-7'), () => {});
      console.log(`burst ${round} with 1,536 descriptors: ${JSON.stringify(outcomes)}`);
      expect(outcomes, `burst ${round}`).toEqual({ 200: 900 });
    }
    expect(server.alive()).toBe(true);
  });
});

describe('slow clients', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startSiteServer(DIST, {}, ['--headers-timeout', '1000']);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Sends `parts` a pause apart, and reads the answer: status, and seconds from the first part. */
  function slowly(parts: string[], pause: number) {
    return new Promise<{ status: number; seconds: number }>((resolve) => {
      const start = performance.now();
      const socket = connect(server.port, '127.0.0.1');
      let received = '';
      const timer = setInterval(() => {
        const part = parts.shift();
        if (part === undefined) clearInterval(timer);
        else if (socket.writable) socket.write(part);
      }, pause);
      socket.setTimeout(10_000, () => socket.destroy());
      socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        resolve({
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0),
          seconds: (performance.now() - start) / 1000,
        });
      });
      const first = parts.shift();
      if (first) socket.write(first);
    });
  }

  it('half the headers, then nothing: 408 once the headers time (1 s here) is up', async () => {
    const { status, seconds } = await slowly(
      ['GET / HTTP/1.1\r\nHost: localhost\r\nX-A: 1\r\n'],
      100,
    );
    expect(status).toBe(408);
    expect(seconds).toBeGreaterThanOrEqual(0.9);
    expect(seconds).toBeLessThan(4);
  });

  it('headers a line at a time, each in time but all too slow: 408 all the same', async () => {
    const lines = ['GET / HTTP/1.1\r\n', 'Host: localhost\r\n', ...Array(20).fill('X-A: 1\r\n')];
    const { status, seconds } = await slowly(lines, 200);
    expect(status).toBe(408);
    expect(seconds).toBeLessThan(4);
  });

  it('a connection that sends nothing is closed within a bounded time', async () => {
    const { status, seconds } = await slowly([''], 100);
    expect([0, 408]).toContain(status);
    expect(seconds).toBeLessThan(4);
  });

  it('a request sent in time is served', async () => {
    const response = await raw(
      server.port,
      'GET /zh/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    expect(response.status).toBe(200);
  });
});
