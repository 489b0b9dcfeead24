import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import {
  DRAFT,
  abstainedIds,
  decidedContent,
  emptyDecision,
  lostOwnYrkande,
  outcome,
  proposals,
  reopenDecision,
  takeDecision,
  takingPart,
  voteResult,
  type DecisionRecord,
} from './procedure';

const { meeting, decisions } = exampleMeeting();
const voting = decisions[0]!;
const open: DecisionRecord = { ...voting, participants: null, decided: null, decidedAt: null };
const now = new Date('2020-09-15T17:00:00Z');

describe('the decision procedure', () => {
  it('puts the draft and each own yrkande not withdrawn on the table', () => {
    expect(proposals(voting)).toEqual([DRAFT, 'y2']);
    expect(proposals(emptyDecision(meeting.id, 'mal-1'))).toEqual([DRAFT]);
  });

  it('lets the members present and the serving substitute take part, less those who step aside', () => {
    expect(takingPart(open, meeting.participants).map((person) => person.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p9',
      'p10',
    ]);
    expect(takingPart({ ...open, excludedIds: ['p9'] }, meeting.participants).map((person) => person.id)).not.toContain('p9');
  });

  it('decides by the vote: the majority, or on a tie the chair’s own vote', () => {
    expect(outcome(open, meeting.participants)).toMatchObject({ ok: true, decided: DRAFT, voteResult: { kind: 'majority' } });
    const voters = takingPart(open, meeting.participants);
    const tie = { ...open.vote!, votes: { ...open.vote!.votes, p10: 'nej' as const, p1: 'ja' as const } };
    expect(voteResult(tie, voters, 'p1')).toMatchObject({ kind: 'majority', winner: 'y2' });
    const even = { ...open.vote!, votes: { ...open.vote!.votes, p10: 'avstar' as const } };
    expect(voteResult(even, voters, 'p1')).toMatchObject({ kind: 'casting', winner: DRAFT, tally: { ja: 4, nej: 4, avstar: 1 } });
    expect(voteResult({ ...even, votes: { ...even.votes, p1: 'avstar' } }, voters, 'p1').kind).toBe('majority');
  });

  it('refuses to decide a tie the chair has not voted in, an incomplete vote, or without the chair’s finding', () => {
    const votes = { ...open.vote!.votes, p1: 'avstar' as const };
    expect(outcome({ ...open, vote: { ...open.vote!, votes } }, meeting.participants)).toEqual({
      ok: false,
      problem: 'tieWithoutChairVote',
    });
    const { p9: _absent, ...incomplete } = open.vote!.votes;
    expect(outcome({ ...open, vote: { ...open.vote!, votes: incomplete } }, meeting.participants)).toEqual({
      ok: false,
      problem: 'voteIncomplete',
    });
    expect(outcome({ ...open, vote: { ...open.vote!, nej: DRAFT } }, meeting.participants)).toEqual({
      ok: false,
      problem: 'voteProposalsInvalid',
    });
    expect(outcome({ ...open, vote: null, proposition: null }, meeting.participants)).toEqual({ ok: false, problem: 'propositionMissing' });
    expect(outcome({ ...open, vote: null, proposition: 'y2' }, meeting.participants)).toEqual({ ok: true, decided: 'y2' });
    expect(outcome(undefined, [])).toEqual({ ok: false, problem: 'nobodyTakesPart' });
    expect(outcome(undefined, meeting.participants)).toEqual({ ok: true, decided: DRAFT });
  });

  it('gives the comment the decided proposal’s text and rating, keeping the draft’s where it proposes none', () => {
    const draft = { text: ' Utkastet. ', rating: { kind: 'step' as const, value: 4 } };
    expect(decidedContent(voting, DRAFT, draft)).toEqual({ text: 'Utkastet.', rating: { kind: 'step', value: 4 } });
    expect(decidedContent(voting, 'y2', draft)).toEqual({
      text: 'Nämnden anser att ambitionsnivån för utbildning är rimlig och bör lämnas oförändrad.',
      rating: { kind: 'step', value: 3 },
    });
    expect(decidedContent(voting, 'y3', draft)).toEqual({ text: 'Utkastet.', rating: { kind: 'step', value: 2 } });
  });

  it('fixes who took part when the decision is taken, and lets them follow presence again when it is reopened', () => {
    const taken = takeDecision(open, meeting.participants, DRAFT, now);
    expect(taken.participants?.map((person) => person.name)).toContain('Per Nilsson');
    expect(taken).toMatchObject({ decided: DRAFT, decidedAt: '2020-09-15T17:00:00.000Z' });
    const absent = meeting.participants.map((p) => (p.id === 'p9' ? { ...p, present: false } : p));
    expect(takingPart(taken, absent).map((person) => person.id)).toContain('p9');
    expect(takingPart(reopenDecision(taken), absent).map((person) => person.id)).not.toContain('p9');
    expect(reopenDecision(taken).yrkanden).toEqual(taken.yrkanden);
  });

  it('knows whose yrkande lost, and who abstained', () => {
    expect(lostOwnYrkande(voting, 'p3')).toBe(true);
    expect(lostOwnYrkande(voting, 'p5')).toBe(false);
    expect(lostOwnYrkande(voting, 'p7')).toBe(false);
    expect(lostOwnYrkande({ ...voting, decided: 'y2' }, 'p5')).toBe(true);
    expect(lostOwnYrkande(open, 'p3')).toBe(false);
    expect(abstainedIds({ ...voting, vote: { ...voting.vote!, votes: { ...voting.vote!.votes, p6: 'avstar' } } })).toEqual(['p6']);
  });
});
