import { lazy, Suspense, useState } from 'react';
import { getLocalTimeZone, today } from '@internationalized/date';
import { Button } from 'react-aria-components';
import { formatCalendarDate } from '../../shared/i18n/format';
import { packageFileIssueMessage } from '../../shared/i18n/packageFileMessages';
import type { PackageFileIssue } from '../../shared/remiss/packageFile';
import { ConfirmDialog, MessageDialog } from '../app/Dialogs';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import {
  createEmptyPackage,
  deletePackage,
  duplicatePackage,
  isEditable,
  usePackageSummaries,
  type PackageRefusal,
  type PackageSummary,
} from '../data/packages';
import { useI18n } from '../i18n/I18nProvider';
import { useNavigation } from '../navigation/navigation';
import { formatRoute } from '../navigation/route';
import { useAnnouncer } from '../stores/announcer';
import { ImportPackageButton } from './ImportPackageButton';
import { LetterImportButton, type PickedDocument } from '../letter/LetterImportButton';
import { OpenedAnswerRefusal } from '../compile/OpenedAnswerRefusal';
import { exportPackage } from './packageActions';
import { shownTitle } from './packageTitle';

const LetterImport = lazy(() => import('../letter/LetterImport'));

type Pending =
  | { kind: 'confirmDelete'; summary: PackageSummary }
  | { kind: 'refused'; refusal: PackageRefusal }
  | { kind: 'exportInvalid'; issues: PackageFileIssue[] }
  | { kind: 'failed' }
  | null;

export function PackagesScreen() {
  const { messages } = useI18n();
  const m = messages.packages;
  const summaries = usePackageSummaries();
  const [pending, setPending] = useState<Pending>(null);
  const database = useDatabase();
  const announce = useAnnouncer((state) => state.announce);
  const close = () => setPending(null);
  const navigate = useNavigation((state) => state.navigate);
  const [letter, setLetter] = useState<PickedDocument | null>(null);

  const createEmpty = async () => {
    try {
      const record = await createEmptyPackage(database, today(getLocalTimeZone()).toString());
      announce(m.createdEmpty);
      navigate({ screen: 'packageEditor', packageId: record.id });
    } catch {
      setPending({ kind: 'failed' });
    }
  };

  const confirmDelete = async (summary: PackageSummary) => {
    setPending(null);
    try {
      const result = await deletePackage(database, summary.record.id);
      if (result.outcome === 'refused') setPending({ kind: 'refused', refusal: result });
      else announce(m.deleted(shownTitle(summary.record.content, messages)));
    } catch {
      setPending({ kind: 'failed' });
    }
  };

  if (letter)
    return (
      <Suspense fallback={<p>{messages.letterImport.reading}</p>}>
        <LetterImport letter={letter} onClose={() => setLetter(null)} />
      </Suspense>
    );

  return (
    <>
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <div className="toolbar">
        <Button className="button" onPress={() => void createEmpty()}>
          {m.createEmpty}
        </Button>
        <LetterImportButton onPicked={setLetter} />
        <ImportPackageButton />
        <OpenedAnswerRefusal />
      </div>
      <section className="panel" aria-labelledby="package-list-title">
        <h2 id="package-list-title">{m.listTitle}</h2>
        {summaries && <p className="count">{m.count(summaries.length)}</p>}
        <ul className="card-list" aria-labelledby="package-list-title">
          {summaries?.map((summary) => (
            <PackageCard
              key={summary.record.id}
              summary={summary}
              onDelete={() =>
                summary.record.origin === 'builtIn'
                  ? setPending({ kind: 'refused', refusal: { outcome: 'refused', reason: 'builtIn' } })
                  : summary.meetingCount > 0
                    ? setPending({ kind: 'refused', refusal: { outcome: 'refused', reason: 'inUse', meetingCount: summary.meetingCount } })
                    : setPending({ kind: 'confirmDelete', summary })
              }
              onExportInvalid={(issues) => setPending({ kind: 'exportInvalid', issues })}
              onFailed={() => setPending({ kind: 'failed' })}
            />
          ))}
        </ul>
      </section>

      <ConfirmDialog
        isOpen={pending?.kind === 'confirmDelete'}
        title={m.deleteTitle}
        confirmLabel={m.deleteConfirm}
        cancelLabel={m.cancel}
        onCancel={close}
        onConfirm={() => pending?.kind === 'confirmDelete' && void confirmDelete(pending.summary)}
      >
        {pending?.kind === 'confirmDelete' && <p>{m.deleteBody(shownTitle(pending.summary.record.content, messages))}</p>}
      </ConfirmDialog>
      <MessageDialog isOpen={pending?.kind === 'refused'} title={m.refusedTitle} closeLabel={m.close} onClose={close}>
        {pending?.kind === 'refused' && (
          <p>{pending.refusal.reason === 'builtIn' ? m.deleteRefusedBuiltIn : m.deleteRefusedInUse(pending.refusal.meetingCount)}</p>
        )}
      </MessageDialog>
      <ExportIssuesDialog issues={pending?.kind === 'exportInvalid' ? pending.issues : null} onClose={close} />
      <MessageDialog isOpen={pending?.kind === 'failed'} title={m.actionFailedTitle} closeLabel={m.close} onClose={close}>
        <p>{m.actionFailed}</p>
      </MessageDialog>
    </>
  );
}

