import { useSyncExternalStore } from 'react';
import type { KioskApi } from '../../../electron/api/client';
import type { ChannelName } from '../../../electron/api/channels';
import type { KioskFailure, KioskResult } from '../../../electron/api/result';

/**
 * Whether the kiosk can save, as the answers to its calls tell: a call refused because the disk
 * is full, the data folder cannot be written or another program holds the database (storage_*)
 * raises the problem, and the next call that records something and succeeds clears it. The
 * citizen carries on meanwhile: nothing on their screen depends on a write going through.
 */
const RECORDING: ReadonlySet<ChannelName> = new Set([
  'session.start',
  'session.useLanguage',
  'session.useSettings',
  'session.end',
  'flowRun.start',
  'flowRun.reach',
  'flowRun.end',
  'help.request',
]);

let problem: KioskFailure | null = null;
const listeners = new Set<() => void>();

function note(channel: string, result: KioskResult<unknown>) {
  const next =
    !result.ok && result.error.code.startsWith('storage_')
      ? result.error
      : result.ok && RECORDING.has(channel as ChannelName)
        ? null
        : problem;
  if (next === problem) return;
  problem = next;
  for (const listener of listeners) listener();
}

/** The same API, with every answer noted. Works on Electron's window.kiosk and the bridge's client alike. */
export function watchStorage(api: KioskApi): KioskApi {
  const watched: Record<string, Record<string, (input: unknown) => Promise<KioskResult<unknown>>>> = {};
  for (const [namespace, methods] of Object.entries(api)) {
    watched[namespace] = {};
    for (const [method, call] of Object.entries(
      methods as Record<string, (input: unknown) => Promise<KioskResult<unknown>>>,
    )) {
      watched[namespace][method] = async (input) => {
        const result = await call(input);
        note(`${namespace}.${method}`, result);
        return result;
      };
    }
  }
  return watched as unknown as KioskApi;
}

export function useStorageProblem(): KioskFailure | null {
  return useSyncExternalStore(
    (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    () => problem,
  );
}
