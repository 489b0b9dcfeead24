import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, FieldError, Form, Input, Label, TextArea, TextField } from 'react-aria-components';
import { buildAttachmentModel } from '../../shared/attachment/attachmentModel';
import { attachmentToText, notesToText } from '../../shared/attachment/attachmentText';
import { exportFileName, extensionOf } from '../../shared/attachment/fileNames';
import { canSend, isFrozen, protocolStatus, validateAdjustment, type AdjustmentInput } from '../../shared/attachment/protocolPath';
import { OVERALL, type ExportFormat } from '../../shared/domain/dialogue';
import { formatCalendarDate } from '../../shared/i18n/format';
import { ConfirmDialog } from '../app/Dialogs';
import { useFiles } from '../bridge/BridgeProvider';
import { deleteNotesOfAdjustedMeeting } from '../data/meetingRoom';
import { useDatabase } from '../data/DatabaseProvider';
import { useI18n } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';
import { useAnnouncer } from '../stores/announcer';
import { AttachmentPreview } from './AttachmentPreview';
import { checkedAnswerFile } from './answerExport';
import { RouteMails } from './RouteMails';
import { adjustMeeting, logExport, markMeetingHeld, useExportSource, type ExportSource } from '../data/exports';
import { renderDocx, renderPdf } from './exporters';

const attachmentFormats = ['pdf', 'docx', 'text', 'answer'] as const satisfies ReadonlyArray<ExportFormat>;

export function ExportScreen({ meetingId }: { meetingId: string }) {
  const source = useExportSource(meetingId);
  const { messages } = useI18n();
  const e = messages.export;
  return (
    <>
      <p>
        <a href={formatRoute({ screen: 'meeting', meetingId })}>{e.back}</a>
      </p>
      <h1>{e.title}</h1>
      {source === undefined ? (
        <p>{e.loading}</p>
      ) : source === null ? (
        <p className="alert">{e.notFound}</p>
      ) : (
        <ExportPanels source={source} />
      )}
    </>
  );
}

type ExportMessage = { kind: 'done' | 'error'; text: string; replaced?: string };

