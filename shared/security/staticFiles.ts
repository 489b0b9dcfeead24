/**
 * The one guard and the one content-type table for serving the built renderer: the Electron app:// protocol and the
 * browser shell's static server both use them, so the two can never drift apart. Pure string work on URL paths; each
 * caller joins the relative path it gets with its own root folder.
 */

/** Far longer than any file name the build writes; a longer path is refused before it is decoded. */
export const MAX_STATIC_PATH_LENGTH = 1024;

/** Names Windows reserves for devices, in any folder and with any extension: never a file of ours. */
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/**
 * Characters no file of the build has, and that mean something else to a file system (separators, drives, streams)
 * or to a second decoding ("%").
 */
const forbiddenCharacters = /[\\:*?"<>|%\p{Cc}]/u;

function isSafeSegment(segment: string): boolean {
  return (
    segment !== '' &&
    // "." and "..", and hidden files, which the build never writes.
    !segment.startsWith('.') &&
    // Windows drops trailing dots and spaces, so "index.html." would open another name than the one checked.
    !/[. ]$/.test(segment) &&
    !forbiddenCharacters.test(segment) &&
    !windowsDeviceName.test(segment)
  );
}

/**
 * The file a URL path names, relative to the served folder and with "/" between folders, or null for anything that is
 * not plainly a file inside it: "..", encoded or not, backslashes, NUL and other control characters, drive letters,
 * empty segments (an absolute path after the first "/"), hidden files, device names, overlong or badly encoded paths.
 * The bare "/" is the page itself. `urlPath` is a URL's pathname as it arrives, still percent-encoded.
 */
export function staticFilePath(urlPath: string): string | null {
  if (urlPath.length > MAX_STATIC_PATH_LENGTH || !urlPath.startsWith('/')) return null;
  if (urlPath === '/') return 'index.html';
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.slice(1));
  } catch {
    return null;
  }
  // Decoded before splitting, so an encoded "/" or "\" is judged as the separator it becomes on disk.
  const segments = decoded.split('/');
  return segments.every(isSafeSegment) ? segments.join('/') : null;
}

/** What each kind of file the build writes is served as; anything else goes as bytes the browser will not sniff. */
const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
};

export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** The Content-Type for a file, by its extension in any case. */
export function staticContentType(filePath: string): string {
  const extension = /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase();
  return (extension !== undefined && Object.hasOwn(contentTypes, extension) ? contentTypes[extension] : undefined) ?? FALLBACK_CONTENT_TYPE;
}
