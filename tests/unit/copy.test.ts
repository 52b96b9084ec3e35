/** The text a copied or shared paragraph carries (client/copy.ts), hostile input included. */
import { describe, expect, it } from 'vitest';
import { paragraphShare } from '../../src/lib/client/copy.ts';

describe('paragraphShare', () => {
  it('joins the sentences, then the heading line and the URL', () => {
    const out = paragraphShare(
      ['One.', ' Two\n words. '],
      'Task 4 — Plan',
      'https://x/#task-4-p1',
      ' ',
    );
    expect(out.clip).toBe('One. Two words.\n\nTask 4 — Plan\nhttps://x/#task-4-p1');
    expect(out.text).toBe('One. Two words.\n\nTask 4 — Plan');
    expect(paragraphShare(['甲。', '乙。'], 'T', 'u', '').clip).toBe('甲。乙。\n\nT\nu');
  });
  it('survives empty and odd input', () => {
    expect(paragraphShare([], '', '', ' ').clip).toBe('\n\n\n');
    expect(paragraphShare(['', '  ', '<b>x</b>'], 't', 'u', ' ').clip).toBe('<b>x</b>\n\nt\nu');
  });
});
