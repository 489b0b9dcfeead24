import { Button } from 'react-aria-components';
import type { KfGoal, RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentReader } from '../stores/documentReader';
import { referenceLabel } from './labels';

/** A goal's pointers into the package's documents, as buttons that open the reader there: "Bilaga 1, s. 4". */
export function DocumentLinks({ goal, pkg }: { goal: KfGoal; pkg: RemissPackage }) {
  const { messages } = useI18n();
  const openAt = useDocumentReader((state) => state.openAt);
  const links = goal.documentReferences.flatMap((reference) => {
    const document = pkg.documents.find((candidate) => candidate.id === reference.documentId);
    return document ? [{ reference, document }] : [];
  });
  if (links.length === 0) return null;
  return (
    <div className="document-links" role="group" aria-label={messages.documents.room.goalLinks}>
      {links.map(({ reference, document }, index) => (
        <Button key={index} className="button" onPress={() => openAt(pkg.id, document.id, reference.page)}>
          {referenceLabel(reference, document, messages)}
        </Button>
      ))}
    </div>
  );
}
