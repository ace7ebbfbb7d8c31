// R12: a visited URL equals the trigger's ignoring the scheme, a leading "www.", letter case of the
// host, a trailing "/", the query and the fragment (and how the path's characters are escaped, and a
// port that is the scheme's default, and whether an international host name is written in its own
// letters or in the "xn--" form browsers report).
// Plain string work (and the URL parser for international names): never throws on odd input.

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
  // The scheme's own port, written out ("https://example.com:443/pricing"), is the same address.
  const port = /:(\d*)$/.exec(host);
  if (port) {
    const name = scheme ? scheme[0].slice(0, -3).toLowerCase() : '';
    const n = port[1] === '' ? -1 : Number(port[1]);
    if (n === -1 || (n === 80 && name !== 'https') || (n === 443 && name !== 'http')) host = host.slice(0, port.index);
  }
  host = asciiHost(host);
  if (host.startsWith('www.')) host = host.slice(4);
  if (path.endsWith('/')) path = path.slice(0, -1);
  return host + decodePath(path);
}

/** A host with anything but printable ASCII goes through the URL parser. */
const NON_ASCII = /[^ -~]/; // anything but printable ASCII

/**
 * An international host name in the form browsers report ("münchen.de" → "xn--mnchen-3ya.de",
 * "пример.рф" → "xn--e1afmkfd.xn--p1ai"): an admin types the name in its own letters, the visit
 * arrives as the page's address, where browsers write it in ASCII. The URL parser the schemas
 * already use does the conversion (IDNA), so both forms compare equal. A name it refuses stays as
 * written.
 */
function asciiHost(host: string): string {
  if (!NON_ASCII.test(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return host;
  }
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
