import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import type { BackupSummary } from '../../shared/backup/backupFile';
import { formatCalendarDate, formatDateTime } from '../../shared/i18n/format';
import { localeOf } from '../../shared/i18n/messages';
import { useI18n } from '../i18n/I18nProvider';

interface BackupPreviewProps {
  fileName: string;
  summary: BackupSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a backup holds, and the explicit choice to replace everything with it. */
export function BackupPreview({ fileName, summary, busy, onConfirm, onCancel }: BackupPreviewProps) {
  const { language, messages } = useI18n();
  const b = messages.backup;
  const m = messages.meetings;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [summary]);
  const createdAt = formatDateTime(summary.createdAt);

  return (
    <section className="backup-preview" aria-labelledby="backup-preview-title">
      <h3 id="backup-preview-title" ref={headingRef} tabIndex={-1}>
        {b.previewTitle(fileName)}
      </h3>
      <dl className="facts">
        <dt>{b.createdAt}</dt>
        <dd>{createdAt}</dd>
        <dt>{b.appVersion}</dt>
        <dd>{summary.appVersion}</dd>
        <dt>{b.reasonLabel}</dt>
        <dd>{b.reason[summary.reason]}</dd>
      </dl>
      <table className="data-table">
        <caption>{b.tablesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{b.kindColumn}</th>
            <th scope="col">{b.countColumn}</th>
          </tr>
        </thead>
        <tbody>
          {summary.tables.map((table) => (
            <tr key={table.name}>
              <th scope="row">{b.tableNames[table.name] ?? table.name}</th>
              <td>{table.rowCount.toLocaleString(localeOf[language])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{b.meetingsInBackup}</h4>
      {summary.meetings.length === 0 ? (
        <p>{b.noMeetings}</p>
      ) : (
        <ul>
          {summary.meetings.map((meeting, index) => (
            <li key={index}>
              {meeting.bodyName}, {formatCalendarDate(meeting.date, language)}
              {meeting.status in m.status ? ` – ${m.status[meeting.status as keyof typeof m.status]}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p className="warning">{b.replaceWarning}</p>
      <div className="button-row">
        <Button className="button button-danger" onPress={onConfirm} isDisabled={busy}>
          {b.confirmRestore}
        </Button>
        <Button className="button" onPress={onCancel} isDisabled={busy}>
          {b.cancel}
        </Button>
      </div>
    </section>
  );
}
