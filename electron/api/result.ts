/** What crosses the process boundary: a value, or a failure with a translation key. Never a throw. */
export interface KioskFailure {
  code: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

export type KioskResult<T> = { ok: true; value: T } | { ok: false; error: KioskFailure };
