/**
 * The fixed choices some config fields take, shared by the services' schema (config.ts) and the
 * configuration screen, which cannot import config.ts (it reads files).
 */

/**
 * Permissions a centre may choose to give pages (Electron's names). Everything not listed in
 * lockdown.allowedPermissions is refused; the default list is empty.
 */
export const grantablePermissions = [
  'clipboard-sanitized-write',
  'fullscreen',
  'pointerLock',
  'notifications',
  'geolocation',
  'media',
  'clipboard-read',
  'midi',
  'hid',
  'serial',
  'usb',
] as const;

/** The days of operations.openingHours, Monday first, as a Danish week starts. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
