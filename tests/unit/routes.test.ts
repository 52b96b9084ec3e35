import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  compareProvisionIds,
  parseProvisionId,
} from '../../src/lib/model/provision-id.ts';
import {
  absoluteUrl,
  localeOfPath,
  paths,
  stripBase,
  switchLocale,
  withBase,
} from '../../src/lib/routes.ts';
import {
  normaliseBase,
  normaliseOrigin,
  normaliseReport,
  siteConfigFromEnv,
} from '../../src/lib/site.ts';

describe('routes', () => {
  it('builds the spec URLs of provisions', () => {
    expect(paths.provision('zh', 'task-7')).toBe('/zh/tasks/7/');
    expect(paths.provision('en', 'measure-5')).toBe('/en/measures/5/');
    expect(paths.provision('en', 'implementation-1')).toBe('/en/implementation/1/');
    expect(paths.provision('zh', 'principle-4')).toBe('/zh/principles/4/');
    expect(() => paths.provision('zh', 'task-x')).toThrow(/Not a provision id/);
  });

  it('builds the other spec URLs', () => {
    expect(paths.home('en')).toBe('/en/');
    expect(paths.plan('en', 'task-7')).toBe('/en/plan/#task-7');
    expect(paths.body('zh', 'big-data-bureau')).toBe('/zh/departments/big-data-bureau/');
    expect(paths.place('en', 'city-brain')).toBe('/en/places/city-brain/');
    expect(paths.search('zh', '城市 大脑')).toBe(
      '/zh/search/?q=%E5%9F%8E%E5%B8%82%20%E5%A4%A7%E8%84%91',
    );
    expect(paths.data()).toBe('/data/plan.json');
  });

  it('switches language on the same page and anchor', () => {
    expect(switchLocale('/zh/tasks/7/', 'en')).toBe('/en/tasks/7/');
    expect(switchLocale('/en/plan/#targets', 'zh')).toBe('/zh/plan/#targets');
    expect(switchLocale('/en/', 'zh')).toBe('/zh/');
    expect(switchLocale('/zh', 'en')).toBe('/en/');
    expect(switchLocale('/', 'en')).toBe('/en/');
    expect(localeOfPath('/en/tasks/1/')).toBe('en');
    expect(localeOfPath('/data/plan.json')).toBeUndefined();
  });

  it('respects the base path', () => {
    expect(withBase('/zh/', '/')).toBe('/zh/');
    expect(withBase('/zh/', '/shenyang-ai-plan/')).toBe('/shenyang-ai-plan/zh/');
    expect(stripBase('/shenyang-ai-plan/zh/', '/shenyang-ai-plan/')).toBe('/zh/');
    expect(absoluteUrl('/en/tasks/7/', 'https://example.org', '/sub/')).toBe(
      'https://example.org/sub/en/tasks/7/',
    );
  });
});

describe('provision ids', () => {
  it('parses and orders ids in reading order', () => {
    expect(parseProvisionId('task-12')).toEqual({ kind: 'task', number: 12 });
    expect(parseProvisionId('task-0')).toBeUndefined();
    expect(parseProvisionId('tasks-1')).toBeUndefined();
    const ids = ['measure-1', 'task-10', 'principle-2', 'task-2', 'implementation-1'];
    expect(ids.sort(compareProvisionIds)).toEqual([
      'principle-2',
      'task-2',
      'task-10',
      'measure-1',
      'implementation-1',
    ]);
  });

  it('writes Chinese ordinals', () => {
    expect([1, 2, 3, 4, 5, 10, 12].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '十',
      '十二',
    ]);
  });
});

describe('site configuration', () => {
  it('normalises the base path and origin', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('shenyang-ai-plan')).toBe('/shenyang-ai-plan/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
    expect(normaliseOrigin('https://example.org/')).toBe('https://example.org');
    expect(() => normaliseOrigin('https://example.org/sub/')).toThrow(/BASE_PATH/);
    expect(() => normaliseOrigin('not a url')).toThrow(/not a URL/);
    expect(siteConfigFromEnv({ SITE_ORIGIN: 'http://localhost:4321', BASE_PATH: '/x' })).toEqual({
      origin: 'http://localhost:4321',
      base: '/x/',
    });
  });

  it('takes the address for error reports from REPORT_URL: an http(s) or mailto: address, or none', () => {
    expect(normaliseReport(undefined)).toBeUndefined();
    expect(normaliseReport('  ')).toBeUndefined();
    expect(normaliseReport('https://github.com/o/r/issues')).toBe('https://github.com/o/r/issues');
    expect(normaliseReport('mailto:errors@example.org')).toBe('mailto:errors@example.org');
    expect(() => normaliseReport('errors@example.org')).toThrow(/REPORT_URL is not a URL/);
    expect(() => normaliseReport('mailto:nobody')).toThrow(/REPORT_URL must be/);
    expect(() => normaliseReport('javascript:alert(1)')).toThrow(/REPORT_URL must be/);
    expect(siteConfigFromEnv({ REPORT_URL: 'mailto:e@example.org' }).report).toBe(
      'mailto:e@example.org',
    );
    expect(siteConfigFromEnv({}).report).toBeUndefined();
  });
});
