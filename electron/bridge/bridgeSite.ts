import { SiteVisit, type SiteDisplay, type SitePlatform } from '../platform/platform';

/**
 * The browser bridge's embedded site: an iframe onto a local stand-in for the official sites,
 * one page served by the bridge for every /official-site/<host>/<path>. The real https://<host>/<path> is what
 * the rules judge, so a link on the stand-in to /official-site/evil.example/ is refused exactly as
 * a link to https://evil.example/ is refused in Electron. A refused request is answered with
 * 204 No Content, which leaves the frame where it was, and the panel explains the refusal.
 */
export const OFFICIAL_SITE_PREFIX = '/official-site/';

export interface BridgeSite extends SitePlatform {
  /**
   * Judges a request the frame made under OFFICIAL_SITE_PREFIX: true when the stand-in page may
   * be served, false when the request is refused.
   */
  request(pathname: string, search: string): boolean;
}

/** https://www.borger.dk/a?b → /official-site/www.borger.dk/a?b */
export function frameSrcFor(url: string): string {
  const parsed = new URL(url);
  return `${OFFICIAL_SITE_PREFIX}${parsed.hostname}${parsed.pathname}${parsed.search}`;
}

/** /official-site/www.borger.dk/a → https://www.borger.dk/a, or null for a path with no host. */
export function siteUrlFor(pathname: string, search: string): string | null {
  const rest = pathname.slice(OFFICIAL_SITE_PREFIX.length);
  const slash = rest.indexOf('/');
  const host = slash === -1 ? rest : rest.slice(0, slash);
  if (!/^[a-z0-9.-]+$/i.test(host)) return null;
  return `https://${host}${slash === -1 ? '/' : rest.slice(slash)}${search}`;
}

// The stand-in marks files to save with this ending; in Electron the session sees the download.
const isDownload = (pathname: string) => pathname.toLowerCase().endsWith('.pdf');

export function createBridgeSite(allowedDomains: readonly string[]): BridgeSite {
  const visit = new SiteVisit(allowedDomains);
  const frame = (url: string | null): SiteDisplay => ({
    display: 'frame',
    src: url ? frameSrcFor(url) : 'about:blank',
  });
  return {
    show(url) {
      visit.open(url);
      return frame(url);
    },
    place() {
      // The iframe is part of the page and moves with it.
    },
    status: () => visit.status(),
    back: () => frame(visit.returnTo()),
    close: () => visit.forget(),
    request(pathname, search) {
      const url = siteUrlFor(pathname, search);
      if (url === null) return false;
      return visit.check(isDownload(pathname) ? 'download' : 'frame-navigation', url);
    },
  };
}
