import { describe, expect, it } from 'vitest';
import { isBlockedKey, isStaffExitKeys, type KeyInput } from '../../electron/window/kioskKeys';

const key = (code: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: code,
  code,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});
const ctrl = { control: true };
const cmd = { meta: true };

describe('keys that leave or break the kiosk', () => {
  it.each([
    ['close', key('KeyW', ctrl)],
    ['close (Ctrl+F4)', key('F4', ctrl)],
    ['quit', key('KeyQ', cmd)],
    ['reload', key('KeyR', ctrl)],
    ['hard reload', key('KeyR', { control: true, shift: true })],
    ['reload (F5)', key('F5')],
    ['new window', key('KeyN', ctrl)],
    ['new tab', key('KeyT', ctrl)],
    ['print dialog', key('KeyP', ctrl)],
    ['open a file', key('KeyO', ctrl)],
    ['save the page', key('KeyS', ctrl)],
    ['view source', key('KeyU', ctrl)],
    ['developer tools', key('KeyI', { control: true, shift: true })],
    ['developer tools (F12)', key('F12')],
    ['inspect element', key('KeyC', { meta: true, alt: false, shift: true })],
    ['full screen', key('F11')],
    ['zoom in', key('Equal', ctrl)],
    ['zoom out', key('Minus', ctrl)],
    ['zoom reset', key('Digit0', ctrl)],
    ['zoom in on the number pad', key('NumpadAdd', ctrl)],
    ['close the window (Alt+F4)', key('F4', { alt: true })],
    ['history back', key('ArrowLeft', { alt: true })],
    ['the keyboard’s Back key', key('BrowserBack')],
    ['switch tab', key('Tab', ctrl)],
  ])('refuses %s', (_what, input) => {
    expect(isBlockedKey(input)).toBe(true);
    // A key that is held repeats as further keyDowns, which are refused the same way.
  });

  it.each([
    ['a letter', key('KeyA')],
    ['a capital', key('KeyA', { shift: true })],
    ['Tab between fields', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Enter', key('Enter')],
    ['Escape (closes the kiosk’s own dialogs)', key('Escape')],
    ['copy', key('KeyC', ctrl)],
    ['paste', key('KeyV', ctrl)],
    ['select all', key('KeyA', ctrl)],
    ['arrow keys', key('ArrowLeft')],
    [
      'AltGr letters (Ctrl+Alt on Windows), such as @ on a Danish keyboard',
      key('Digit2', { control: true, alt: true }),
    ],
    ['} on a Danish keyboard (AltGr+0, seen as Ctrl+Alt on Windows)', key('Digit0', { control: true, alt: true })],
    ['\\ on a Danish keyboard (AltGr+´)', key('Equal', { control: true, alt: true })],
    ['the staff exit', key('KeyE', { control: true, alt: true, shift: true })],
  ])('lets through %s', (_what, input) => {
    expect(isBlockedKey(input)).toBe(false);
  });

  it('ignores key releases and characters: only key presses act', () => {
    expect(isBlockedKey(key('F5', { type: 'keyUp' }))).toBe(false);
    expect(isBlockedKey(key('F5', { type: 'rawKeyDown' }))).toBe(true);
  });
});

describe('the staff exit keys', () => {
  it('are Ctrl+Alt+Shift+E (Cmd on a Mac), pressed, and nothing else', () => {
    expect(isStaffExitKeys(key('KeyE', { control: true, alt: true, shift: true }))).toBe(true);
    expect(isStaffExitKeys(key('KeyE', { meta: true, alt: true, shift: true }))).toBe(true);
    expect(isStaffExitKeys(key('KeyE', { control: true, alt: true }))).toBe(false);
    expect(isStaffExitKeys(key('KeyE', { control: true, shift: true }))).toBe(false);
    expect(isStaffExitKeys(key('KeyE', { type: 'keyUp', control: true, alt: true, shift: true }))).toBe(false);
  });
});
