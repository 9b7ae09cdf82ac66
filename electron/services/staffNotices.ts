/**
 * A message for service-centre staff about the state of the kiosk (a config error, a damaged
 * database that was moved aside, a flow file left out). Carried as translation keys so it reads
 * in the screen's language.
 */
export type NoticeParams = Record<string, string | number>;

export const staffNoticeCodes = [
  'config_file_missing',
  'config_not_json',
  'config_invalid_field',
  'database_quarantined',
  'flow_not_json',
  'flow_invalid_field',
  'flow_words_missing',
] as const;

export interface StaffNotice {
  code: (typeof staffNoticeCodes)[number];
  messageKey: string;
  params: NoticeParams;
  /** Why a field is wrong, itself a translation key (for the *_invalid_field notices). */
  reason?: { messageKey: string; params: NoticeParams };
}
