/** The header menu's closing rules (client/menu.ts). */
import { describe, expect, it } from 'vitest';
import { closesMenu, type MenuElement } from '../../src/lib/client/menu.ts';

const inside = {} as Node;
const outside = {} as Node;
const menu = (open: boolean): MenuElement => ({
  open,
  contains: (node) => node === inside,
  querySelector: () => null,
});

describe('closesMenu', () => {
  it('closes an open menu for a target outside it', () => {
    expect(closesMenu(menu(true), outside)).toBe(true);
  });
  it('keeps it open for a target inside it, and for no target (focus leaving the window)', () => {
    expect(closesMenu(menu(true), inside)).toBe(false);
    expect(closesMenu(menu(true), null)).toBe(false);
  });
  it('does nothing to a closed menu', () => {
    expect(closesMenu(menu(false), outside)).toBe(false);
  });
});
