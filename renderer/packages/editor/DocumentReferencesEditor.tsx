import { Button, FieldError, Group, Input, Label, NumberField } from 'react-aria-components';
import { documentKindOfMediaType } from '../../../shared/remiss/packageContainer';
import { packageLimits } from '../../../shared/remiss/packageFile';
import type { DocumentReference, KfGoal, PackageDocument } from '../../../shared/remiss/remissPackage';
import { SelectInput, TextInput } from '../../app/fields';
import { documentName } from '../../documents/labels';
import { useI18n } from '../../i18n/I18nProvider';
import { useErrorAt, type ChangeGoal } from './editing';

/**
 * A goal's pointers to pages of the package's documents: the in-depth dialogue on the goal opens each one there, with a
 * button such as "Bilaga 1, s. 4" (or the words given here).
 */
export function DocumentReferencesEditor({
  goal,
  index,
  documents,
  changeGoal,
}: {
  goal: KfGoal;
  index: number;
  documents: readonly PackageDocument[];
  changeGoal: ChangeGoal;
}) {
  const { messages } = useI18n();
  const e = messages.documents.editor;
  const goalLegend = messages.packageEditor.goalLegend(goal.number);
  const errorAt = useErrorAt();
  const changeReferences = (recipe: (references: DocumentReference[]) => void) =>
    changeGoal(index, (target) => {
      const references = structuredClone(target.documentReferences);
      recipe(references);
      target.documentReferences = references;
    });
  const options = documents.map((document) => ({ id: document.id, label: `${documentName(document, messages)} – ${document.title}` }));
  return (
    <div className="references-editor">
      <h4>{e.references}</h4>
      <p className="field-hint">{documents.length === 0 ? e.noDocuments : e.referencesHint}</p>
      {goal.documentReferences.map((reference, position) => {
        const place = `${goalLegend}, ${e.reference(position + 1)}`;
        const path = ['goals', index, 'documentReferences', position];
        const document = documents.find((candidate) => candidate.id === reference.documentId);
        const pageError = errorAt([...path, 'page']);
        // A Word document has no fixed pages: the reader opens it from its start.
        const paged = !document || documentKindOfMediaType(document.mediaType) === 'pdf';
        return (
          <div key={position} role="group" aria-label={place} className="field-row">
            <SelectInput
              label={`${place}: ${e.referenceDocument}`}
              value={reference.documentId}
              options={options}
              onChange={(documentId) =>
                changeReferences((references) => {
                  const target = references[position]!;
                  const chosen = documents.find((candidate) => candidate.id === documentId);
                  target.documentId = documentId;
                  if (chosen && (chosen.pageCount === null || target.page > chosen.pageCount)) target.page = 1;
                })
              }
            />
            {paged && (
              <NumberField
                className="field field-narrow"
                value={reference.page}
                minValue={1}
                maxValue={document?.pageCount ?? packageLimits.pageCount}
                step={1}
                isInvalid={pageError !== undefined}
                validationBehavior="aria"
                formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
                onChange={(page) => !Number.isNaN(page) && changeReferences((references) => void (references[position]!.page = page))}
              >
                <Label>{`${place}: ${e.referencePage}`}</Label>
                <Group>
                  <Input className="input" />
                </Group>
                <FieldError className="field-error">{pageError}</FieldError>
              </NumberField>
            )}
            <TextInput
              label={`${place}: ${e.referenceLabel}`}
              value={reference.label ?? ''}
              onChange={(label) =>
                changeReferences((references) => {
                  const target = references[position]!;
                  if (label === '') delete target.label;
                  else target.label = label;
                })
              }
              error={errorAt([...path, 'label'])}
            />
            <Button className="button button-danger" onPress={() => changeReferences((references) => void references.splice(position, 1))}>
              {e.removeReference(position + 1)}
            </Button>
          </div>
        );
      })}
      <Button
        className="button"
        aria-label={`${e.addReference} – ${goalLegend}`}
        isDisabled={documents.length === 0 || goal.documentReferences.length >= packageLimits.documentReferences}
        onPress={() => changeReferences((references) => void references.push({ documentId: documents[0]!.id, page: 1 }))}
      >
        {e.addReference}
      </Button>
    </div>
  );
}
