import { formatCalendarDate } from '../../shared/i18n/format';
import { contactLineOf, routeLinesByStatus } from '../../shared/i18n/letterDetailsLines';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';

type Details = Pick<RemissPackage, 'deadline' | 'deadlineText' | 'routes' | 'contacts' | 'support' | 'relatedPlans'>;

/**
 * Under the introduction, for the secretary and the chair: when the answer is due (the date and the letter's words),
 * where it goes per protocol status, whom to ask, the support offered and the plans the goals tie to. Only what the
 * package holds is shown.
 */
export function IntroductionDetails({ pkg }: { pkg: Details }) {
  const { language, messages } = useI18n();
  const t = messages.letterDetails;
  const deadline = [
    ...(pkg.deadline ? [t.deadlineDate(formatCalendarDate(pkg.deadline, language))] : []),
    ...(pkg.deadlineText.trim() ? [pkg.deadlineText.trim()] : []),
  ];
  const groups = [
    { key: 'deadline', title: t.deadline, lines: deadline },
    { key: 'routes', title: t.answerRoutes, lines: routeLinesByStatus(pkg, messages).map(({ line }) => line) },
    { key: 'contacts', title: t.contacts, lines: pkg.contacts.map((contact) => contactLineOf(contact, messages)) },
    { key: 'support', title: t.supportOffered, lines: pkg.support },
    { key: 'plans', title: t.plans, lines: pkg.relatedPlans },
  ].filter((group) => group.lines.length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="introduction-details" aria-labelledby="introduction-details-title">
      <h3 id="introduction-details-title">{t.introductionDetails}</h3>
      <dl className="facts">
        {groups.map((group) => (
          <div key={group.key}>
            <dt>{group.title}</dt>
            {group.lines.map((line, index) => (
              <dd key={index}>{line}</dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
