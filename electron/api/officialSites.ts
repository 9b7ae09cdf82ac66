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
