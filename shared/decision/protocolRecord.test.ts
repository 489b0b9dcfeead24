import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { OVERALL, type Participant } from '../domain/dialogue';
import { DRAFT, emptyDecision, type DecisionRecord, type Yrkande } from './procedure';
import { protocolRecord, type ProtocolInput } from './protocolRecord';

const example = exampleMeeting();
const [voting] = example.decisions;
const yrkande = (id: string): Yrkande => voting!.yrkanden.find((y) => y.id === id)!;

function beslutsgang(record: DecisionRecord | undefined, input: Partial<ProtocolInput> = {}, subject = 'mal-2'): string[] {
  return protocolRecord({ ...example, decisions: record ? [record] : [], ...input }).subjects.find((s) => s.subject === subject)!
    .beslutsgang;
}

/** The goal-2 decision with the vote's result changed: who votes no, and whether the chair votes at all. */
function withVotes(no: string[], abstain: string[] = []): DecisionRecord {
  const votes = Object.fromEntries(
    voting!.participants!.map(
      (person) => [person.id, abstain.includes(person.id) ? 'avstar' : no.includes(person.id) ? 'nej' : 'ja'] as const,
    ),
  );
  return { ...voting!, vote: { ...voting!.vote!, votes }, decided: null };
}

describe('the beslutsgång as the protocol writes it', () => {
  it('writes nothing beyond the decision for a unanimous goal everyone took part in', () => {
    expect(beslutsgang(undefined, {}, 'mal-1')).toEqual([]);
    const record = protocolRecord(example).subjects.find((subject) => subject.subject === 'mal-1');
    expect(record).toMatchObject({ decided: true, unanimous: true, beslutsgang: [], votes: null });
  });

  it('records the yrkanden, the proposition and an open vote by name, 5–4', () => {
    expect(beslutsgang(voting)).toEqual([
      'Lars Nyberg (S) yrkar bifall till kommentaren enligt utkastet.',
      "Siobhán O'Connor (V) yrkar att nämnden gör bedömningen ”Lagom” och lämnar följande kommentar: " +
        '”Nämnden anser att ambitionsnivån för utbildning är rimlig och bör lämnas oförändrad.”',
      "Ordföranden ställer proposition på kommentaren enligt utkastet och Siobhán O'Connors (V) yrkande och finner att nämnden " +
        'beslutar enligt utkastet.',
      "Omröstning begärs och genomförs. Ja-röst för bifall till kommentaren enligt utkastet, nej-röst för bifall till Siobhán O'Connors (V) " +
        'yrkande. Följande röstar ja: Anna-Karin Öberg (S), Åsa Lind-Ängström (C), Lars Nyberg (S), Fatima Hassan (S) och Per Nilsson (KD). ' +
        "Följande röstar nej: Jan Ek (M), Siobhán O'Connor (V), Mikael Strand (M) och Erik Sjöberg (SD). " +
        'Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.',
    ]);
    expect(protocolRecord(example).subjects.find((subject) => subject.subject === 'mal-2')?.votes).toEqual({ ja: 5, nej: 4, avstar: 0 });
  });

  it('leaves a withdrawn yrkande out, as the law asks only for those not withdrawn', () => {
    const text = beslutsgang(voting).join('\n');
    expect(text).not.toContain('Mikael Strand (M) yrkar');
    expect(text).not.toContain('Bör sänkas något');
  });

  it('records a proposition without a vote', () => {
    expect(beslutsgang({ ...voting!, vote: null, proposition: 'y2', decided: 'y2' })).toEqual([
      'Lars Nyberg (S) yrkar bifall till kommentaren enligt utkastet.',
      expect.stringMatching(/^Siobhán O'Connor \(V\) yrkar att nämnden gör bedömningen/),
      "Ordföranden ställer proposition på kommentaren enligt utkastet och Siobhán O'Connors (V) yrkande och finner att nämnden " +
        "beslutar enligt Siobhán O'Connors (V) yrkande.",
    ]);
  });

  it('asks whether the body can decide on the one proposal left when the other is withdrawn', () => {
    const withdrawn = {
      ...voting!,
      yrkanden: voting!.yrkanden.map((y) => (y.id === 'y2' ? { ...y, withdrawn: true } : y)),
      vote: null,
      proposition: null,
    };
    expect(beslutsgang(withdrawn)).toEqual([
      'Lars Nyberg (S) yrkar bifall till kommentaren enligt utkastet.',
      'Ordföranden frågar om nämnden kan besluta enligt utkastet och finner att så sker.',
    ]);
  });

  it('on a tie lets the chair’s own vote decide, and names those who abstain', () => {
    // The chair (p1) votes no with three others; four vote yes; Per Nilsson abstains.
    const tied = withVotes(['p1', 'p3', 'p7', 'p9'], ['p10']);
    const text = beslutsgang(tied).at(-1)!;
    expect(text).toContain('Följande avstår från att rösta: Per Nilsson (KD).');
    expect(text).toContain(
      'Omröstningen ger 4 ja-röster mot 4 nej-röster. Vid lika röstetal har ordföranden utslagsröst, och nämnden beslutar enligt ' +
        "Siobhán O'Connors (V) yrkande.",
    );
  });

  it('names who did not take part in a decision the others took', () => {
    const left: DecisionRecord = {
      ...emptyDecision(example.meeting.id, 'mal-4'),
      participants: voting!.participants!.filter((person) => person.id !== 'p7' && person.id !== 'p9'),
      decided: DRAFT,
      decidedAt: '2020-09-15T17:30:00.000Z',
    };
    expect(beslutsgang(undefined, { decisions: [voting!, left] }, 'mal-4')).toEqual([
      'Mikael Strand (M) och Erik Sjöberg (SD) deltar inte i beslutet.',
    ]);
    expect(
      protocolRecord({ ...example, decisions: [voting!, left], language: 'en' }).subjects.find((s) => s.subject === 'mal-4')?.beslutsgang,
    ).toEqual(['Mikael Strand (M) and Erik Sjöberg (SD) do not take part in the decision.']);
  });

  it('uses the names as they stand now, and the recorded ones for someone since removed from the list', () => {
    const renamed: Participant[] = example.meeting.participants
      .filter((p) => p.id !== 'p5')
      .map((p) => (p.id === 'p3' ? { ...p, name: 'Siobhán Ó Conchúir' } : p));
    const text = beslutsgang(voting, { meeting: { ...example.meeting, participants: renamed } }).join('\n');
    expect(text).toContain('Lars Nyberg (S) yrkar bifall');
    expect(text).toContain('Siobhán Ó Conchúirs (V) yrkande');
  });

  it('writes the same procedure in English for the English export', () => {
    expect(beslutsgang(voting, { language: 'en' })).toEqual([
      'Lars Nyberg (S) proposes approval of the comment as drafted.',
      "Siobhán O'Connor (V) proposes that the board rate the ambition level “Lagom” and give the following comment: " +
        '“Nämnden anser att ambitionsnivån för utbildning är rimlig och bör lämnas oförändrad.”',
      "The chair puts the comment as drafted and Siobhán O'Connor’s (V) proposal to the meeting and finds that the board decides " +
        'in accordance with the draft.',
      expect.stringMatching(
        /^A vote is requested and held\. .* With 5 votes in favour and 4 votes against, the board decides in accordance with the draft\.$/,
      ),
    ]);
  });

  it('writes each reservation and statement once, under the decision it concerns, with the chair’s permission', () => {
    const subjects = protocolRecord(example).subjects;
    expect(subjects.find((s) => s.subject === 'mal-2')?.dissents).toEqual([
      {
        kind: 'reservation',
        paragraphs: [
          "Siobhán O'Connor (V) reserverar sig mot beslutet om mål 2 till förmån för eget yrkande.",
          'Vänsterpartiet anser att nivån ska lämnas oförändrad tills effekterna av gymnasiereformen är kända.',
        ],
      },
    ]);
    expect(subjects.find((s) => s.subject === OVERALL)?.dissents[0]?.paragraphs[0]).toBe(
      'Åsa Lind-Ängström (C) begär att få lämna ett särskilt yttrande. Ordföranden medger att särskilt yttrande får lämnas.',
    );
    expect(subjects.find((s) => s.subject === 'mal-4')?.dissents[0]?.paragraphs[0]).toBe(
      'Jan Ek (M) begär att få göra en protokollsanteckning i fråga om mål 4. Ordföranden medger att protokollsanteckning får göras.',
    );
    const all = subjects.flatMap((s) => s.dissents.flatMap((d) => d.paragraphs));
    expect(all.filter((text) => text.includes('reserverar sig'))).toHaveLength(1);
  });

  it('writes a reservation without "eget yrkande" for one who made none, or whose yrkande won', () => {
    const reservation = { ...example.dissents[0]!, participantId: 'p7', participantName: 'Mikael Strand', party: 'M', text: '' };
    const subjects = protocolRecord({ ...example, dissents: [reservation] }).subjects;
    expect(subjects.find((s) => s.subject === 'mal-2')?.dissents[0]?.paragraphs).toEqual([
      'Mikael Strand (M) reserverar sig mot beslutet om mål 2.',
    ]);
    const won = protocolRecord({ ...example, decisions: [{ ...voting!, decided: 'y2' }] }).subjects;
    expect(won.find((s) => s.subject === 'mal-2')?.dissents[0]?.paragraphs[0]).toBe(
      "Siobhán O'Connor (V) reserverar sig mot beslutet om mål 2.",
    );
    expect(yrkande('y2').participantId).toBe('p3');
  });
});
