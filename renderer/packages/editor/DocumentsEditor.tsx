import { memo, useState } from 'react';
import { Button, FieldError, Group, Input, Label, NumberField } from 'react-aria-components';
import { megabytes, openableExtensions } from '../../../shared/files/appFiles';
import { formatFileSize } from '../../../shared/i18n/format';
import { documentKindOf } from '../../../shared/remiss/documentKind';
import { documentKindOfMediaType } from '../../../shared/remiss/packageContainer';
import { packageLimits } from '../../../shared/remiss/packageFile';
import { documentRoles, type DocumentRole, type PackageDocument } from '../../../shared/remiss/remissPackage';
import { ConfirmDialog, MessageDialog } from '../../app/Dialogs';
import { SelectInput, TextInput } from '../../app/fields';
import { useFiles } from '../../bridge/BridgeProvider';
import { useDatabase } from '../../data/DatabaseProvider';
import { addDocument, removeDocument, withoutDocument, type AddDocumentOutcome } from '../../data/documents';
import { documentName } from '../../documents/labels';
import { useI18n } from '../../i18n/I18nProvider';
import { useAnnouncer } from '../../stores/announcer';
import { moveItem, ReorderableList } from '../ReorderableList';
import { useErrorAt, type Change } from './editing';

/** The next bilaga number nobody uses yet: a document made a bilaga gets it, and the user changes it if need be. */
function freeBilagaNumber(documents: readonly PackageDocument[]): number {
  const taken = new Set(documents.map((document) => (document.role === 'bilaga' ? document.number : null)));
  let number = 1;
  while (taken.has(number)) number += 1;
  return number;
}

/** Why a document was not added, in words; null when it was. */
function refusal(outcome: AddDocumentOutcome, fileName: string, words: ReturnType<typeof useI18n>['messages']['documents']): string | null {
  const e = words.editor;
  switch (outcome.outcome) {
    case 'added':
      return null;
    case 'notADocument':
      return e.notADocument(fileName);
    case 'tooLarge':
      return e.tooLarge(megabytes(outcome.maxBytes));
    case 'tooMany':
      return e.tooMany(outcome.max);
    case 'packageFull':
      return e.packageFull(megabytes(outcome.maxBytes));
    case 'storageFull':
      return words.storageFull(megabytes(outcome.maxBytes));
  }
}

/**
 * The package's documents in the editor: added from a file (PDF or Word, known by their content), each titled, given a
 * type (and a bilaga its number), put in order and removed. Adding and removing write at once with the bytes; the rest
 * is saved with the draft.
 */
