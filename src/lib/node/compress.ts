/**
 * Compression done once, at build time: a `.br` and a `.gz` beside every text file worth it, so
 * that servers send them as they are (our server, nginx's gzip_static) instead of compressing
 * every response again.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { contentTypeOf, isCompressible } from './headers.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Smaller files gain less than their headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

/** The encodings made at build time, each with the suffix of its file. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

async function compressOne(file: string): Promise<number> {
  const data = await readFile(file);
  const outputs = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipped(data, { level: 9 }),
  ]);
  let written = 0;
  for (const [i, output] of outputs.entries()) {
    if (output.length >= data.length) continue;
    await writeFile(`${file}${ENCODINGS[i]?.suffix}`, output);
    written += 1;
  }
  return written;
}

/** Compresses the text files among `files` (absolute paths); returns how many files it wrote. */
export async function precompress(files: readonly string[], concurrency = 4): Promise<number> {
  const queue: string[] = [];
  for (const file of files) {
    if (!isCompressible(contentTypeOf(file))) continue;
    if ((await stat(file)).size >= MIN_COMPRESS_BYTES) queue.push(file);
  }
  let written = 0;
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      // Not `written += await …`: that reads `written` before the await and loses the other workers' counts.
      const count = await compressOne(file);
      written += count;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}
