import { createKioskClient, type KioskApi } from '../../electron/api/client';
import type { KioskResult } from '../../electron/api/result';

declare global {
  interface Window {
    /** Set by the Electron preload; in the browser bridge we build it here. */
    kiosk?: KioskApi;
  }
}

/**
 * The typed API. In Electron the preload has already put it on window.kiosk. In the browser
 * bridge (preview and tests) the page carries a per-launch token and calls go over HTTP.
 */
export function connectKiosk(): KioskApi {
  if (window.kiosk) return window.kiosk;
  const token = document.querySelector<HTMLMetaElement>('meta[name="kiosk-bridge-token"]')?.content;
  if (!token) throw new Error('No kiosk API: not in Electron and no browser bridge token');
  const api = createKioskClient(async (channel, input): Promise<KioskResult<unknown>> => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as KioskResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'unreachable', messageKey: 'errors.unreachable' } };
    }
  });
  window.kiosk = api;
  return api;
}
