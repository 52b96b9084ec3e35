/**
 * Build step (Node): a content-addressed cache for output that takes seconds to make and is a pure
 * function of its input, such as a preview card's PNG from its SVG (cards.ts). Each entry is
 * keyed by a hash of the input and of what makes it (the library's version and options), so a
 * changed card, renderer or option makes a new entry and a stale one is never read. The main
 * build, the sub-path build and the failure tests' copies of the project (node_modules is
 * linked into them) share it, as Astro's own image cache is shared.
 *
 * Where: PLAN_RENDER_CACHE, a folder; `off` makes every entry afresh and writes none (the
 * repeatability check does this, so that it compares two real renderings); by default
 * node_modules/.cache/plan-render/ under the project's root.
 * An entry that fails its check (a truncated or damaged file) is made again and replaced; a cache
 * that cannot be written to is warned about once and the build goes on without it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project.ts';

/** The cache folder the environment asks for, or undefined when it is off. */
export function renderCacheDir(env: Record<string, string | undefined> = process.env) {
  const setting = env['PLAN_RENDER_CACHE']?.trim();
  if (setting === 'off') return undefined;
  return setting || join(projectRoot(), 'node_modules', '.cache', 'plan-render');
}

let warned = false;

/**
 * The output for `input`: read from the cache in `dir` when an entry for it (in `namespace`)
 * passes `valid`, otherwise made by `make` and written there. `namespace` names the maker and
 * its settings (e.g. `resvg 2.6.2 {"fitTo":…}`): entries of different makers never meet.
 */
export async function cachedOutput(
  dir: string | undefined,
  namespace: string,
  input: string | Uint8Array,
  make: () => Buffer | Promise<Buffer>,
  valid: (data: Buffer) => boolean,
): Promise<Buffer> {
  if (!dir) return make();
  const key = createHash('sha256').update(namespace).update('\0').update(input).digest('hex');
  const file = join(dir, key.slice(0, 2), key);
  try {
    const data = readFileSync(file);
    if (valid(data)) return data;
  } catch {
    /* not cached yet */
  }
  const data = await make();
  try {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    // Written beside, then renamed: a reader (another build at the same time) sees a whole entry or none.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    try {
      writeFileSync(partial, data);
      renameSync(partial, file);
    } finally {
      rmSync(partial, { force: true });
    }
  } catch (error) {
    if (!warned) {
      warned = true;
      console.warn(
        `render cache: cannot write to ${dir} (${(error as Error).message}); going on without it`,
      );
    }
  }
  return data;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The IEND chunk, with its length and CRC: the last 12 bytes of every whole PNG. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** A whole PNG file: its signature first and its end chunk last (a truncated file has none). */
export function isWholePng(data: Buffer): boolean {
  return (
    data.length > PNG_SIGNATURE.length + PNG_END.length &&
    data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE) &&
    data.subarray(data.length - PNG_END.length).equals(PNG_END)
  );
}
