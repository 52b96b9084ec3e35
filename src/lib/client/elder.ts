/**
 * Elder mode (长者模式 / Large text): larger type and line spacing, stronger contrast, bigger
 * targets and the simple header, as the class `elder` on <html> (styles/elder.css). The reader's
 * choice is remembered in localStorage and applied before the first paint by the Base layout's
 * inline script, which is built from `elderHeadScript` so that the key and the class are written
 * once. Without storage (blocked, private mode) the toggle still works on the page in view.
 */

/** The localStorage key of the choice: '1' is on; anything else (or nothing) is off. */
export const ELDER_KEY = 'elder';
/** The class on <html> that turns the mode on. */
export const ELDER_CLASS = 'elder';

/** What `getItem`/`setItem`/`removeItem` of the browser's storage offers, for tests to stand in. */
export type ElderStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's localStorage, or undefined where reading it throws (a blocked or sandboxed page). */
export function browserStorage(): ElderStorage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether the reader turned the mode on: only the exact value '1' counts; a throwing storage is off. */
export function readElder(storage: ElderStorage | undefined): boolean {
  try {
    return storage?.getItem(ELDER_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the choice (off removes the key); false when the storage refuses it. */
export function writeElder(storage: ElderStorage | undefined, on: boolean): boolean {
  if (!storage) return false;
  try {
    if (on) storage.setItem(ELDER_KEY, '1');
    else storage.removeItem(ELDER_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * The statement the Base layout's inline script runs before the first paint, with `d` the <html>
 * element, inside its try block (a blocked storage throws and leaves the default).
 */
export const elderHeadScript = `if(localStorage.getItem('${ELDER_KEY}')==='1')d.classList.add('${ELDER_CLASS}');`;

/** Wires every `[data-elder-toggle]` button: a toggle with aria-pressed, kept in step across tabs. */
export function enableElderToggle(
  root: HTMLElement = document.documentElement,
  storage: ElderStorage | undefined = browserStorage(),
): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-elder-toggle]')];
  const set = (on: boolean) => {
    root.classList.toggle(ELDER_CLASS, on);
    for (const b of buttons) b.setAttribute('aria-pressed', String(on));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const on = !root.classList.contains(ELDER_CLASS);
      writeElder(storage, on);
      set(on);
    });
  }
  // Another tab changed it: follow (the storage event fires only in the other tabs).
  window.addEventListener('storage', (event) => {
    if (event.key === ELDER_KEY || event.key === null) set(readElder(storage));
  });
  set(root.classList.contains(ELDER_CLASS));
}
