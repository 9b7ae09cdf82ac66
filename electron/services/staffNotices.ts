/**
 * A message for service-centre staff about the state of the kiosk (a config error, a damaged
 * database that was moved aside). Carried as translation keys so it reads in the screen's language.
 */
export type NoticeParams = Record<string, string | number>;

export interface StaffNotice {
  code: 'config_file_missing' | 'config_not_json' | 'config_invalid_field' | 'database_quarantined';
  messageKey: string;
  params: NoticeParams;
  /** Why a field is wrong, itself a translation key (only for config_invalid_field). */
  reason?: { messageKey: string; params: NoticeParams };
}
