/** Accessible names begin with what the control shows (src/lib/route-data/label-in-name.ts). */
import { expect, it } from 'vitest';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { nameShownFirst } from '../../../src/lib/route-data/label-in-name.ts';

it('puts the shown text first only where the full name does not already begin with it', () => {
  const en = useTranslations('en');
  const zh = useTranslations('zh');
  expect(nameShownFirst('T1', 'Task 1: Implement', en)).toBe('T1, Task 1: Implement');
  expect(nameShownFirst('1', 'Task 2: listed 1st', en)).toBe('1, Task 2: listed 1st');
  expect(nameShownFirst('Task 1', 'Task 1: Implement', en)).toBe('Task 1: Implement');
  expect(nameShownFirst('任务7', '重点任务 7：实施', zh)).toBe('任务7，重点任务 7：实施');
  expect(nameShownFirst('重点任务7', '重点任务 7：实施', zh)).toBe('重点任务 7：实施');
});

it('takes hostile and empty input as text', () => {
  const en = useTranslations('en');
  expect(nameShownFirst('', 'Name', en)).toBe('Name');
  expect(nameShownFirst('  ', 'Name', en)).toBe('Name');
  expect(nameShownFirst('<b>{{x}}</b>', 'Name', en)).toBe('<b>{{x}}</b>, Name');
});
