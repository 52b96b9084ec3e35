/**
 * The plan's texts (content/plan/<edition>/<id>.mdx): front matter (the title) and paragraphs,
 * read as written. The pages, PDFs, search data and open data all render them from the model
 * (sentence by sentence, with anchors and notes), so nothing compiles them as MDX: this loader
 * only reads them, and in `astro dev` reloads a file when it changes. The tests read them with
 * the same functions (`listTextFiles`, `textFile`, through src/lib/checked-model.ts).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { TEXT_FILES, textIdOf, type TextSource } from '../content-files.ts';
import { ContentError } from '../model/errors.ts';
import type { TextFile } from '../model/model.ts';
import { parseYaml, validate } from './yaml-loader.ts';

/** Splits `---\nfront matter\n---\nbody`; a file without front matter names itself. */
export function splitFrontmatter(
  text: string,
  file: string,
): { data: Record<string, unknown>; body: string } {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/);
  if (!match)
    throw new ContentError(
      file,
      '(front matter)',
      'is missing: a text starts with --- and a title or an empty block',
    );
  const data = parseYaml(match[1] ?? '', file) ?? {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ContentError(file, '(front matter)', 'must be a mapping');
  return { data: data as Record<string, unknown>, body: match[2] ?? '' };
}

/** One text from its file's content. */
export function textFile(
  text: string,
  file: string,
  where: { locale: TextFile['locale']; id: string },
  source: TextSource = TEXT_FILES,
): TextFile {
  const { data, body } = splitFrontmatter(text, file);
  const parsed = validate(source.schema, data, file, '');
  return { ...where, title: parsed.title, body, file };
}

/** The paths of the texts below `root` (from `root`, with `/`), each edition's sorted by name. */
export function listTextFiles(root: string, source: TextSource = TEXT_FILES): string[] {
  return source.locales.flatMap((locale) =>
    readdirSync(join(root, source.dir, locale))
      .filter((name) => name.endsWith(source.extension))
      .sort()
      .map((name) => `${source.dir}/${locale}/${name}`),
  );
}

/** The texts as a content collection: entry id `<edition>/<id>`, data the front matter, body the paragraphs. */
export function textLoader(source: TextSource = TEXT_FILES): Loader {
  return {
    name: 'text-loader',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, source.dir);
      const load = async (absolute: string) => {
        const where = textIdOf(relative(dir, absolute), source);
        if (!where) return;
        const file = relative(root, absolute);
        const { data, body } = splitFrontmatter(await readFile(absolute, 'utf-8'), file);
        const id = `${where.locale}/${where.id}`;
        store.set({
          id,
          data: await parseData({ id, data, filePath: file }),
          body,
          filePath: file,
        });
      };
      store.clear();
      for (const file of listTextFiles(root, source)) await load(join(root, file));
      // In `astro dev`, an edit to a text reloads it (a build reads each once).
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (!changed.startsWith(dir)) return;
        load(changed).then(
          () => logger.info(`reloaded ${relative(root, changed)}`),
          (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}