function ExportPanels({ source }: { source: ExportSource }) {
  const bridge = useFiles();
  const database = useDatabase();
  const { language, messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const e = messages.export;
  const { meeting, pkg, comments, dissents, notes, exports } = source;
  const [includeParticipants, setIncludeParticipants] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [message, setMessage] = useState<ExportMessage | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const status = protocolStatus(meeting);

  const deleteNotes = async () => {
    setConfirmingDelete(false);
    announce(e.notesDeleted(await deleteNotesOfAdjustedMeeting(database, meeting.id)));
  };
  // The attachment is a Swedish protocol document whatever language the app speaks.
  const model = useMemo(
    () => (pkg ? buildAttachmentModel({ pkg, meeting, comments, dissents, includeParticipants, language: 'sv' }) : null),
    [pkg, meeting, comments, dissents, includeParticipants],
  );

  const save = async (format: ExportFormat) => {
    if (!pkg || !model) return;
    setBusy(format);
    setMessage(null);
    try {
      const fileName = exportFileName(meeting, pkg, format, status);
      let bytes: Uint8Array<ArrayBuffer>;
      let replaced: string[] = [];
      if (format === 'pdf') ({ bytes, replaced } = await renderPdf(model));
      else if (format === 'docx') bytes = new Uint8Array(await renderDocx(model));
      else if (format === 'text') bytes = new TextEncoder().encode(attachmentToText(model));
      else if (format === 'answer') {
        const answer = await checkedAnswerFile({ ...source, pkg }, messages);
        if (!answer.ok) {
          setMessage({ kind: 'error', text: answer.message });
          announce(answer.message);
          return;
        }
        bytes = answer.bytes;
      } else bytes = new TextEncoder().encode(notesToText(meeting, notes, 'sv'));
      const result = await bridge.saveFile({
        suggestedName: fileName,
        bytes,
        filters: [{ name: e.formats[format], extensions: [extensionOf(format)] }],
      });
      if (result.outcome === 'cancelled') {
        setMessage({ kind: 'done', text: e.cancelled });
        announce(e.cancelled);
        return;
      }
      await logExport(database, meeting, format, result.fileName);
      const done: ExportMessage = { kind: 'done', text: e.exported(result.fileName) };
      if (replaced.length > 0) done.replaced = e.replacedCharacters(replaced.join(' '));
      setMessage(done);
      announce([done.text, done.replaced].filter(Boolean).join(' '));
    } catch {
      setMessage({ kind: 'error', text: e.exportFailed });
      announce(e.exportFailed);
    } finally {
      setBusy(null);
    }
  };

  if (!pkg || !model) return <p className="alert">{e.noPackage}</p>;

  const sendable = canSend(meeting);
  const agreedSubjects = new Set(comments.filter((comment) => comment.agreedText !== null).map((comment) => comment.subject));
  const missingAgreed = [...pkg.goals.map((goal) => goal.id), OVERALL].filter((subject) => !agreedSubjects.has(subject)).length;

  return (
    <div className="export-layout">
      <p className="export-meeting">
        {meeting.bodyName} · {formatCalendarDate(meeting.date, language)} ·{' '}
        <span>
          {e.meetingStatus}: <strong>{e.statuses[meeting.status]}</strong>
        </span>
      </p>

      <section className="panel" aria-labelledby="protocol-path-title">
        <h2 id="protocol-path-title">{e.pathTitle}</h2>
        <ProtocolPath source={source} />
      </section>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{e.exportTitle}</h2>
        {!sendable && <p className="field-hint">{e.notReady}</p>}
        {missingAgreed > 0 && <p className="alert">{e.missingAgreed(missingAgreed)}</p>}
        <ul className="export-buttons">
          {attachmentFormats.map((format) => (
            <li key={format}>
              <Button
                className="button"
                isDisabled={!sendable || busy !== null}
                isPending={busy === format}
                onPress={() => void save(format)}
              >
                {e.exportButton(e.formats[format])}
              </Button>
            </li>
          ))}
        </ul>
        <div role="status" className="export-message">
          {message && <p className={message.kind === 'error' ? 'alert' : undefined}>{message.text}</p>}
          {message?.replaced && <p className="alert">{message.replaced}</p>}
        </div>
      </section>

      <section className="panel" aria-labelledby="send-title">
        <h2 id="send-title">{e.sendTitle}</h2>
        {!sendable ? <p className="field-hint">{e.notReady}</p> : <RouteMails source={{ ...source, pkg }} model={model} />}
      </section>

      <section className="panel" aria-labelledby="preview-title">
        <h2 id="preview-title">{e.previewTitle}</h2>
        <Checkbox className="checkbox" isSelected={includeParticipants} onChange={setIncludeParticipants}>
          <span className="checkbox-box" aria-hidden="true" />
          {e.includeParticipants}
        </Checkbox>
        <AttachmentPreview model={model} label={e.previewLabel} />
      </section>

      <section className="panel" aria-labelledby="notes-title">
        <h2 id="notes-title">{e.formats.notes}</h2>
        <p>{e.notesHint}</p>
        <p>{e.notesCount(notes.length)}</p>
        <div className="button-row">
          <Button className="button" isDisabled={busy !== null || notes.length === 0} onPress={() => void save('notes')}>
            {e.exportButton(e.formats.notes)}
          </Button>
          {isFrozen(meeting) && notes.length > 0 && (
            <Button className="button button-danger" onPress={() => setConfirmingDelete(true)}>
              {e.deleteNotes}
            </Button>
          )}
        </div>
        {!isFrozen(meeting) && <p className="field-hint">{e.notesDeleteWhenAdjusted}</p>}
        <ConfirmDialog
          isOpen={confirmingDelete}
          title={e.deleteNotesTitle}
          confirmLabel={e.deleteNotesConfirm}
          cancelLabel={e.cancel}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => void deleteNotes()}
        >
          <p>{e.deleteNotesBody}</p>
        </ConfirmDialog>
      </section>

      <section className="panel" aria-labelledby="log-title">
        <h2 id="log-title">{e.logTitle}</h2>
        {exports.length === 0 ? (
          <p>{e.logEmpty}</p>
        ) : (
          <table className="export-log" aria-labelledby="log-title">
            <thead>
              <tr>
                <th scope="col">{e.logWhen}</th>
                <th scope="col">{e.logFormat}</th>
                <th scope="col">{e.logStatus}</th>
                <th scope="col">{e.logFile}</th>
              </tr>
            </thead>
            <tbody>
              {exports.map((record) => (
                <tr key={record.id}>
                  <td>
                    <time dateTime={record.exportedAt}>
                      {new Date(record.exportedAt).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB')}
                    </time>
                  </td>
                  <td>{e.formats[record.format]}</td>
                  <td>{e.protocolStatuses[record.protocolStatus]}</td>
                  <td className="export-file">{record.fileName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function ProtocolPath({ source }: { source: ExportSource }) {
  const database = useDatabase();
  const { language, messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const e = messages.export;
  const { meeting } = source;
  const [input, setInput] = useState<AdjustmentInput>({ adjustedOn: '', justerare: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setFailed(false);
      announce(done);
    } catch {
      setFailed(true);
    }
  };

  const submitAdjustment = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateAdjustment(meeting, input);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.issues.map((issue) => [issue.field, e.adjustIssues[issue.code]])));
      return;
    }
    setErrors({});
    await run(() => adjustMeeting(database, meeting.id, result.value), e.adjustedDone);
  };

  if (isFrozen(meeting)) {
    return (
      <>
        <p>{e.frozen}</p>
        {meeting.adjustment && (
          <p>
            {messages.attachment.adjusted(
              formatCalendarDate(meeting.adjustment.adjustedOn, language),
              meeting.adjustment.justerare.join(', '),
            )}
          </p>
        )}
      </>
    );
  }

  return (
    <>
      {failed && <p className="alert">{messages.meetings.saveFailed}</p>}
      {meeting.status === 'held' ? (
        <Form
          className="form"
          validationErrors={errors}
          validationBehavior="aria"
          onSubmit={submitAdjustment}
          aria-labelledby="adjust-title"
        >
          <h3 id="adjust-title">{e.adjustTitle}</h3>
          <p className="field-hint">{e.adjustHint}</p>
          <TextField
            name="adjustedOn"
            className="field"
            isRequired
            value={input.adjustedOn}
            onChange={(adjustedOn) => setInput((current) => ({ ...current, adjustedOn }))}
          >
            <Label>{e.adjustedOn}</Label>
            <Input className="input" inputMode="numeric" />
            <FieldError className="field-error" />
          </TextField>
          <TextField
            name="justerare"
            className="field"
            isRequired
            value={input.justerare}
            onChange={(justerare) => setInput((current) => ({ ...current, justerare }))}
          >
            <Label>{e.justerare}</Label>
            <TextArea className="input" rows={2} />
            <FieldError className="field-error" />
          </TextField>
          {errors.status && <p className="alert">{errors.status}</p>}
          <Button type="submit" className="button button-primary">
            {e.adjust}
          </Button>
        </Form>
      ) : (
        <Button className="button button-primary" onPress={() => void run(() => markMeetingHeld(database, meeting.id), e.markedHeld)}>
          {e.markHeld}
        </Button>
      )}
    </>
  );
}
