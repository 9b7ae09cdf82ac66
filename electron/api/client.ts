import { channelNames, type ChannelName } from './channels';
import type { ChannelInput, ChannelOutput } from './contract';
import type { KioskResult } from './result';

/** How a call reaches the services: ipcRenderer.invoke in Electron, HTTP in the browser bridge. */
export type Transport = (channel: ChannelName, input: unknown) => Promise<KioskResult<unknown>>;

type Namespace<C> = C extends `${infer N}.${string}` ? N : never;
type Method<C, N extends string> = C extends `${N}.${infer M}` ? M : never;

/** window.kiosk: one method per channel, grouped by the part before the dot (kiosk.session.start). */
export type KioskApi = {
  [N in Namespace<ChannelName>]: {
    [M in Method<ChannelName, N>]: (
      input: ChannelInput<`${N}.${M}` & ChannelName>,
    ) => Promise<KioskResult<ChannelOutput<`${N}.${M}` & ChannelName>>>;
  };
};

/** Builds the typed client from any transport. Plain objects and functions, so contextBridge can copy it. */
export function createKioskClient(transport: Transport): KioskApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<KioskResult<unknown>>>> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (input: unknown) => transport(channel, input);
  }
  return api as unknown as KioskApi;
}
