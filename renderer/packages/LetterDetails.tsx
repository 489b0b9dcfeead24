import { contactLineOf } from '../../shared/i18n/letterDetailsLines';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';

type Details = Pick<RemissPackage, 'contacts' | 'support' | 'relatedPlans'>;

/** On the package's page: whom to ask, the support offered and the plans the goals tie to; a group left empty is not shown. */
export function LetterDetails({ content }: { content: Details }) {
  const { messages } = useI18n();
  const t = messages.letterDetails;
  const groups = [
    { id: 'package-contacts', title: t.contacts, lines: content.contacts.map((contact) => contactLineOf(contact, messages)) },
    { id: 'package-support', title: t.supportOffered, lines: content.support },
    { id: 'package-plans', title: t.plans, lines: content.relatedPlans },
  ].filter((group) => group.lines.length > 0);
  return (
    <>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="panel">
          <h2 id={group.id}>{group.title}</h2>
          <ul>
            {group.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
