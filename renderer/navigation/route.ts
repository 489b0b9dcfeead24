/** Every screen of the app, addressed by the URL's hash so that a reload, a restart or a second window lands on it. */
export type Route =
  | { screen: 'meetings' }
  | { screen: 'meeting'; meetingId: string }
  | { screen: 'meetingExport'; meetingId: string }
  | { screen: 'projector'; meetingId: string }
  | { screen: 'packages' }
  | { screen: 'package'; packageId: string }
  | { screen: 'packageEditor'; packageId: string }
  | { screen: 'compile'; packageId: string }
  | { screen: 'bodies' }
  | { screen: 'backups' };

export const homeRoute: Route = { screen: 'meetings' };

const segment = (value: string) => encodeURIComponent(value);

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'meetings':
      return '#/moten';
    case 'meeting':
      return `#/moten/${segment(route.meetingId)}`;
    case 'meetingExport':
      return `#/moten/${segment(route.meetingId)}/bilaga`;
    case 'projector':
      return `#/projektor/${segment(route.meetingId)}`;
    case 'packages':
      return '#/remisspaket';
    case 'package':
      return `#/remisspaket/${segment(route.packageId)}`;
    case 'packageEditor':
      return `#/remisspaket/${segment(route.packageId)}/redigera`;
    case 'compile':
      return `#/remisspaket/${segment(route.packageId)}/svar`;
    case 'bodies':
      return '#/namnder';
    case 'backups':
      return '#/sakerhetskopior';
  }
}

/** The route a hash names; anything unknown or malformed leads home rather than to an error. */
export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash
      .replace(/^#\/?/, '')
      .split('/')
      .filter((part) => part !== '')
      .map((part) => decodeURIComponent(part));
  } catch {
    return homeRoute;
  }
  const [first, id, action] = parts;
  if (first === 'moten' && id && parts.length === 2) return { screen: 'meeting', meetingId: id };
  if (first === 'moten' && id && action === 'bilaga' && parts.length === 3) return { screen: 'meetingExport', meetingId: id };
  if (first === 'projektor' && id && parts.length === 2) return { screen: 'projector', meetingId: id };
  if (first === 'remisspaket' && id && action === 'redigera' && parts.length === 3) return { screen: 'packageEditor', packageId: id };
  if (first === 'remisspaket' && id && action === 'svar' && parts.length === 3) return { screen: 'compile', packageId: id };
  if (first === 'remisspaket' && id && parts.length === 2) return { screen: 'package', packageId: id };
  if (first === 'remisspaket' && parts.length === 1) return { screen: 'packages' };
  if (first === 'namnder' && parts.length === 1) return { screen: 'bodies' };
  if (first === 'sakerhetskopior' && parts.length === 1) return { screen: 'backups' };
  return homeRoute;
}
