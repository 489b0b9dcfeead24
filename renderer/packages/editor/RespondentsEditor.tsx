import { memo } from 'react';
import { Button } from 'react-aria-components';
import { answerStatuses, respondentKinds, routeContents, type AnswerRoute, type Respondent } from '../../../shared/remiss/remissPackage';
import { ChoicesInput, LinesInput, SelectInput, TextInput } from '../../app/fields';
import { useI18n } from '../../i18n/I18nProvider';

import { useErrorAt, type Change } from './editing';

/** The remissinstanser: a row per body with its name, kind and secretary's address. */
export const RespondentsEditor = memo(function RespondentsEditor({ respondents, change }: { respondents: Respondent[]; change: Change }) {
  const { messages } = useI18n();
  const errorAt = useErrorAt();
  const t = messages.respondents;
  const kinds = respondentKinds.map((kind) => ({ id: kind, label: t.kinds[kind] }));
  const edit = (index: number, recipe: (respondent: Respondent) => void) => change((d) => void recipe(d.respondents[index]!));
  return (
    <section className="panel editor-section" aria-labelledby="editor-respondents">
      <h2 id="editor-respondents">{t.respondentsTitle}</h2>
      <p className="field-hint">{t.respondentsIntro}</p>
      {respondents.length === 0 && <p className="empty">{t.noRespondents}</p>}
      <ol className="respondent-editor-list">
        {respondents.map((respondent, index) => (
          <li key={respondent.id}>
            <div role="group" aria-label={t.respondent(index + 1)} className="field-row respondent-editor">
              <TextInput
                className="field field-wide"
                label={`${t.respondent(index + 1)}: ${t.name}`}
                value={respondent.name}
                onChange={(value) => edit(index, (r) => void (r.name = value))}
                error={errorAt(['respondents', index, 'name'])}
              />
              <SelectInput
                label={`${t.respondent(index + 1)}: ${t.kind}`}
                value={respondent.kind}
                options={kinds}
                onChange={(kind) => edit(index, (r) => void (r.kind = kind))}
              />
              <TextInput
                label={`${t.respondent(index + 1)}: ${t.email}`}
                description={t.emailHint}
                value={respondent.email ?? ''}
                onChange={(value) => edit(index, (r) => void (r.email = value.trim() === '' ? null : value.trim()))}
                error={errorAt(['respondents', index, 'email'])}
              />
              <Button className="button button-danger" onPress={() => change((d) => void d.respondents.splice(index, 1))}>
                {t.removeRespondent(index + 1)}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        className="button"
        onPress={() =>
          // The id is made once, before a name is typed: renaming the body later keeps the identity its answers carry.
          change(
            (d) =>
              void d.respondents.push({ id: `remissinstans-${crypto.randomUUID().slice(0, 8)}`, name: '', kind: 'namnd', email: null }),
          )
        }
      >
        {t.addRespondent}
      </Button>
    </section>
  );
});

/** The answer's routes: who receives what, for which protocol. */
export const RoutesEditor = memo(function RoutesEditor({ routes, change }: { routes: AnswerRoute[]; change: Change }) {
  const { messages } = useI18n();
  const errorAt = useErrorAt();
  const t = messages.respondents;
  const edit = (index: number, recipe: (route: AnswerRoute) => void) => change((d) => void recipe(d.routes[index]!));
  return (
    <section className="panel editor-section" aria-labelledby="editor-routes">
      <h2 id="editor-routes">{t.routesTitle}</h2>
      <p className="field-hint">{t.routesIntro}</p>
      {routes.length === 0 && <p className="empty">{t.noRoutes}</p>}
      <ol className="route-editor-list">
        {routes.map((route, index) => (
          <li key={route.id}>
            <div role="group" aria-label={t.route(index + 1)} className="form route-editor">
              <TextInput
                label={`${t.route(index + 1)}: ${t.recipient}`}
                description={t.recipientHint}
                value={route.recipient}
                onChange={(value) => edit(index, (r) => void (r.recipient = value))}
                error={errorAt(['routes', index, 'recipient'])}
              />
              <LinesInput
                label={`${t.route(index + 1)}: ${t.addresses}`}
                description={t.onePerLine}
                lines={route.addresses}
                onChange={(lines) => edit(index, (r) => void (r.addresses = lines))}
                error={errorAt(['routes', index, 'addresses'], true)}
              />
              <div className="field-row">
                <ChoicesInput
                  label={`${t.route(index + 1)}: ${t.sends}`}
                  options={routeContents.map((content) => ({ id: content, label: t.contents[content] }))}
                  value={route.sends}
                  onChange={(sends) => edit(index, (r) => void (r.sends = sends))}
                  error={errorAt(['routes', index, 'sends'], true)}
                />
                <ChoicesInput
                  label={`${t.route(index + 1)}: ${t.routeStatuses}`}
                  options={answerStatuses.map((status) => ({ id: status, label: t.statuses[status] }))}
                  value={route.statuses}
                  onChange={(statuses) => edit(index, (r) => void (r.statuses = statuses))}
                  error={errorAt(['routes', index, 'statuses'], true)}
                />
              </div>
              <Button className="button button-danger" onPress={() => change((d) => void d.routes.splice(index, 1))}>
                {t.removeRoute(index + 1)}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        className="button"
        isDisabled={routes.length >= 10}
        onPress={() =>
          change(
            (d) =>
              void d.routes.push({
                id: `svarsvag-${crypto.randomUUID().slice(0, 8)}`,
                recipient: '',
                addresses: [],
                sends: ['attachmentPdf', 'answerFile'],
                statuses: ['ojusterat', 'justerat'],
              }),
          )
        }
      >
        {t.addRoute}
      </Button>
    </section>
  );
});
