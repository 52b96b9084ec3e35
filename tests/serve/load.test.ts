/**
 * The server of `npm start` against slow clients: a client that stalls sending its headers gets
 * 408 within a bounded time. The tests start their own server on the build.
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, ROOT, startSiteServer, type Running } from './support.ts';

const DIST = join(ROOT, 'dist');

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
