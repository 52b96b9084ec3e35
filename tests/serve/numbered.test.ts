/**
 * A provision asked for by its number is the direct answer and the first result, in every
 * edition, on the built search data (the list of forms, in every script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackFoldTable, type PackedFoldTable } from '../../src/lib/search/text.ts';
import { LOCALES } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { ROOT, engineAsRead } from './support.ts';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(ROOT, 'dist', 'search', file), 'utf-8')) as T;
const fold = unpackFoldTable(read<PackedFoldTable>('fold.json'));

const ASKED: Record<string, string> = {
  'task 7': 'task-7',
  'Task 11': 'task-11',
  'task 12': 'task-12',
  'measure 1': 'measure-1',
  'principle 2': 'principle-2',
  'implementation item 3': 'implementation-3',
  T7: 'task-7',
  任务7: 'task-7',
  任务十二: 'task-12',
  重点任务7: 'task-7',
  第三项任务: 'task-3',
  措施三: 'measure-3',
  '工作措施（一）': 'measure-1',
  任務7: 'task-7',
  重點任務十一: 'task-11',
};

describe('a provision asked for by its number', () => {
  for (const locale of LOCALES) {
    const engine = engineAsRead(locale);
    it(`${locale}: is the direct answer and the first result`, () => {
      for (const [q, id] of Object.entries(ASKED)) {
        const outcome = engine.search(q, { fold });
        expect(outcome.answers[0], q).toMatchObject({ kind: 'provision', id });
        expect(outcome.results[0]?.doc.id, q).toBe(id);
        // Only that provision: a query that is only a number is not a search for the word "task".
        expect(outcome.results, q).toHaveLength(1);
      }
    });
    it(`${locale}: links the paragraph asked for, and searches the rest of the query`, () => {
      // (Every provision of this plan is one paragraph: the anchor is still the paragraph's.)
      const outcome = engine.search('task 4 paragraph 1', { fold });
      expect(outcome.answers[0]?.path).toBe(`${paths.provision(locale, 'task-4')}#task-4-p1`);
      expect(outcome.results[0]?.snippet.paragraph).toBe(1);
      // A paragraph the provision does not have: the provision itself.
      expect(engine.search('task 4 paragraph 9', { fold }).answers[0]?.path).toBe(
        paths.provision(locale, 'task-4'),
      );
      const mixed = engine.search(locale === 'en' ? 'task 7 robot' : '任务7 机器人', { fold });
      expect(mixed.results[0]?.doc.id).toBe('task-7');
      expect(mixed.results.length).toBeGreaterThan(1);
      // A number the plan does not have is searched as words.
      expect(engine.search('task 13', { fold }).answers.some((a) => a.kind === 'provision')).toBe(
        false,
      );
    });
  }
});
