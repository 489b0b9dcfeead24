import { megabytes } from '../files/appFiles';
import type { AnswerFileIssue } from '../attachment/answerFile';
import type { RemissPackage } from '../remiss/remissPackage';
import { capitalise, issueSentence, type IssueText } from './issueText';
import type { Messages } from './messages';

type Words = Messages['answerFile'];
type Noun = Words['field'];
type FieldIssue = Extract<AnswerFileIssue, { code: 'field' }>;

/** The goal's number in the file, else that of the package goal it answers, else its position counted from 1. */
function goalNumber(issue: FieldIssue, pkg: Pick<RemissPackage, 'goals'> | undefined): number {
  const goal = issue.goal;
  if (!goal) return 1;
  return goal.number ?? pkg?.goals.find((candidate) => candidate.id === goal.goalId)?.number ?? goal.position + 1;
}

/** "goals, 1, dissents, 0, text" → places "Mål 2", "reservation 1" and subject "texten". */
function describe(words: Words, issue: FieldIssue, pkg: Pick<RemissPackage, 'goals'> | undefined): { places: string[]; subject: Noun } {
  const { path } = issue;
  const places: string[] = [];
  let scope = '';
  let rest = path;
  if (path[0] === 'goals' && typeof path[1] === 'number') {
    places.push(words.goal(goalNumber(issue, pkg)));
    scope = 'goal.';
    rest = path.slice(2);
  } else if (path[0] === 'overall' && path.length > 1) {
    places.push(words.overall);
    scope = 'overall.';
    rest = path.slice(1);
  } else if (path[0] === 'adjustment' && path[1] === 'justerare' && typeof path[2] === 'number') {
    return { places, subject: words.justerare(path[2] + 1) };
  }
  if (rest[0] === 'dissents' && typeof rest[1] === 'number') {
    places.push(words.dissents[issue.dissentKind ?? 'unknown'](rest[1] + 1));
    scope = 'dissent.';
    rest = rest.slice(2);
  }
  if (rest.length === 0) {
    // The entry itself is wrong: it is the subject, not the place.
    const entry = places.pop();
    return { places, subject: entry === undefined ? words.field : { name: entry, neuter: scope === 'goal.' } };
  }
  return { places, subject: words.subjects[`${scope}${rest.join('.')}`] ?? words.field };
}

/**
 * The place and the words for the problem in an answer file: "Mål 2" and "kommentaren är för lång (högst 20000
 * tecken)."; the package, when known, names a goal whose number is lost.
 */
export function answerFileIssueText(messages: Messages, issue: AnswerFileIssue, pkg?: Pick<RemissPackage, 'goals'>): IssueText {
  const words = messages.answerFile;
  const whole = (what: string): IssueText => ({ where: null, what });
  switch (issue.code) {
    case 'tooLarge':
      return whole(words.tooLarge(megabytes(issue.maxBytes)));
    case 'notUtf8':
    case 'notJson':
    case 'notAnswerFile':
    case 'invalidVersion':
      return whole(words[issue.code]);
    case 'newerVersion':
      return whole(words.newerVersion(issue.version));
    case 'field': {
      const { places, subject } = describe(words, issue, pkg);
      const p = words.problems;
      const text = (() => {
        switch (issue.problem) {
          case 'tooLong':
            return p.tooLong(subject, issue.max ?? 0);
          case 'tooMany':
            return p.tooMany(subject, issue.max ?? 0);
          case 'outOfRange':
            return p.outOfRange(subject, issue.min ?? 1, issue.max ?? 1);
          default:
            return p[issue.problem](subject);
        }
      })();
      return { where: places.length > 0 ? capitalise(places.join(', ')) : null, what: `${text}.` };
    }
  }
}

/** The problem as one sentence, naming where it is: "Nämndens namn saknas.", "Mål 2: kommentaren är för lång …". */
export function answerFileIssueMessage(messages: Messages, issue: AnswerFileIssue, pkg?: Pick<RemissPackage, 'goals'>): string {
  return issueSentence(answerFileIssueText(messages, issue, pkg));
}
