/**
 * The installed kiosk's executable runs the admin command line when asked with `--admin`:
 * `Borgerkiosk --admin staff list`. Everything after the flag is the admin command; Chromium's
 * own switches before it (--ozone-platform=headless from the Linux wrapper) are left alone.
 */
export function adminArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--admin');
  return at === -1 ? null : argv.slice(at + 1);
}
