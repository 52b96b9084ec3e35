/**
 * A content loader for the YAML data files (glossary, provisions, structure, document).
 * Unlike Astro's `file()` loader, which logs and skips a file it cannot parse, this one fails
 * the build with the file's path and what is wrong.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { ContentError } from '../model/errors.ts';

/** Parses a YAML file's text; a syntax error names the file and the line. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new ContentError(
      file,
      '(syntax)',
      error instanceof Error ? error.message : String(error),
    );
  }
}

export interface YamlSelection {
  /** The key of the top-level mapping to read; the whole file when absent. */
  key?: string;
  /** How to give an item without an `id` one (for example from another field). */
  idOf?: (item: Record<string, unknown>, index: number) => string;
}

/** Picks a list of records (or one record) out of parsed YAML, each with an id. */
export function selectItems(
  data: unknown,
  file: string,
  { key, idOf }: YamlSelection = {},
): Record<string, unknown>[] {
  const picked = key === undefined ? data : (data as Record<string, unknown> | null)?.[key];
  const field = key ?? '(root)';
  if (picked === undefined || picked === null) throw new ContentError(file, field, 'is missing');
  const list = Array.isArray(picked) ? picked : [{ id: 'document', ...(picked as object) }];
  const seen = new Set<string>();
  return list.map((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new ContentError(file, `${field}[${index}]`, 'must be a mapping');
    }
    const item = raw as Record<string, unknown>;
    const id = idOf ? idOf(item, index) : item['id'];
    if (typeof id !== 'string' || !id)
      throw new ContentError(file, `${field}[${index}].id`, 'is missing');
    if (seen.has(id))
      throw new ContentError(file, `${field}[${index}].id`, `"${id}" appears twice`);
    seen.add(id);
    return { ...item, id };
  });
}

export function yamlLoader(path: string, selection: YamlSelection = {}): Loader {
  return {
    name: 'yaml-loader',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const url = new URL(path, config.root);
      const absolute = fileURLToPath(url);
      const filePath = relative(fileURLToPath(config.root), absolute);
      const sync = async () => {
        const items = selectItems(
          parseYaml(await readFile(url, 'utf-8'), filePath),
          filePath,
          selection,
        );
        // Parse every item before touching the store, so a bad edit fails without emptying it.
        const parsed = [];
        for (const item of items) {
          const id = String(item['id']);
          parsed.push({ id, data: await parseData({ id, data: item, filePath }) });
        }
        store.clear();
        for (const { id, data } of parsed) store.set({ id, data, filePath });
      };
      await sync();
      // In `astro dev`, an edit to the file reloads it (a build reads it once).
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed !== absolute) return;
        sync().then(
          () => logger.info(`reloaded ${filePath}`),
          (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

/** Validates data against a zod schema; a failure names the file, the item and the field. */
export function validate<T>(
  schema: {
    safeParse(
      data: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  data: unknown,
  file: string,
  where: string,
): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [where, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  throw new ContentError(file, field, issue?.message ?? 'is invalid');
}
