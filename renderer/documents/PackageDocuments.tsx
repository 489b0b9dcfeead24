import { lazy, Suspense, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { formatFileSize } from '../../shared/i18n/format';
import { documentKindOfMediaType } from '../../shared/remiss/packageContainer';
import type { PackageDocument, RemissPackage } from '../../shared/remiss/remissPackage';
import { MessageDialog } from '../app/Dialogs';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { readDocumentFile } from '../data/documents';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { useDocumentReader } from '../stores/documentReader';
import { documentName } from './labels';

const DocumentReader = lazy(() => import('./DocumentReader'));

/** What a save dialog may call a file: the name the document was added with, without what Windows forbids. */
const savableName = (fileName: string) =>
  fileName
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '') || 'dokument';

/** The package's documents on its page: each described, readable in place, and savable as the file it was. */
export function PackageDocuments({ pkg }: { pkg: RemissPackage }) {
  const { language, messages } = useI18n();
  const d = messages.documents;
  const database = useDatabase();
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const open = useDocumentReader((state) => state.open);
  const openAt = useDocumentReader((state) => state.openAt);
  const close = useDocumentReader((state) => state.close);
  const [failed, setFailed] = useState(false);
  useEffect(() => close, [close]);

  const shown = open?.packageId === pkg.id ? pkg.documents.find((document) => document.id === open.documentId) : undefined;

  const saveOriginal = async (document: PackageDocument) => {
    try {
      const bytes = await readDocumentFile(database, pkg.id, document.id);
      if (!bytes) throw new Error(`No bytes for ${document.id}`);
      const kind = documentKindOfMediaType(document.mediaType);
      const result = await files.saveFile({
        suggestedName: savableName(document.fileName),
        bytes,
        filters: [{ name: d.kinds[kind], extensions: [kind] }],
      });
      if (result.outcome === 'saved') announce(d.saved(result.fileName));
    } catch {
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby="package-documents">
      <h2 id="package-documents">{d.title}</h2>
      {pkg.documents.length === 0 ? (
        <p className="empty">{d.none}</p>
      ) : (
        <ul className="document-list">
          {pkg.documents.map((document) => {
            const name = documentName(document, messages);
            const facts = [
              d.roles[document.role],
              d.kinds[documentKindOfMediaType(document.mediaType)],
              ...(document.pageCount !== null ? [d.pages(document.pageCount)] : []),
              formatFileSize(document.size, language),
            ].join(' · ');
            return (
              <li key={document.id} className="panel">
                <h3>{name === document.title ? name : `${name}: ${document.title}`}</h3>
                <p className="field-hint">
                  {document.fileName} · {facts}
                </p>
                <div className="button-row">
                  <Button className="button" aria-pressed={shown?.id === document.id} onPress={() => openAt(pkg.id, document.id, 1)}>
                    {d.read(name)}
                  </Button>
                  <Button className="button" onPress={() => void saveOriginal(document)}>
                    {d.saveOriginal(name)}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {shown && open && (
        <Suspense fallback={<p>{d.reader.loading}</p>}>
          <DocumentReader
            key={shown.id}
            packageId={pkg.id}
            document={shown}
            page={open.page}
            request={open.request}
            projector={null}
            onClose={close}
          />
        </Suspense>
      )}
      <MessageDialog
        isOpen={failed}
        title={messages.packages.actionFailedTitle}
        closeLabel={messages.packages.close}
        onClose={() => setFailed(false)}
      >
        <p>{d.editor.readFailed}</p>
      </MessageDialog>
    </section>
  );
}
