/** The build's render cache (src/lib/node/render-cache.ts), hostile cases included. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedOutput, isWholePng, renderCacheDir } from '../../src/lib/node/render-cache.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Every entry file under a cache folder. */
const entries = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

/** A counting maker of "outputs": the input's text, upper-cased. */
function maker() {
  const made: string[] = [];
  const make = (input: string) => () => {
    made.push(input);
    return Buffer.from(input.toUpperCase());
  };
  return { made, make };
}
const valid = (data: Buffer) =>
  data.length > 0 && data.toString() === data.toString().toUpperCase();

describe('cachedOutput', () => {
  it('makes an output once and reads it back after', async () => {
    const dir = tempDir();
    const { made, make } = maker();
    expect((await cachedOutput(dir, 'm 1', 'abc', make('abc'), valid)).toString()).toBe('ABC');
    expect((await cachedOutput(dir, 'm 1', 'abc', make('abc'), valid)).toString()).toBe('ABC');
    expect(made).toEqual(['abc']);
    expect(entries(dir)).toHaveLength(1);
  });

  it('keeps other inputs and other makers (a new version, other options) apart', async () => {
    const dir = tempDir();
    const { made, make } = maker();
    await cachedOutput(dir, 'm 1', 'abc', make('abc'), valid);
    await cachedOutput(dir, 'm 1', 'abd', make('abd'), valid);
    await cachedOutput(dir, 'm 2', 'abc', make('abc'), valid);
    // The namespace and input are not run together: ("m 1", "abc") is not ("m 1a", "bc").
    await cachedOutput(dir, 'm 1a', 'bc', make('bc'), valid);
    expect(made).toEqual(['abc', 'abd', 'abc', 'bc']);
    expect(entries(dir)).toHaveLength(4);
  });

  it('makes a damaged or emptied entry again and replaces it', async () => {
    const dir = tempDir();
    const { made, make } = maker();
    await cachedOutput(dir, 'm', 'abc', make('abc'), valid);
    const [file] = entries(dir);
    writeFileSync(file!, 'aBC');
    expect((await cachedOutput(dir, 'm', 'abc', make('abc'), valid)).toString()).toBe('ABC');
    writeFileSync(file!, '');
    expect((await cachedOutput(dir, 'm', 'abc', make('abc'), valid)).toString()).toBe('ABC');
    expect(made).toHaveLength(3);
    expect((await cachedOutput(dir, 'm', 'abc', make('abc'), valid)).toString()).toBe('ABC');
    expect(made).toHaveLength(3);
  });

  it('with the cache off, makes every output and writes nothing', async () => {
    const { made, make } = maker();
    await cachedOutput(undefined, 'm', 'abc', make('abc'), valid);
    await cachedOutput(undefined, 'm', 'abc', make('abc'), valid);
    expect(made).toHaveLength(2);
  });

  it('goes on without a cache it cannot write to, saying so once', async () => {
    const dir = tempDir();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { made, make } = maker();
    // A file where the folder should be: writing fails whoever runs the test (root included).
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    expect((await cachedOutput(blocked, 'm', 'abc', make('abc'), valid)).toString()).toBe('ABC');
    expect((await cachedOutput(blocked, 'm', 'abd', make('abd'), valid)).toString()).toBe('ABD');
    expect(made).toEqual(['abc', 'abd']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/render cache: cannot write to .*blocked/);
    expect(entries(dir)).toEqual([blocked]);
  });

  it('lets builds at the same time fill one entry: each gets a whole output, no partial file stays', async () => {
    const dir = tempDir();
    const { make } = maker();
    const out = await Promise.all(
      Array.from({ length: 8 }, () => cachedOutput(dir, 'm', 'abc', make('abc'), valid)),
    );
    expect(out.map(String)).toEqual(Array(8).fill('ABC'));
    expect(entries(dir)).toHaveLength(1);
  });

  it('passes an error of the maker on, caching nothing', async () => {
    const dir = tempDir();
    await expect(
      cachedOutput(
        dir,
        'm',
        'abc',
        () => {
          throw new Error('no glyph');
        },
        valid,
      ),
    ).rejects.toThrow('no glyph');
    expect(entries(dir)).toEqual([]);
  });
});

describe('renderCacheDir', () => {
  it('is off, a folder of its own, or node_modules/.cache/plan-render/ by default', () => {
    expect(renderCacheDir({ PLAN_RENDER_CACHE: 'off' })).toBeUndefined();
    expect(renderCacheDir({ PLAN_RENDER_CACHE: '/tmp/cards' })).toBe('/tmp/cards');
    expect(renderCacheDir({})).toMatch(/node_modules\/\.cache\/plan-render$/);
    expect(renderCacheDir({ PLAN_RENDER_CACHE: ' ' })).toMatch(/plan-render$/);
  });
});

describe('isWholePng', () => {
  // The smallest PNG: one transparent pixel.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  it('takes a whole PNG and refuses a truncated one, another format, or nothing', () => {
    expect(isWholePng(png)).toBe(true);
    expect(isWholePng(png.subarray(0, png.length - 1))).toBe(false);
    expect(isWholePng(png.subarray(0, 40))).toBe(false);
    expect(isWholePng(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(false);
    expect(isWholePng(Buffer.alloc(0))).toBe(false);
    expect(isWholePng(Buffer.concat([png, Buffer.from('junk')]))).toBe(false);
  });
});
