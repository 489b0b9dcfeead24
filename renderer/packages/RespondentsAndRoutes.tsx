import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';

/** The package's remissinstanser and answer routes as the board and the office read them. */
export function RespondentsAndRoutes({ content }: { content: Pick<RemissPackage, 'respondents' | 'routes'> }) {
  const { messages } = useI18n();
  const t = messages.respondents;
  return (
    <>
      <section aria-labelledby="package-routes" className="panel">
        <h2 id="package-routes">{t.routesTitle}</h2>
        {content.routes.length === 0 ? (
          <p className="empty">{t.noRoutes}</p>
        ) : (
          <ul>
            {content.routes.map((route) => (
              <li key={route.id}>
                {t.routeLine(
                  route.recipient,
                  route.addresses.join(', '),
                  route.sends.map((item) => t.contents[item]).join(t.and),
                  route.statuses.map((status) => t.statuses[status]).join(t.and),
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="package-respondents" className="panel">
        <h2 id="package-respondents">{t.respondentsTitle}</h2>
        {content.respondents.length === 0 ? (
          <p className="empty">{t.noRespondents}</p>
        ) : (
          <ul>
            {content.respondents.map((respondent) => (
              <li key={respondent.id}>{t.respondentLine(respondent.name, t.kinds[respondent.kind], respondent.email)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
