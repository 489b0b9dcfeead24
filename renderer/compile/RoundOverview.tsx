import { getLocalTimeZone, today as todayIn } from '@internationalized/date';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { finishFileName } from '../../shared/attachment/fileNames';
import type { CompiledAnswer } from '../../shared/compile/mergeAnswers';
import { isCalendarDate } from '../../shared/domain/calendarDate';
import { buildEml } from '../../shared/mail/eml';
import { reminderMail, sendOutMail } from '../../shared/mail/roundMail';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import { packageFileName } from '../../shared/remiss/packageFile';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { needsReminder, roundStatus, roundStatusCsv, type BodyRoundStatus } from '../../shared/round/roundStatus';
import { TextInput } from '../app/fields';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { documentFilesOf } from '../data/documents';
import { recordMailWritten, setPlannedMeeting, useRound } from '../data/rounds';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

/** The day an instant falls on where the office sits. */
const localDate = (instant: string) => {
  const at = new Date(instant);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
};

/** The round at a glance: every remissinstans's state and dates, the planned meetings, the CSV, send-out and reminders. */
export function RoundOverview({ pkg, answers }: { pkg: RemissPackage; answers: readonly CompiledAnswer[] }) {
  const { messages } = useI18n();
  const r = messages.round;
  const database = useDatabase();
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const round = useRound(pkg.id);
  const today = todayIn(getLocalTimeZone()).toString();
  const statuses = useMemo(() => roundStatus(pkg, answers, round, today, localDate), [pkg, answers, round, today]);
  const [failure, setFailure] = useState<string | null>(null);

  if (pkg.respondents.length === 0)
    return (
      <section aria-labelledby="round-overview" className="panel">
        <h2 id="round-overview">{r.overviewTitle}</h2>
        <p>{r.noRespondents}</p>
      </section>
    );

  const answered = statuses.filter((status) => status.state === 'unadjusted' || status.state === 'adjusted').length;
  const late = statuses.filter((status) => status.late).length;
  const toRemind = statuses.filter(needsReminder);

  const saveCsv = async () => {
    const csv = roundStatusCsv(statuses, {
      headers: r.columns,
      kinds: messages.respondents.kinds,
      states: r.states,
      yes: r.yes,
      no: r.no,
    });
    const result = await files.saveFile({
      suggestedName: finishFileName(r.statusCsvName(pkg.caseNumber || pkg.title), 'csv'),
      bytes: new TextEncoder().encode(csv),
      filters: [{ name: messages.compile.csvFilter, extensions: ['csv'] }],
    });
    if (result.outcome === 'saved') announce(r.csvSaved(result.fileName));
  };

  /** One .eml per body, each its own save: the browser downloads them, Electron asks where each goes. */
  const saveMails = async (kind: 'sentOutOn' | 'remindedOn', bodies: readonly BodyRoundStatus[]) => {
    setFailure(null);
    try {
      // The package file is a zip of the package and its documents; the letter also goes as itself, to read at once.
      const documents = await documentFilesOf(database, pkg);
      const packageFile = { fileName: packageFileName(pkg), contentType: 'application/zip', bytes: writePackageFile(pkg, documents) };
      const letterDocument = pkg.documents.find((document) => document.role === 'letter');
      const letter = letterDocument
        ? {
            fileName: letterDocument.fileName,
            contentType: letterDocument.mediaType,
            bytes: documents.find((file) => file.documentId === letterDocument.id)!.bytes,
          }
        : null;
      const written: string[] = [];
      for (const status of bodies) {
        const mail =
          kind === 'sentOutOn'
            ? sendOutMail(pkg, status.respondent, packageFile, letter, new Date())
            : reminderMail(pkg, status.respondent, status.dueOn, today, new Date());
        const stem = (kind === 'sentOutOn' ? r.sendOutFileName : r.reminderFileName)(status.respondent.name, pkg.caseNumber);
        const result = await files.saveFile({
          suggestedName: finishFileName(stem, 'eml'),
          bytes: buildEml(mail),
          filters: [{ name: messages.mail.emlFilter, extensions: ['eml'] }],
        });
        if (result.outcome === 'cancelled') break;
        written.push(status.respondent.id);
      }
      if (written.length > 0) {
        await recordMailWritten(database, pkg.id, written, kind, today);
        announce(r.mailsSaved(written.length));
      }
    } catch {
      setFailure(r.mailsFailed);
    }
  };

  return (
    <section aria-labelledby="round-overview" className="panel round-overview">
      <h2 id="round-overview">{r.overviewTitle}</h2>
      <p>{r.overviewSummary(answered, statuses.length, late)}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{r.overviewCaption}</caption>
          <thead>
            <tr>
              {r.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statuses.map((status) => (
              <tr key={status.respondent.id} data-state={status.state}>
                <th scope="row">{status.respondent.name}</th>
                <td>{messages.respondents.kinds[status.respondent.kind]}</td>
                <td>
                  {r.states[status.state]}
                  {status.conflict && ` (${r.conflictMark})`}
                </td>
                <td>
                  <PlannedMeeting packageId={pkg.id} status={status} />
                </td>
                <td>{status.meetingDate ?? '–'}</td>
                <td>{status.unadjustedArrivedOn ?? '–'}</td>
                <td>{status.adjustedArrivedOn ?? '–'}</td>
                <td>{status.dueOn ?? '–'}</td>
                <td>{status.late ? <strong>{r.lateMark}</strong> : r.no}</td>
                <td>{status.sentOutOn ?? '–'}</td>
                <td>{status.remindedOn ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{r.mailHint}</p>
      <div className="button-row">
        <Button className="button" onPress={() => void saveCsv().catch(() => setFailure(messages.compile.csvFailed))}>
          {r.statusCsv}
        </Button>
        <Button className="button" onPress={() => void saveMails('sentOutOn', statuses)}>
          {r.sendOut}
        </Button>
        <Button className="button" isDisabled={toRemind.length === 0} onPress={() => void saveMails('remindedOn', toRemind)}>
          {r.reminders(toRemind.length)}
        </Button>
      </div>
      {failure && <p className="alert">{failure}</p>}
    </section>
  );
}

/** The office's note of the body's meeting date, saved once it is a whole date or cleared. */
function PlannedMeeting({ packageId, status }: { packageId: string; status: BodyRoundStatus }) {
  const { messages } = useI18n();
  const database = useDatabase();
  const [text, setText] = useState(status.plannedMeetingDate ?? '');
  const invalid = text.trim() !== '' && !isCalendarDate(text.trim());
  const change = (value: string) => {
    setText(value);
    const date = value.trim();
    if (date === '' || isCalendarDate(date)) void setPlannedMeeting(database, packageId, status.respondent.id, date === '' ? null : date);
  };
  return (
    <TextInput
      className="field field-narrow"
      label={messages.round.plannedLabel(status.respondent.name)}
      value={text}
      onChange={change}
      error={invalid ? messages.round.plannedInvalid : undefined}
    />
  );
}
