import { memo, useRef } from 'react';
import { Button } from 'react-aria-components';
import { packageLimits } from '../../../shared/remiss/packageFile';
import type { Contact, RemissPackage } from '../../../shared/remiss/remissPackage';
import { LinesInput, TextInput } from '../../app/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { shortId, useErrorAt, type Change } from './editing';

type LetterDetails = Pick<RemissPackage, 'deadline' | 'deadlineText' | 'contacts' | 'support' | 'relatedPlans'>;
type LetterDetailsProps = { details: LetterDetails; change: Change };
const fields = ['deadline', 'deadlineText', 'contacts', 'support', 'relatedPlans'] as const satisfies ReadonlyArray<keyof LetterDetails>;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** A number is typed with spaces in it ("0370-678 00"): a space is kept as typed, or the next digit would close it up. */
const asTypedOrNull = (value: string) => (value.trim() === '' ? null : value);

/** The letter's deadline (as a date and in its words), whom to ask, the support offered and the plans the goals tie to. */
export const LetterDetailsEditor = memo(LetterDetailsFields, (before: LetterDetailsProps, after: LetterDetailsProps) =>
  fields.every((field) => before.details[field] === after.details[field]),
);

function LetterDetailsFields({ details, change }: LetterDetailsProps) {
  const { messages } = useI18n();
  const t = messages.letterDetails;
  const errorAt = useErrorAt();
  const edit = (index: number, recipe: (contact: Contact) => void) => change((d) => void recipe(d.contacts[index]!));
  // The removed contact's button goes with it: the keyboard lands on the add button rather than the page's start.
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = (index: number) => {
    change((d) => void d.contacts.splice(index, 1));
    addButton.current?.focus();
  };
  return (
    <section className="panel editor-section" aria-labelledby="editor-letter-details">
      <h2 id="editor-letter-details">{t.editorTitle}</h2>
      <p className="field-hint">{t.editorIntro}</p>
      <div className="form">
        <div className="field-row">
          <TextInput
            label={messages.packageEditor.deadline}
            value={details.deadline ?? ''}
            onChange={(value) => change((d) => void (d.deadline = orNull(value)))}
            error={errorAt(['deadline'])}
          />
          <TextInput
            className="field field-wide"
            label={t.deadlineText}
            description={t.deadlineTextHint}
            value={details.deadlineText}
            onChange={(value) => change((d) => void (d.deadlineText = value))}
            error={errorAt(['deadlineText'])}
          />
        </div>
        <h3>{t.contactsTitle}</h3>
        {details.contacts.length === 0 && <p className="empty">{t.noContacts}</p>}
        <ol className="contact-editor-list">
          {details.contacts.map((contact, index) => {
            const label = (field: string) => `${t.contact(index + 1)}: ${field}`;
            return (
              <li key={contact.id}>
                <div role="group" aria-label={t.contact(index + 1)} className="form contact-editor">
                  <div className="field-row">
                    <TextInput
                      label={label(t.contactName)}
                      description={t.contactNameHint}
                      value={contact.name}
                      onChange={(value) => edit(index, (c) => void (c.name = value))}
                      error={errorAt(['contacts', index, 'name'])}
                    />
                    <TextInput
                      label={label(t.contactRole)}
                      value={contact.role}
                      onChange={(value) => edit(index, (c) => void (c.role = value))}
                      error={errorAt(['contacts', index, 'role'])}
                    />
                  </div>
                  <div className="field-row">
                    <TextInput
                      label={label(t.contactEmail)}
                      value={contact.email ?? ''}
                      onChange={(value) => edit(index, (c) => void (c.email = orNull(value)))}
                      error={errorAt(['contacts', index, 'email'])}
                    />
                    <TextInput
                      label={label(t.contactPhone)}
                      value={contact.phone ?? ''}
                      onChange={(value) => edit(index, (c) => void (c.phone = asTypedOrNull(value)))}
                      error={errorAt(['contacts', index, 'phone'])}
                    />
                  </div>
                  <TextInput
                    label={label(t.contactAbout)}
                    value={contact.about}
                    onChange={(value) => edit(index, (c) => void (c.about = value))}
                    error={errorAt(['contacts', index, 'about'])}
                  />
                  <Button className="button button-danger" onPress={() => remove(index)}>
                    {t.removeContact(index + 1)}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          ref={addButton}
          className="button"
          isDisabled={details.contacts.length >= packageLimits.contacts}
          onPress={() =>
            change((d) => void d.contacts.push({ id: `kontakt-${shortId()}`, name: '', role: '', email: null, phone: null, about: '' }))
          }
        >
          {t.addContact}
        </Button>
        <LinesInput
          label={t.support}
          description={t.supportHint}
          lines={details.support}
          onChange={(lines) => change((d) => void (d.support = lines))}
          error={errorAt(['support'], true)}
        />
        <LinesInput
          label={t.relatedPlans}
          description={t.relatedPlansHint}
          lines={details.relatedPlans}
          onChange={(lines) => change((d) => void (d.relatedPlans = lines))}
          error={errorAt(['relatedPlans'], true)}
        />
      </div>
    </section>
  );
}
