import { describe, expect, it } from 'vitest';
import { formatRoute, homeRoute, parseRoute, type Route } from './route';

describe('routes', () => {
  const routes: Route[] = [
    { screen: 'meetings' },
    { screen: 'meeting', meetingId: '7d0c1c2e-1b2a-4c6e-9a1d-3f4e5a6b7c8d' },
    { screen: 'meetingExport', meetingId: '7d0c1c2e-1b2a-4c6e-9a1d-3f4e5a6b7c8d' },
    { screen: 'meetingExport', meetingId: 'möte / med å' },
    { screen: 'projector', meetingId: '7d0c1c2e-1b2a-4c6e-9a1d-3f4e5a6b7c8d' },
    { screen: 'packages' },
    { screen: 'package', packageId: 'vaggeryd-ks-2019-160-remiss-2' },
    { screen: 'packageEditor', packageId: 'paket med / och å' },
    { screen: 'compile', packageId: 'paket med / och å' },
    { screen: 'bodies' },
    { screen: 'backups' },
  ];

  it.each(routes)('reads back what it writes: %o', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('gives the attachment screen the address the meeting screens link to', () => {
    expect(formatRoute({ screen: 'meetingExport', meetingId: 'm-1' })).toBe('#/moten/m-1/bilaga');
  });

  it('gives the compilation of a package’s answers its address under the package', () => {
    expect(formatRoute({ screen: 'compile', packageId: 'ks-2019-160' })).toBe('#/remisspaket/ks-2019-160/svar');
  });

  it.each(['', '#', '#/', '#/okänd', '#/moten/a/b', '#/projektor', '#/projektor/a/b', '#/remisspaket/x/radera', '#/%E0%A4%A'])(
    'leads %s home',
    (hash) => {
      expect(parseRoute(hash)).toEqual(homeRoute);
    },
  );
});
