/**
 * A failure the citizen or staff member should be told about. It crosses the API boundary as a
 * value { code, messageKey }, and messageKey is a translation key so it reads in their language.
 */
export class KioskError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'KioskError';
  }
}
