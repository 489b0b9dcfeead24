import { answerStatuses, type AnswerStatus, type Contact, type RemissPackage } from '../remiss/remissPackage';
import type { Messages } from './messages';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);

/**
 * Where the answer goes, one line per protocol status as the letter puts it: "Ojusterat protokoll: protokollsbilagan
 * och svarsfilen till Kommunledningskontoret, a@b.se". A status no route names is left out.
 */
export function routeLinesByStatus(pkg: Pick<RemissPackage, 'routes'>, messages: Messages): { status: AnswerStatus; line: string }[] {
  const t = messages.letterDetails;
  return answerStatuses.flatMap((status) => {
    const routes = pkg.routes.filter((route) => route.statuses.includes(status));
    if (routes.length === 0) return [];
    const targets = routes.map((route) =>
      t.routeTo(
        route.sends
          .map((content, index) =>
            index === 0 ? messages.respondents.contents[content] : lowerFirst(messages.respondents.contents[content]),
          )
          .join(messages.respondents.and),
        route.recipient.trim(),
        route.addresses.join(', '),
      ),
    );
    return [{ status, line: t.routeStatusLine(t.statusLabels[status], targets.map(lowerFirst).join('; ')) }];
  });
}

/** A contact in one line, with only what the letter gives: a name is never made up from an address. */
export function contactLineOf(contact: Contact, messages: Messages): string {
  const filled = (parts: string[]) => parts.map((part) => part.trim()).filter((part) => part !== '');
  const person = filled([contact.name, contact.role]).join(', ');
  const reach = filled([contact.email ?? '', contact.phone?.trim() ? messages.letterDetails.phone(contact.phone.trim()) : '']).join(', ');
  // "Namn, roll: e-post, tfn 123 – vad frågorna gäller", with only the parts the letter gives.
  const line = person && reach ? `${person}: ${reach}` : person || reach;
  return contact.about.trim() ? `${line} – ${contact.about.trim()}` : line;
}
