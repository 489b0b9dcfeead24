import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { AttachmentModel } from '../../shared/attachment/attachmentModel';
import { exportFileName, finishFileName } from '../../shared/attachment/fileNames';
import { mailtoLink } from '../../shared/attachment/mailto';
import { protocolStatus } from '../../shared/attachment/protocolPath';
import { buildEml } from '../../shared/mail/eml';
import { answerMail, mailAsText, routesFor, type RouteFiles } from '../../shared/mail/roundMail';
import type { AnswerRoute, RemissPackage } from '../../shared/remiss/remissPackage';
import { useFiles } from '../bridge/BridgeProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { checkedAnswerFile } from './answerExport';
import type { ExportSource } from '../data/exports';
import { renderPdf } from './exporters';

/** Who a route goes to, in words: the recipient the package names, else its addresses. */
const routeName = (route: AnswerRoute) => route.recipient.trim() || route.addresses.join(', ');

/** The board's answer as e-mail, one message per route the package names for the protocol's status, files included. */
export function RouteMails({ source, model }: { source: ExportSource & { pkg: RemissPackage }; model: AttachmentModel }) {
  const { messages } = useI18n();
  const m = messages.mail;
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { meeting, pkg } = source;
  const status = protocolStatus(meeting);
  const routes = routesFor(pkg, status);
  const statusWords = messages.respondents.statuses[status].toLocaleLowerCase('sv-SE');

  /** The files' names alone: what the plain text and the mailto link name, as no file travels with them. */
  const named = (): RouteFiles => ({
    attachmentPdf: { fileName: exportFileName(meeting, pkg, 'pdf', status), contentType: 'application/pdf', bytes: new Uint8Array() },
    answerFile: { fileName: exportFileName(meeting, pkg, 'answer', status), contentType: 'application/json', bytes: new Uint8Array() },
  });

  /** The files the routes carry, made the same way as when they are saved one by one. */
  const routeFiles = async (): Promise<RouteFiles | string> => {
    const answer = await checkedAnswerFile(source, messages);
    if (!answer.ok) return answer.message;
    const { bytes } = await renderPdf(model);
    return {
      attachmentPdf: { fileName: exportFileName(meeting, pkg, 'pdf', status), contentType: 'application/pdf', bytes },
      answerFile: { fileName: exportFileName(meeting, pkg, 'answer', status), contentType: 'application/json', bytes: answer.bytes },
    };
  };

  const save = async (route: AnswerRoute, as: 'eml' | 'txt') => {
    setBusy(true);
    setMessage(null);
    try {
      const made = as === 'eml' ? await routeFiles() : named();
      if (typeof made === 'string') {
        setMessage({ text: made, error: true });
        announce(made);
        return;
      }
      const mail = answerMail(pkg, meeting, route, status, made, new Date());
      const result = await files.saveFile({
        suggestedName: finishFileName(m.emlFileName(meeting.date, meeting.bodyName, routeName(route), status), as),
        bytes: as === 'eml' ? buildEml(mail) : new TextEncoder().encode(mailAsText(mail)),
        filters: [{ name: as === 'eml' ? m.emlFilter : m.textFilter, extensions: [as] }],
      });
      if (result.outcome === 'saved') {
        setMessage({ text: m.saved(result.fileName), error: false });
        announce(m.saved(result.fileName));
      }
    } catch {
      setMessage({ text: m.failed, error: true });
      announce(m.failed);
    } finally {
      setBusy(false);
    }
  };

  if (routes.length === 0) return <p>{m.noRoutes(statusWords)}</p>;
  return (
    <>
      <p>{m.routesIntro(statusWords)}</p>
      <ul className="route-mails">
        {routes.map((route) => {
          const name = routeName(route);
          // The plain-text fallback: no files can travel in a mailto link, so the text names them.
          const plain = answerMail(pkg, meeting, route, status, named(), new Date());
          return (
            <li key={route.id}>
              <h3>{m.routeTitle(name)}</h3>
              <p>
                {m.routeSends(
                  route.sends.map((content) => messages.respondents.contents[content]).join(messages.respondents.and),
                  route.addresses.join(', '),
                )}
              </p>
              <div className="button-row">
                <Button className="button button-primary" isDisabled={busy} onPress={() => void save(route, 'eml')}>
                  {m.saveEml(name)}
                </Button>
                <Button className="button" isDisabled={busy} onPress={() => void save(route, 'txt')}>
                  {m.saveText(name)}
                </Button>
                <a
                  className="button"
                  // Electron hands a mailto: link to the mail program when it opens as a new window; a browser follows it in place.
                  target={window.malsamtal ? '_blank' : undefined}
                  href={mailtoLink([...route.addresses], plain.subject, plain.body)}
                >
                  {m.writeMailto(name)}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="field-hint">{m.mailtoHint}</p>
      <div role="status" className="export-message">
        {message && <p className={message.error ? 'alert' : undefined}>{message.text}</p>}
      </div>
    </>
  );
}
