import { BODY_LIMITS, type RosterMember } from '../domain/body';
import type { Participant, ParticipantRole } from '../domain/dialogue';

/** A participant's name as it is entered: the same bounds as a roster's, so a fetched roster always fits. */
export const PARTICIPANT_LIMITS = { name: BODY_LIMITS.memberName, party: BODY_LIMITS.party } as const;

/** The parties' short forms as Swedish protocols write them after a name; any other is typed freely. */
export const commonParties = ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'] as const;

/** A person as the protocol names them: who they are, and their party's short form. */
export interface PersonRef {
  id: string;
  name: string;
  party: string;
}

/** "Anna Berg (S)", or the name alone when no party is given. */
export function personLabel(person: Pick<PersonRef, 'name' | 'party'>): string {
  const party = person.party.trim();
  return party === '' ? person.name : `${person.name} (${party})`;
}

export function personRef(participant: Participant): PersonRef {
  return { id: participant.id, name: participant.name, party: participant.party };
}

const memberRoles: ReadonlySet<ParticipantRole> = new Set(['ordforande', 'viceOrdforande', 'ledamot']);
const electedRoles: ReadonlySet<ParticipantRole> = new Set(['ordforande', 'viceOrdforande', 'ledamot', 'ersattare']);

/** A member (ledamot) of the body, the chair and vice chair included; not a substitute. */
export function isMember(participant: Pick<Participant, 'role'>): boolean {
  return memberRoles.has(participant.role);
}

/** Elected to the body, as a member or a substitute: not the secretary or an officer. */
export function isElected(participant: Pick<Participant, 'role'>): boolean {
  return electedRoles.has(participant.role);
}

/** Takes part in the body's decisions: a named member present, or a named ersättare present and serving. */
export function isDeciding(participant: Participant): boolean {
  if (!participant.present || participant.name.trim() === '') return false;
  return isMember(participant) || (participant.role === 'ersattare' && participant.serving);
}

/** Who leads the meeting: the chair present, else the vice chair present. */
export function presidingChair(participants: readonly Participant[]): Participant | undefined {
  const present = participants.filter((p) => p.present && p.name.trim() !== '');
  return present.find((p) => p.role === 'ordforande') ?? present.find((p) => p.role === 'viceOrdforande');
}

export interface Quorum {
  /** Members present and serving substitutes: those who take part in the decisions. */
  deciding: number;
  memberCount: number;
  /** More than half of the members are there, as kommunallagen (6 kap. 27 §) requires for a board to deal with matters. */
  quorate: boolean;
}

/** Whether the body may decide, or null when its number of members is not known. */
export function quorum(participants: readonly Participant[], memberCount: number | null | undefined): Quorum | null {
  if (!memberCount || memberCount < 1) return null;
  const deciding = participants.filter(isDeciding).length;
  return { deciding, memberCount, quorate: deciding > memberCount / 2 };
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'accent' }) === 0;

/**
 * The meeting's participants with the body's roster added: each roster person not already listed (by name) comes
 * in present, with party and role; a substitute does not serve until the chair says so. Those listed are kept as they are.
 */
export function withRoster(participants: readonly Participant[], roster: readonly RosterMember[], newId: () => string): Participant[] {
  const added = roster
    .filter((member) => !participants.some((p) => sameName(p.name, member.name)))
    .map((member) => ({
      id: newId(),
      name: member.name,
      party: member.party,
      role: member.role,
      present: true,
      serving: false,
      servesFor: null,
    }));
  return [...participants, ...added];
}

/** How a protocol lists who was there: the deciding members, serving substitutes, other substitutes, and the rest. */
export interface Attendance {
  members: Participant[];
  servingSubstitutes: { substitute: Participant; servesFor: Participant | null }[];
  substitutes: Participant[];
  others: Participant[];
}

const roleOrder: Record<ParticipantRole, number> = {
  ordforande: 0,
  viceOrdforande: 1,
  ledamot: 2,
  ersattare: 3,
  sekreterare: 4,
  tjansteperson: 5,
};

export function attendance(participants: readonly Participant[]): Attendance {
  const present = participants.filter((p) => p.present && p.name.trim() !== '').sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  const byId = new Map(participants.map((p) => [p.id, p]));
  return {
    members: present.filter(isMember),
    servingSubstitutes: present
      .filter((p) => p.role === 'ersattare' && p.serving)
      .map((substitute) => ({ substitute, servesFor: substitute.servesFor === null ? null : (byId.get(substitute.servesFor) ?? null) })),
    substitutes: present.filter((p) => p.role === 'ersattare' && !p.serving),
    others: present.filter((p) => !isElected(p)),
  };
}

/** A participant as a new row in the preparation: present, a chair first and members after, serving only as a member. */
export function newParticipant(id: string, existing: readonly Participant[]): Participant {
  return {
    id,
    name: '',
    party: '',
    role: existing.length === 0 ? 'ordforande' : 'ledamot',
    present: true,
    serving: false,
    servesFor: null,
  };
}
