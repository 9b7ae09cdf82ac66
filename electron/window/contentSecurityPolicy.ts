/**
 * The kiosk page's Content-Security-Policy: only the app's own scripts, styles, fonts and images,
 * no inline code, no eval, no plugins, no framing, no forms posting anywhere. Sent as a header by
 * the app protocol and by the browser bridge; index.html carries the same policy as a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
