import { megabytes } from '../files/appFiles';
import type { PackageFileIssue, PathSegment } from '../remiss/packageFile';
import { capitalise, issueSentence, type IssueText } from './issueText';
import type { Messages } from './messages';

/** "goals, 2, questions, 0, text" → place "Mål 3, fråga 1" and subject "text"; a goal is named by its own number when known. */
function describePath(
  words: Messages['packageFile'],
  path: readonly PathSegment[],
  goalNumber: number | undefined,
): { place: string; subject: string } {
  const places: string[] = [];
  let subject = words.field;
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index]!;
    const next = path[index + 1];
    const last = index === path.length - 1;
    if (typeof segment === 'number') continue;
    const element = words.elements[segment];
    if (typeof next === 'number' && element) {
      const n = index === 0 && segment === 'goals' && goalNumber !== undefined ? goalNumber : next + 1;
      if (index + 1 === path.length - 1) subject = element(n);
      else places.push(element(n));
    } else if (last) {
      // A word used in two places ("kind") is looked up with its group first: a remissinstans's kind is its "typ".
      subject = words.fields[`${String(path[0])}.${segment}`] ?? words.fields[segment] ?? segment;
    } else {
      places.push(words.groups[segment] ?? words.fields[segment] ?? segment);
    }
  }
  return { place: places.length > 0 ? capitalise(places.join(', ')) : words.wholePackage, subject };
}

/** The place and the words for one problem in a package file: "Mål 3" and "titel saknas". */
export function packageFileIssueText(messages: Messages, issue: PackageFileIssue): IssueText {
  const words = messages.packageFile;
  const whole = (what: string): IssueText => ({ where: null, what });
  switch (issue.code) {
    case 'tooLarge':
      return whole(words.tooLarge(megabytes(issue.maxBytes)));
    case 'notUtf8':
    case 'notJson':
    case 'notPackageFile':
    case 'wrongFormat':
    case 'invalidVersion':
      return whole(words[issue.code]);
    case 'newerVersion':
      return whole(words.newerVersion(issue.version));
    case 'forbiddenKey':
      return whole(words.forbiddenKey(issue.key));
    case 'field': {
      if (issue.path.length === 0)
        return whole(words.problems[issue.problem === 'missing' ? 'missing' : 'wrongType'](words.fields.package!));
      const { place, subject } = describePath(words, issue.path, issue.goalNumber);
      const p = words.problems;
      const text = (() => {
        switch (issue.problem) {
          case 'tooLong':
            return p.tooLong(subject, issue.max ?? 0);
          case 'tooMany':
            return p.tooMany(subject, issue.max ?? 0);
          case 'tooFew':
            return p.tooFew(subject, issue.min ?? 1);
          case 'outOfRange':
            return p.outOfRange(subject, issue.min ?? 1, issue.max ?? 17);
          case 'belowMinimum':
            return p.belowMinimum(subject, issue.min ?? 1);
          case 'duplicate':
            return p.duplicate(subject, issue.value ?? '');
          case 'invalidEmail':
            return p.invalidEmail(subject, issue.value ?? '');
          default:
            return p[issue.problem](subject);
        }
      })();
      return { where: place, what: text };
    }
  }
}

/** The problem as one sentence, naming where it is: "Mål 3: titel saknas". */
export function packageFileIssueMessage(messages: Messages, issue: PackageFileIssue): string {
  return issueSentence(packageFileIssueText(messages, issue));
}
