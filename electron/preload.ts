import { contextBridge, ipcRenderer } from 'electron';
import { createKioskClient } from './api/client';
import type { KioskResult } from './api/result';

/**
 * The page's only way to the main process: window.kiosk, built by the same client factory as the
 * browser bridge's, with ipcRenderer.invoke as the transport. Nothing else is exposed. A failed
 * invoke becomes a value like every other failure, so the page never has to catch.
 */
contextBridge.exposeInMainWorld(
  'kiosk',
  createKioskClient(async (channel, input): Promise<KioskResult<unknown>> => {
    try {
      return (await ipcRenderer.invoke(channel, input)) as KioskResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'unreachable', messageKey: 'errors.unreachable' } };
    }
  }),
);
