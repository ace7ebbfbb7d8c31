// R12: a visited URL equals the trigger's ignoring the scheme, a leading "www.", letter case of the
// host, a trailing "/", the query and the fragment (and how the path's characters are escaped, and a
// port that is the scheme's default).
// Plain string work: never throws on odd input.

/** The comparable form of a web address: lower-case host without "www." + path without a trailing "/". */
export function normalizeUrl(url: string): string {
  let s = url.trim();
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const query = s.indexOf('?');
  if (query >= 0) s = s.slice(0, query);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  else if (s.startsWith('//')) s = s.slice(2);
  const slash = s.indexOf('/');
  let host = slash >= 0 ? s.slice(0, slash) : s;
  let path = slash >= 0 ? s.slice(slash) : '';
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  host = host.toLowerCase();
  if (host.startsWith('www.')) host = host.slice(4);
  // The scheme's own port, written out ("https://example.com:443/pricing"), is the same address.
  const port = /:(\d*)$/.exec(host);
  if (port) {
    const name = scheme ? scheme[0].slice(0, -3).toLowerCase() : '';
    const n = port[1] === '' ? -1 : Number(port[1]);
    if (n === -1 || (n === 80 && name !== 'https') || (n === 443 && name !== 'http')) host = host.slice(0, port.index);
  }
  if (path.endsWith('/')) path = path.slice(0, -1);
  return host + decodePath(path);
}

/**
 * The path with its percent-escapes read (decodeURI: "/summer%20sale" is "/summer sale"), so that
 * an address typed with a space matches the visits browsers report escaped, and the other way
 * round. Escapes of reserved characters ("%2F") stay as they are; a malformed escape leaves the
 * path as written.
 */
function decodePath(path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
