/** The YAML content loader: a file edited while `astro dev` runs is read again; a bad edit is reported and keeps the last good data. */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlLoader } from '../../src/lib/node/yaml-loader.ts';

const dir = mkdtempSync(join(tmpdir(), 'yaml-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context() {
  const entries = new Map<string, unknown>();
  const watcher = Object.assign(new EventEmitter(), {
    added: [] as string[],
    add(path: string) {
      this.added.push(path);
    },
  });
  const logs: string[] = [];
  return {
    entries,
    watcher,
    logs,
    ctx: {
      store: {
        clear: () => entries.clear(),
        set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => {
        if (typeof data['name'] !== 'string')
          throw new Error(`${String(data['id'])}: name must be a string`);
        return data;
      },
      config: { root: pathToFileURL(`${dir}/`) },
      watcher,
      logger: {
        info: (m: string) => logs.push(`info ${m}`),
        error: (m: string) => logs.push(`error ${m}`),
      },
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 50));
/** Waits for the loader to report a reload (a log line), however slow the machine: no fixed time. */
async function logged(logs: string[], count: number) {
  while (logs.length < count) await new Promise((r) => setTimeout(r, 10));
}

describe('yamlLoader', () => {
  it('reloads its file when it changes, and only its file', async () => {
    const file = join(dir, 'things.yaml');
    writeFileSync(file, '- { id: a, name: First }\n');
    const { entries, watcher, logs, ctx } = context();
    await yamlLoader('./things.yaml').load(ctx as never);
    expect(entries.get('a')).toMatchObject({ name: 'First' });
    expect(watcher.added).toEqual([file]);

    writeFileSync(file, '- { id: a, name: Second }\n- { id: b, name: Third }\n');
    watcher.emit('change', join(dir, 'other.yaml'));
    await settle();
    expect(entries.get('a')).toMatchObject({ name: 'First' });
    watcher.emit('change', file);
    await logged(logs, 1);
    expect([...entries.keys()]).toEqual(['a', 'b']);
    expect(logs).toContain('info reloaded things.yaml');

    // A bad edit is reported with the file and keeps the last good data.
    writeFileSync(file, '- { id: a, name: 3 }\n');
    watcher.emit('change', file);
    await logged(logs, 2);
    expect(entries.get('a')).toMatchObject({ name: 'Second' });
    expect(logs.some((l) => l.startsWith('error') && l.includes('name must be a string'))).toBe(
      true,
    );
  });
});
