/**
 * The page's share of forgetting a citizen at reset. The services wipe everything a browser
 * keeps (Electron's sessions; Clear-Site-Data in the browser preview); this tab's own session
 * storage and, where the browser lets a page write it, the clipboard are cleared from here.
 */
export function forgetInBrowser(): void {
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    // Storage switched off in this browser: there is nothing to clear.
  }
  // Refused without focus or permission (as Electron refuses it: its main process clears the
  // clipboard itself), so a refusal is no error.
  navigator.clipboard?.writeText('').catch(() => undefined);
}
