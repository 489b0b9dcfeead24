import { memo } from 'react';
import { Checkbox } from 'react-aria-components';
import type { RemissPackage } from '../../../shared/remiss/remissPackage';
import { TextInput } from '../../app/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { useErrorAt, type Change, type SetField, type TextField } from './editing';

const detailFields = [
  'title',
  'caseNumber',
  'issuer',
  'municipality',
  'issuedOn',
  'introduction',
  'vision',
  'isExample',
] as const satisfies ReadonlyArray<keyof RemissPackage>;

type DetailsProps = { draft: RemissPackage; change: Change; setField: SetField };

/** Drawn again only when one of its own fields changes, not on every keystroke in a goal. */
export const DetailsEditor = memo(DetailsEditorFields, (before: DetailsProps, after: DetailsProps) =>
  detailFields.every((field) => before.draft[field] === after.draft[field]),
);

function DetailsEditorFields({ draft, change, setField }: DetailsProps) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  const text = (field: TextField, label: string, multiline = false) => (
    <TextInput
      label={label}
      value={draft[field]}
      onChange={(value) => setField(field, value)}
      error={errorAt([field])}
      multiline={multiline}
    />
  );
  return (
    <section className="panel editor-section" aria-labelledby="editor-details">
      <h2 id="editor-details">{e.details}</h2>
      <div className="form">
        {text('title', e.packageTitle)}
        <div className="field-row">
          {text('caseNumber', e.caseNumber)}
          {text('issuer', e.issuer)}
          {text('municipality', e.municipality)}
        </div>
        <div className="field-row">
          <TextInput
            label={e.issuedOn}
            value={draft.issuedOn}
            onChange={(value) => change((d) => void (d.issuedOn = value.trim()))}
            error={errorAt(['issuedOn'])}
          />
        </div>
        {text('introduction', e.introduction, true)}
        {text('vision', e.vision, true)}
        <Checkbox className="checkbox" isSelected={draft.isExample} onChange={(isExample) => change((d) => void (d.isExample = isExample))}>
          <span className="checkbox-box" aria-hidden="true" />
          <span className="checkbox-label">{e.isExample}</span>
        </Checkbox>
      </div>
    </section>
  );
}
