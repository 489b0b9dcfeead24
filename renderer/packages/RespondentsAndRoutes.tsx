import { routeLinesByStatus } from '../../shared/i18n/letterDetailsLines';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';

/** The package's remissinstanser and answer routes as the board and the office read them. */
export function RespondentsAndRoutes({ content }: { content: Pick<RemissPackage, 'respondents' | 'routes'> }) {
  const { messages } = useI18n();
  const t = messages.respondents;
  const routeLines = routeLinesByStatus(content, messages);
  return (
    <>
      <section aria-labelledby="package-routes" className="panel">
        <h2 id="package-routes">{t.routesTitle}</h2>
        {routeLines.length === 0 ? (
          <p className="empty">{t.noRoutes}</p>
        ) : (
          // Per protocol status, as the letter says it: the unadjusted protocol one way, the adjusted decision another.
          <ul>
            {routeLines.map(({ status, line }) => (
              <li key={status}>{line}</li>
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
