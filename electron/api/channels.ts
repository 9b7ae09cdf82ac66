/**
 * Every channel of the API, by name. Kept free of zod so the renderer and the preload can build
 * the client without shipping the schemas; contract.ts is checked to define exactly these.
 */
export const channelNames = [
  'kiosk.start',
  'session.start',
  'session.useLanguage',
  'session.useSettings',
  'session.end',
  'flows.words',
  'flowRun.start',
  'flowRun.reach',
  'flowRun.end',
  'help.request',
  'help.open',
  'staff.setup',
  'staff.names',
  'staff.logIn',
  'staff.logOut',
  'staff.accounts',
  'staff.add',
  'staff.disable',
  'staff.resetPin',
  'assisted.start',
  'assisted.finish',
  'stats.dashboard',
  'stats.print',
  'stats.export',
  'exemption.submit',
  'exemption.receipt',
  'exemption.list',
  'exemption.open',
  'exemption.markEntered',
  'exemption.withdraw',
  'exemption.export',
  'site.show',
  'site.place',
  'site.status',
  'site.back',
  'site.close',
] as const;

export type ChannelName = (typeof channelNames)[number];
