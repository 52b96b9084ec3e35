/**
 * The server of `npm start` refuses to start on a site it would serve wrongly, and keeps the
 * site's headers when a build writes a broken `_headers` while it runs. Small sites of their own,
 * made here: a page and a `_headers` file.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { get, startSiteServer } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEADERS = `/*
  X-Content-Type-Options: nosniff

/
  X-Frame-Options: DENY
`;

/** A site folder with an index page and, unless `headers` is undefined, that `_headers`. */
function siteWith(name: string, headers: string | undefined): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><title>t</title><p>page</p>\n');
  if (headers !== undefined) writeFileSync(join(dir, '_headers'), headers);
  return dir;
}

/** What the server says when it refuses to start on `dir` (undefined, and stopped, if it starts). */
async function refusal(dir: string): Promise<string | undefined> {
  try {
    await (await startSiteServer(dir)).stop();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the server refuses to start', () => {
  it('on a malformed line of _headers, naming the file and the line', async () => {
    const dir = siteWith('malformed', `${HEADERS}Content-Security-Policy: default-src 'self'\n`);
    expect(await refusal(dir)).toMatch(`${join(dir, '_headers')} line 6: `);
  });

  it('without _headers, naming the file', async () => {
    const dir = siteWith('missing', undefined);
    expect(await refusal(dir)).toMatch(`${join(dir, '_headers')} is missing`);
  });
});

describe('a _headers file replaced while the server runs', () => {
  it('a malformed one is reported and the previous rules kept; a good one is taken', async () => {
    const dir = siteWith('replaced', HEADERS);
    const server = await startSiteServer(dir);
    try {
      expect((await get(server.port, '/')).headers['x-frame-options']).toBe('DENY');
      const later = (seconds: number) => {
        const time = new Date(Date.now() + seconds * 1000);
        utimesSync(join(dir, '_headers'), time, time);
      };
      writeFileSync(join(dir, '_headers'), `${HEADERS}  no colon here\n`);
      later(10);
      const during = await get(server.port, '/');
      expect(during.status).toBe(200);
      expect(during.headers['x-frame-options']).toBe('DENY');
      expect(server.output()).toMatch(/_headers line 6/);
      writeFileSync(join(dir, '_headers'), HEADERS.replace('DENY', 'SAMEORIGIN'));
      later(20);
      expect((await get(server.port, '/')).headers['x-frame-options']).toBe('SAMEORIGIN');
      rmSync(join(dir, '_headers'));
      expect((await get(server.port, '/')).headers['x-frame-options']).toBe('SAMEORIGIN');
    } finally {
      await server.stop();
    }
  });
});
