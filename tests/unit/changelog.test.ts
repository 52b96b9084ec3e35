/**
 * The record of the editions (content/changelog.yaml, src/lib/model/changelog.ts): the file as
 * the build reads it, and the checks the schema cannot make.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, isTranslation } from '../../src/lib/editions.ts';
import { checkChangelog, type ChangelogFacts } from '../../src/lib/model/changelog.ts';
import { loadChangelog, loadModel } from '../support/load-content.ts';

describe('content/changelog.yaml', () => {
  const changelog = loadChangelog();

  it('holds the independent reviews and, for each translation, its revision of content/document.yaml', () => {
    expect(changelog.reviews.length).toBeGreaterThanOrEqual(2);
    for (const locale of LOCALES.filter(isTranslation))
      expect(changelog.changes.find((c) => c.edition === locale)?.date).toBe(
        loadModel().document.translations?.[locale]?.revised,
      );
  });

  it('has its texts in every edition, the generated ones converted', () => {
    for (const change of changelog.changes)
      for (const locale of LOCALES) expect(change.text[locale], locale).toBeTruthy();
    expect(changelog.changes[0]!.text['zh-hant']).not.toBe(changelog.changes[0]!.text.zh);
  });
});

describe('the changelog check', () => {
  const facts = (): ChangelogFacts => ({
    id: 'document',
    reviews: [
      {
        id: 'r1',
        date: '2026-01-02',
        editions: ['en'],
        scope: { zh: '英文', en: 'the English' },
        findings: { critical: 0, major: 0, minor: 1, style: 1 },
        grade: 'A',
        outcome: { zh: '已改。', en: 'Fixed.' },
      },
    ],
    changes: [
      { date: '2026-01-03', edition: 'en', review: 'r1', text: { zh: '改', en: 'Changed' } },
      { date: '2026-01-01', edition: 'zh', text: { zh: '首发', en: 'First' } },
    ],
  });
  const document = { translations: { en: { revised: '2026-01-03' } } };

  it('accepts a changelog whose latest change of each translation is its revision date', () => {
    expect(() => checkChangelog(facts(), document)).not.toThrow();
  });

  it('refuses changes out of order, an unknown review, and a revision date without its change', () => {
    const unordered = facts();
    unordered.changes.reverse();
    expect(() => checkChangelog(unordered, document)).toThrow(
      /content\/changelog\.yaml: changes\[1\]\.date: .*newest first/,
    );
    const unknown = facts();
    unknown.changes[0]!.review = 'r9';
    expect(() => checkChangelog(unknown, document)).toThrow(/changes\[0\]\.review: "r9"/);
    expect(() =>
      checkChangelog(facts(), { translations: { en: { revised: '2026-02-01' } } }),
    ).toThrow(/translations\.en\.revised/);
  });
});