/** Why an export was refused: the package's errors, each saying where. */
export function ExportIssuesDialog({ issues, onClose }: { issues: PackageFileIssue[] | null; onClose: () => void }) {
  const { messages } = useI18n();
  return (
    <MessageDialog isOpen={issues !== null} title={messages.packages.export} closeLabel={messages.packages.close} onClose={onClose}>
      <p>{messages.packages.exportInvalid}</p>
      <ul>
        {issues?.map((issue, index) => (
          <li key={index}>{packageFileIssueMessage(messages, issue)}</li>
        ))}
      </ul>
    </MessageDialog>
  );
}

interface PackageCardProps {
  summary: PackageSummary;
  onDelete: () => void;
  onExportInvalid: (issues: PackageFileIssue[]) => void;
  onFailed: () => void;
}

function PackageCard({ summary, onDelete, onExportInvalid, onFailed }: PackageCardProps) {
  const { language, messages } = useI18n();
  const m = messages.packages;
  const database = useDatabase();
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const { record, meetingCount } = summary;
  const content = record.content;
  const titleId = `package-${record.id}`;
  const title = shownTitle(content, messages);
  const on = (action: string) => m.actionOn(action, title);

  const duplicate = async () => {
    try {
      const copy = await duplicatePackage(database, record.id, m.copyTitle);
      announce(m.duplicated(copy.content.title));
    } catch {
      onFailed();
    }
  };
  const exportFile = async () => {
    try {
      const result = await exportPackage(files, database, content, messages);
      if (result.outcome === 'invalid') onExportInvalid(result.issues);
      else if (result.outcome === 'saved') announce(m.exported(result.fileName));
    } catch {
      onFailed();
    }
  };

  return (
    <li className="card package-card">
      <div className="card-heading">
        <h3 id={titleId}>{title}</h3>
        {content.isExample && <span className="badge">{m.exampleBadge}</span>}
      </div>
      <dl className="facts">
        <div>
          <dt>{m.caseNumber}</dt>
          <dd>{content.caseNumber || '–'}</dd>
        </div>
        <div>
          <dt>{m.issuer}</dt>
          <dd>{[content.issuer, content.municipality].filter(Boolean).join(', ')}</dd>
        </div>
        <div>
          <dt>{m.issuedOn}</dt>
          <dd>
            <time dateTime={content.issuedOn}>{formatCalendarDate(content.issuedOn, language)}</time>
          </dd>
        </div>
      </dl>
      <p className="usage">{m.usage(meetingCount)}</p>
      <div className="actions">
        <a className="button" href={formatRoute({ screen: 'package', packageId: record.id })} aria-label={on(m.open)}>
          {m.open}
        </a>
        {isEditable(summary) && (
          <a className="button" href={formatRoute({ screen: 'packageEditor', packageId: record.id })} aria-label={on(m.edit)}>
            {m.edit}
          </a>
        )}
        <Button className="button" onPress={() => void duplicate()} aria-label={on(m.duplicate)}>
          {m.duplicate}
        </Button>
        <Button className="button" onPress={() => void exportFile()} aria-label={on(m.export)}>
          {m.export}
        </Button>
        <Button className="button button-danger" onPress={onDelete} aria-label={on(m.delete)}>
          {m.delete}
        </Button>
      </div>
    </li>
  );
}
