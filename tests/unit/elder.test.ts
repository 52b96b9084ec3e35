/** Elder mode's client module (client/elder.ts): the remembered choice, hostile values and storage that refuses. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ELDER_CLASS,
  ELDER_KEY,
  elderHeadScript,
  enableElderToggle,
  readElder,
  writeElder,
  type ElderStorage,
} from '../../src/lib/client/elder.ts';

function memoryStorage(
  initial: Record<string, string> = {},
): ElderStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
}

const refusing: ElderStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('readElder', () => {
  it('is on only for the exact value 1', () => {
    expect(readElder(memoryStorage({ [ELDER_KEY]: '1' }))).toBe(true);
    for (const hostile of ['true', '01', '1 ', 'on', '', '<script>', 'null', '{"on":1}'])
      expect(readElder(memoryStorage({ [ELDER_KEY]: hostile })), hostile).toBe(false);
    expect(readElder(memoryStorage())).toBe(false);
  });
  it('is off when the storage is missing or throws', () => {
    expect(readElder(undefined)).toBe(false);
    expect(readElder(refusing)).toBe(false);
  });
});

describe('writeElder', () => {
  it('stores 1 when on and removes the key when off', () => {
    const s = memoryStorage({ [ELDER_KEY]: 'junk' });
    expect(writeElder(s, true)).toBe(true);
    expect(s.data.get(ELDER_KEY)).toBe('1');
    expect(writeElder(s, false)).toBe(true);
    expect(s.data.has(ELDER_KEY)).toBe(false);
  });
  it('says false, without throwing, when the storage refuses or is missing', () => {
    expect(writeElder(refusing, true)).toBe(false);
    expect(writeElder(undefined, true)).toBe(false);
  });
});

/** An <html> stand-in: a class list and the toggle buttons under it. */
function fakeRoot(classes: string[] = []) {
  const list = new Set(classes);
  const button = {
    attrs: new Map<string, string>(),
    listeners: [] as (() => void)[],
    setAttribute(name: string, value: string) {
      this.attrs.set(name, value);
    },
    addEventListener(_type: string, listener: () => void) {
      this.listeners.push(listener);
    },
    click() {
      for (const l of this.listeners) l();
    },
  };
  const root = {
    classList: {
      contains: (c: string) => list.has(c),
      add: (c: string) => void list.add(c),
      toggle: (c: string, on?: boolean) => {
        const next = on ?? !list.has(c);
        if (next) list.add(c);
        else list.delete(c);
        return next;
      },
    },
    querySelectorAll: () => [button],
  };
  return { root: root as unknown as HTMLElement, list, button };
}

describe('the head script (before the first paint)', () => {
  const run = (storage: unknown) => {
    const { root, list } = fakeRoot();
    new Function('d', 'localStorage', `try{${elderHeadScript}}catch{}`)(root, storage);
    return list.has(ELDER_CLASS);
  };
  it('adds the class for 1 only, and survives hostile values and a throwing storage', () => {
    expect(run(memoryStorage({ [ELDER_KEY]: '1' }))).toBe(true);
    expect(run(memoryStorage({ [ELDER_KEY]: "1');alert(1);//" }))).toBe(false);
    expect(run(memoryStorage())).toBe(false);
    expect(run(refusing)).toBe(false);
  });
});

describe('enableElderToggle', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('shows the state as aria-pressed, toggles the class and remembers the choice', () => {
    vi.stubGlobal('window', { addEventListener: () => {} });
    const storage = memoryStorage();
    const { root, list, button } = fakeRoot();
    enableElderToggle(root, storage);
    expect(button.attrs.get('aria-pressed')).toBe('false');
    button.click();
    expect(list.has(ELDER_CLASS)).toBe(true);
    expect(button.attrs.get('aria-pressed')).toBe('true');
    expect(storage.data.get(ELDER_KEY)).toBe('1');
    button.click();
    expect(list.has(ELDER_CLASS)).toBe(false);
    expect(button.attrs.get('aria-pressed')).toBe('false');
    expect(storage.data.has(ELDER_KEY)).toBe(false);
  });
  it('starts from the class the head script set, and still toggles when storage refuses', () => {
    vi.stubGlobal('window', { addEventListener: () => {} });
    const { root, list, button } = fakeRoot([ELDER_CLASS]);
    enableElderToggle(root, refusing);
    expect(button.attrs.get('aria-pressed')).toBe('true');
    button.click();
    expect(list.has(ELDER_CLASS)).toBe(false);
    enableElderToggle(fakeRoot().root, undefined);
  });
  it('follows a change made in another tab', () => {
    let onStorage: ((e: { key: string | null }) => void) | undefined;
    vi.stubGlobal('window', {
      addEventListener: (_t: string, l: (e: { key: string | null }) => void) => (onStorage = l),
    });
    const storage = memoryStorage();
    const { root, list, button } = fakeRoot();
    enableElderToggle(root, storage);
    storage.data.set(ELDER_KEY, '1');
    onStorage?.({ key: 'theme' });
    expect(list.has(ELDER_CLASS)).toBe(false);
    onStorage?.({ key: ELDER_KEY });
    expect(list.has(ELDER_CLASS)).toBe(true);
    expect(button.attrs.get('aria-pressed')).toBe('true');
  });
});
