/**
 * Whether an address is on one of the official sites a centre allows (config
 * officialSites.allowedDomains). A domain allows itself and its subdomains, https only, no user
 * info: www.borger.dk and lifeindenmark.borger.dk are on borger.dk; borger.dk.evil.example is not.
 */
export function isAllowedSiteUrl(url: string, allowedDomains: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  return allowedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** What the embedded official site asked to do: follow a link, be redirected, open a window, save a file. */
export type SiteRequestKind = 'navigation' | 'redirect' | 'frame-navigation' | 'new-window' | 'download';

/** Why a request was refused: an address outside the allowed sites, or a file to save. */
export type SiteRefusal = 'address' | 'download';

export type SiteDecision = { allow: true } | { allow: false; refusal: SiteRefusal };

/**
 * The one rule for the embedded site, in Electron and in the browser bridge alike. Pages on an
 * allowed site load (a new window opens in the same panel instead); anything else is refused.
 * Downloads are refused even from allowed sites: a file saved on a public terminal would be left
 * for the next citizen to find, so the kiosk explains that and suggests asking staff to print.
 */
export function decideSiteRequest(kind: SiteRequestKind, url: string, allowedDomains: readonly string[]): SiteDecision {
  if (!isAllowedSiteUrl(url, allowedDomains)) return { allow: false, refusal: 'address' };
  if (kind === 'download') return { allow: false, refusal: 'download' };
  return { allow: true };
}

/** Host only, for telling the citizen where a refused link pointed (never the path or query). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