export const DocumentsEditor = memo(function DocumentsEditor({
  packageId,
  documents,
  change,
}: {
  packageId: string;
  documents: PackageDocument[];
  change: Change;
}) {
  const { messages } = useI18n();
  const d = messages.documents;
  const e = d.editor;
  const database = useDatabase();
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<PackageDocument | null>(null);

  const add = async () => {
    setBusy(true);
    try {
      const file = await files.openFile({
        title: e.openDialogTitle,
        kind: 'document',
        filters: [{ name: e.fileFilter, extensions: [...openableExtensions.document] }],
      });
      if (file.outcome === 'cancelled') return;
      if (file.outcome === 'tooLarge') {
        setProblem(e.tooLarge(megabytes(packageLimits.documentBytes)));
        return;
      }
      let pageCount: number | null = null;
      if (documentKindOf(file.bytes) === 'pdf') {
        const { countPdfPages } = await import('../../documents/pdfjs');
        pageCount = await countPdfPages(file.bytes);
        if (pageCount === null) {
          setProblem(e.unreadablePdf(file.fileName));
          return;
        }
      }
      const outcome = await addDocument(database, packageId, { fileName: file.fileName, bytes: file.bytes, pageCount });
      const refused = refusal(outcome, file.fileName, d);
      if (refused !== null || outcome.outcome !== 'added') {
        setProblem(refused);
        return;
      }
      change((draft) => void draft.documents.push(outcome.document));
      announce(e.added(outcome.document.title));
    } catch {
      setProblem(e.readFailed);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (document: PackageDocument) => {
    setToRemove(null);
    try {
      await removeDocument(database, packageId, document.id);
      change((draft) => {
        const { documents: kept, goals } = withoutDocument(draft, document.id);
        draft.documents = kept;
        draft.goals = goals;
      });
      announce(e.removed(document.title));
    } catch {
      setProblem(e.readFailed);
    }
  };

  return (
    <section className="panel editor-section" aria-labelledby="editor-documents">
      <h2 id="editor-documents">{d.title}</h2>
      <p className="field-hint">
        {e.hint(packageLimits.documents, megabytes(packageLimits.documentsTotalBytes), megabytes(packageLimits.documentBytes))}
      </p>
      {documents.length > 1 && (
        <ReorderableList
          label={d.title}
          items={documents.map((document) => ({ id: document.id, label: `${documentName(document, messages)} – ${document.title}` }))}
          onMove={(from, to) => change((draft) => void (draft.documents = moveItem(draft.documents, from, to)))}
        />
      )}
      {documents.map((document, index) => (
        <DocumentEditor
          key={document.id}
          document={document}
          index={index}
          documents={documents}
          change={change}
          onRemove={() => setToRemove(document)}
        />
      ))}
      <Button className="button" isDisabled={busy || documents.length >= packageLimits.documents} onPress={() => void add()}>
        {busy ? e.adding : e.add}
      </Button>
      <ConfirmDialog
        isOpen={toRemove !== null}
        title={toRemove ? e.removeTitle(documentName(toRemove, messages)) : ''}
        confirmLabel={e.removeConfirm}
        cancelLabel={e.cancel}
        onCancel={() => setToRemove(null)}
        onConfirm={() => toRemove && void remove(toRemove)}
      >
        <p>{e.removeBody}</p>
      </ConfirmDialog>
      <MessageDialog isOpen={problem !== null} title={e.addFailedTitle} closeLabel={e.close} onClose={() => setProblem(null)}>
        <p>{problem}</p>
      </MessageDialog>
    </section>
  );
});

function DocumentEditor({
  document,
  index,
  documents,
  change,
  onRemove,
}: {
  document: PackageDocument;
  index: number;
  documents: PackageDocument[];
  change: Change;
  onRemove: () => void;
}) {
  const { language, messages } = useI18n();
  const d = messages.documents;
  const e = d.editor;
  const errorAt = useErrorAt();
  const path = ['documents', index];
  const name = documentName(document, messages);
  const label = e.documentLabel(index + 1);
  const numberError = errorAt([...path, 'number']);
  const update = (recipe: (target: PackageDocument) => void) =>
    change((draft) => {
      const target = draft.documents.find((candidate) => candidate.id === document.id);
      if (target) recipe(target);
    });
  const setRole = (role: DocumentRole) =>
    update((target) => {
      target.number = role === 'bilaga' ? (target.role === 'bilaga' ? target.number : freeBilagaNumber(documents)) : null;
      target.role = role;
    });
  const facts = [
    document.fileName,
    d.kinds[documentKindOfMediaType(document.mediaType)],
    ...(document.pageCount !== null ? [d.pages(document.pageCount)] : []),
    formatFileSize(document.size, language),
  ].join(' · ');
  return (
    <div role="group" aria-label={`${label}: ${name}`} className="document-editor">
      <h3>
        {label}: {name}
      </h3>
      <p className="field-hint">{facts}</p>
      <div className="field-row">
        <TextInput
          className="field field-wide"
          label={`${label}: ${e.documentTitle}`}
          value={document.title}
          onChange={(title) => update((target) => void (target.title = title))}
          error={errorAt([...path, 'title'])}
        />
        <SelectInput
          label={`${label}: ${e.role}`}
          value={document.role}
          options={documentRoles.map((role) => ({ id: role, label: d.roles[role] }))}
          onChange={setRole}
        />
        {document.role === 'bilaga' && (
          <NumberField
            className="field field-narrow"
            value={document.number ?? Number.NaN}
            minValue={1}
            maxValue={packageLimits.bilagaNumber}
            step={1}
            isInvalid={numberError !== undefined}
            validationBehavior="aria"
            formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
            onChange={(value) => update((target) => void (target.number = Number.isNaN(value) ? null : value))}
          >
            <Label>{`${label}: ${e.number}`}</Label>
            <Group>
              <Input className="input" />
            </Group>
            <FieldError className="field-error">{numberError}</FieldError>
          </NumberField>
        )}
      </div>
      <Button className="button button-danger" onPress={onRemove}>
        {e.remove(name)}
      </Button>
    </div>
  );
}
