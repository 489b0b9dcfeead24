/** The app's own origin. Both shells load the renderer from here and nowhere else. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'malsamtal';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * True when a URL belongs to the app's own origin. WHATWG URL reports the origin of a
 * non-special scheme such as app:// as "null", so scheme and host are compared instead.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
