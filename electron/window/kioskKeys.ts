import type { Input, WebContents } from 'electron';
import { isStaffExitKeys as isExitKeys } from '../api/staffExitKeys';
import { log } from '../services/log';

/**
 * Keys that would leave or break the kiosk, refused before the page or Chromium sees them
 * (before-input-event). Pure decision first, then the wiring.
 */

/** The parts of Electron's Input the decision reads. */
export type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

// With Ctrl (Cmd on macOS): close (W, F4), quit (Q), reload (R), new window (N), new tab (T),
// print dialog (P), open file (O), save page (S), view source (U), history (H), downloads (J).
const WITH_COMMAND = new Set([
  'KeyW',
  'KeyQ',
  'KeyR',
  'KeyN',
  'KeyT',
  'KeyP',
  'KeyO',
  'KeyS',
  'KeyU',
  'KeyH',
  'KeyJ',
  'F4',
]);
// Zoom in, out and back to 100 % (the kiosk has its own text size setting, which resets).
const ZOOM = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
// Reload, full screen, developer tools, caret browsing, and the browser keys some keyboards have.
const ALONE = new Set(['F5', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome']);

/** The staff exit keys, pressed (the page opens the exit screen on them; see api/staffExitKeys.ts). */
export function isStaffExitKeys(input: KeyInput): boolean {
  return input.type === 'keyDown' && isExitKeys(input);
}

export function isBlockedKey(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const command = input.control || input.meta;
  if (ALONE.has(input.code) || ALONE.has(input.key)) return true;
  // Alt+F4 closes the window on Windows; Alt+Left/Right go back and forward in history.
  if (input.alt && ['F4', 'ArrowLeft', 'ArrowRight', 'Home'].includes(input.code)) return true;
  // Ctrl+Alt is AltGr on Windows: the braces and brackets on a Danish keyboard (AltGr+7 to 0).
  if (!command || input.alt) return false;
  if (WITH_COMMAND.has(input.code) || ZOOM.has(input.code)) return true;
  // Developer tools and their panels: Ctrl+Shift+I, J, C.
  if (input.shift && ['KeyI', 'KeyJ', 'KeyC'].includes(input.code)) return true;
  // Ctrl+Tab and Ctrl+PageUp/Down switch tabs in Chromium; there are none to switch to.
  return ['Tab', 'PageUp', 'PageDown'].includes(input.code);
}

type KeyedContents = Pick<WebContents, 'on'>;

/** On every web contents: the app's page and the official-site view alike. */
export function blockKioskKeys(contents: KeyedContents): void {
  contents.on('before-input-event', (event, input) => {
    if (!isBlockedKey(input)) return;
    event.preventDefault();
    log.info('lockdown.keyBlocked', { code: input.code, control: input.control, alt: input.alt, shift: input.shift });
  });
}
