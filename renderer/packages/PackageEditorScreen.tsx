import { memo } from 'react';
import { Button } from 'react-aria-components';
import { duplicatePackage, isEditable, usePackageSummary } from '../data/packages';
import { useDatabase } from '../data/DatabaseProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useNavigation } from '../navigation/navigation';
import { PackageEditor } from './editor/PackageEditor';
import { PackageNotFound } from './PackageNotFound';

// Each keystroke's write wakes the summary's live query below: the editor, reading its start only once, is not drawn again.
const PackageEditorOnce = memo(PackageEditor, () => true);

export function PackageEditorScreen({ packageId }: { packageId: string }) {
  const { messages } = useI18n();
  const summary = usePackageSummary(packageId);
  const database = useDatabase();
  const navigate = useNavigation((state) => state.navigate);
  const m = messages.packages;

  if (summary === undefined) return null;
  if (summary === null) return <PackageNotFound />;
  const { record, meetingCount } = summary;
  if (!isEditable(summary))
    return (
      <>
        <h1>{messages.packageEditor.title(record.content.title)}</h1>
        <p>{record.origin === 'builtIn' ? m.builtInReadOnly : m.inUseReadOnly(meetingCount)}</p>
        <Button
          className="button button-primary"
          onPress={() =>
            void duplicatePackage(database, record.id, m.copyTitle).then((copy) =>
              navigate({ screen: 'packageEditor', packageId: copy.id }),
            )
          }
        >
          {m.duplicate}
        </Button>
      </>
    );
  // Keyed by id: the draft belongs to one package, and is read from the database only when the editor opens.
  return <PackageEditorOnce key={record.id} initial={record.content} />;
}
