import { bilingual } from '../bilingual';

/** The strategy office's round: matching answers to remissinstanser, the status per body, e-mail and the report. */
export const roundText = bilingual(
  {
    unknownRespondent: (file: string, body: string) =>
      `${file}: ${body} finns inte bland remisspaketets remissinstanser. Svaret lades inte till.`,
    notMatched: (file: string, body: string) => `${file}: svaret från ${body} lades inte till.`,
    needsMatch: (file: string, body: string) => `${file}: svaret från ${body} väntar på att du väljer remissinstans.`,
    matchTitle: 'Svar utan remissinstans',
    matchIntro:
      'Svarsfilerna nedan är gjorda i en äldre version av Målsamtal och säger inte vilken remissinstans de svarar för. ' +
      'Välj remissinstans för varje svar. Förslaget bygger bara på namnet – kontrollera det.',
    matchLabel: (file: string, body: string) => `${body} (${file})`,
    doNotImport: 'Importera inte',
    matchConfirm: 'Importera med valda remissinstanser',
    matchCancel: 'Avbryt',
    progress: (done: number, total: number) => `Läser svarsfiler: ${done} av ${total}`,
    progressLabel: 'Import av svarsfiler',
    cancelImport: 'Avbryt importen',
    importCancelled: 'Importen avbröts. Inget har ändrats.',
    chooseFolder: 'Välj en mapp med svarsfiler …',
    unmatchedTitle: 'Svar som inte hör till någon remissinstans',
    unmatched: (bodies: string) =>
      `Svaren från ${bodies} sparades innan remisspaketet angav remissinstanser med identitet. De räknas, men syns inte i ` +
      'översikten per remissinstans. Importera dem på nytt för att knyta dem till en remissinstans.',
  },
  {
    unknownRespondent: (file: string, body: string) =>
      `${file}: ${body} is not among the remiss package’s consulted bodies. The answer was not added.`,
    notMatched: (file: string, body: string) => `${file}: the answer from ${body} was not added.`,
    needsMatch: (file: string, body: string) => `${file}: the answer from ${body} is waiting for you to choose its consulted body.`,
    matchTitle: 'Answers without a consulted body',
    matchIntro:
      'The answer files below were made by an older version of Målsamtal and do not say which consulted body they answer for. ' +
      'Choose the consulted body for each answer. The suggestion is based on the name alone – check it.',
    matchLabel: (file: string, body: string) => `${body} (${file})`,
    doNotImport: 'Do not import',
    matchConfirm: 'Import with the chosen consulted bodies',
    matchCancel: 'Cancel',
    progress: (done: number, total: number) => `Reading answer files: ${done} of ${total}`,
    progressLabel: 'Import of answer files',
    cancelImport: 'Cancel the import',
    importCancelled: 'The import was cancelled. Nothing has changed.',
    chooseFolder: 'Choose a folder of answer files …',
    unmatchedTitle: 'Answers that belong to no consulted body',
    unmatched: (bodies: string) =>
      `The answers from ${bodies} were stored before the remiss package named its consulted bodies with an identity. They ` +
      'count, but are not shown in the overview by consulted body. Import them again to tie them to a consulted body.',
  },
);
