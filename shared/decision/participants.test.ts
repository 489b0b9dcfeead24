import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { attendance, isDeciding, personLabel, presidingChair, quorum, withRoster } from './participants';

const { meeting } = exampleMeeting();

describe('participants as a protocol lists them', () => {
  it('names a person with the party’s short form', () => {
    expect(personLabel({ name: 'Anna Berg', party: 'S' })).toBe('Anna Berg (S)');
    expect(personLabel({ name: 'Maria Svensson', party: ' ' })).toBe('Maria Svensson');
  });

  it('lets members present and serving substitutes decide, not others present', () => {
    expect(meeting.participants.filter(isDeciding).map((p) => p.name)).toEqual([
      'Anna-Karin Öberg',
      'Jan Ek',
      "Siobhán O'Connor",
      'Åsa Lind-Ängström',
      'Lars Nyberg',
      'Fatima Hassan',
      'Mikael Strand',
      'Erik Sjöberg',
      'Per Nilsson',
    ]);
  });

  it('lets the vice chair preside when the chair is away', () => {
    expect(presidingChair(meeting.participants)?.name).toBe('Anna-Karin Öberg');
    const away = meeting.participants.map((p) => (p.role === 'ordforande' ? { ...p, present: false } : p));
    expect(presidingChair(away)?.name).toBe('Jan Ek');
  });

  it('finds the body quorate only when more than half of its members take part', () => {
    expect(quorum(meeting.participants, 9)).toEqual({ deciding: 9, memberCount: 9, quorate: true });
    expect(quorum(meeting.participants, 18)).toEqual({ deciding: 9, memberCount: 18, quorate: false });
    expect(quorum(meeting.participants, 17)?.quorate).toBe(true);
    expect(quorum(meeting.participants, null)).toBeNull();
  });

  it('groups those present: members, serving substitutes and whom they replace, substitutes, others', () => {
    const groups = attendance(meeting.participants);
    expect(groups.members).toHaveLength(8);
    expect(groups.servingSubstitutes.map(({ substitute, servesFor }) => [substitute.name, servesFor?.name])).toEqual([
      ['Per Nilsson', 'Karin Holm'],
    ]);
    expect(groups.substitutes.map((p) => p.name)).toEqual(['Eva Lund']);
    expect(groups.others.map((p) => p.name)).toEqual(['Maria Svensson']);
  });

  it('adds the body’s roster to the participants, skipping those already listed, substitutes not serving', () => {
    let id = 0;
    const added = withRoster(
      meeting.participants.slice(0, 1),
      [
        { id: 'r1', name: 'anna-karin öberg', party: 'S', role: 'ordforande' },
        { id: 'r2', name: 'Bo Ek', party: 'M', role: 'ledamot' },
        { id: 'r3', name: 'Cia Dahl', party: 'L', role: 'ersattare' },
      ],
      () => `n${++id}`,
    );
    expect(added.map((p) => [p.name, p.party, p.role, p.present, p.serving])).toEqual([
      ['Anna-Karin Öberg', 'S', 'ordforande', true, false],
      ['Bo Ek', 'M', 'ledamot', true, false],
      ['Cia Dahl', 'L', 'ersattare', true, false],
    ]);
  });
});
