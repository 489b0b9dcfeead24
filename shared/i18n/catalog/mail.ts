import { bilingual } from '../bilingual';

/** The e-mails Målsamtal writes: the board's answer along each route, the office's send-out and reminders. */
export const mailText = bilingual(
  {
    answerSubject: (status: string, body: string, caseNumber: string) => `Svar på intern remiss ${caseNumber} från ${body} – ${status}`,
    statuses: { ojusterat: 'ojusterat protokoll', justerat: 'justerat protokoll' },
    answerBody: (body: string, title: string, caseNumber: string, meeting: string, status: string, files: string) =>
      `Hej!\n\n${body} lämnar sitt svar på den interna remissen ”${title}” (${caseNumber}), ${meeting}.\n\n${status}\n\n` +
      `Bifogat:\n${files}\n\nMed vänlig hälsning\n${body}\n`,
    meetingAt: (form: 'sammanträde' | 'möte', date: string, paragraph: string) =>
      `beslutat vid ${form === 'möte' ? 'mötet' : 'sammanträdet'} ${date}${paragraph ? `, § ${paragraph}` : ''}`,
    unadjustedNote: 'Protokollet är ännu inte justerat. Det justerade protokollsbeslutet skickas när protokollet har justerats.',
    adjustedNote: (date: string) => `Protokollet justerades ${date}.`,
    fileLine: (what: string, file: string) => `– ${what}: ${file}`,
    contents: { attachmentPdf: 'Protokollsbilagan', answerFile: 'Svarsfilen för kommunledningskontorets sammanställning' },
    sendOutSubject: (caseNumber: string, title: string) => `Intern remiss ${caseNumber}: ${title}`,
    sendOutBody: (
      issuer: string,
      respondent: string,
      title: string,
      caseNumber: string,
      deadline: string,
      routes: string,
      files: string,
      contacts: string,
    ) =>
      `Hej!\n\n${issuer} skickar den interna remissen ”${title}” (${caseNumber}) till ${respondent}.\n\n` +
      `Remisspaketet bifogas som fil och öppnas i Målsamtal, där mötet hålls och svaret skrivs.\n\n${deadline}\n\n` +
      `Svaret skickas så här:\n${routes}\n\n${contacts ? `${contacts}\n\n` : ''}Bifogat:\n${files}\n\nMed vänlig hälsning\n${issuer}\n`,
    deadline: (date: string) => `Svaret ska ha kommit in senast ${date}.`,
    noDeadline: 'Svaret lämnas efter nämndens eller styrelsens sammanträde.',
    routeLine: (recipient: string, addresses: string, what: string, status: string) =>
      `– ${status}: ${what} till ${recipient ? `${recipient}, ` : ''}${addresses}`,
    packageFile: 'Remisspaketet (.msremiss)',
    letter: 'Remissbrevet',
    reminderSubject: (caseNumber: string, title: string) => `Påminnelse: intern remiss ${caseNumber}: ${title}`,
    reminderBody: (issuer: string, respondent: string, title: string, caseNumber: string, due: string, routes: string) =>
      `Hej!\n\n${issuer} har ännu inte fått något svar från ${respondent} på den interna remissen ”${title}” (${caseNumber}). ` +
      `${due}\n\nSvaret skickas så här:\n${routes}\n\nHör gärna av er om ni behöver mer tid eller stöd.\n\nMed vänlig hälsning\n${issuer}\n`,
    duePast: (date: string) => `Svaret skulle ha kommit in senast ${date}.`,
    dueComing: (date: string) => `Svaret ska ha kommit in senast ${date}.`,
    dueUnknown: 'Svaret lämnas efter nämndens eller styrelsens sammanträde.',
    textFileNote: 'Meddelandet som text, för e-postprogram som inte öppnar .eml-filer. Bifoga filerna själv.',
    routesIntro: (status: string) =>
      `Svaret skickas på de vägar remisspaketet anger för ${status}. Spara e-postmeddelandet (.eml) med filerna i och öppna ` +
      'det i Outlook, där det är klart att skicka. I Thunderbird: öppna filen och välj Redigera som nytt meddelande.',
    noRoutes: (status: string) => `Remisspaketet anger ingen väg för ${status}.`,
    routeTitle: (recipient: string) => recipient,
    routeSends: (what: string, addresses: string) => `${what} till ${addresses}`,
    saveEml: (recipient: string) => `Spara e-post till ${recipient} (.eml) …`,
    saveText: (recipient: string) => `Spara e-posten till ${recipient} som text …`,
    writeMailto: (recipient: string) => `Skriv e-post till ${recipient} utan filer`,
    mailtoHint: 'Om e-postprogrammet inte öppnar .eml-filer: skriv e-post utan filer och bifoga dem för hand.',
    emlFilter: 'E-postmeddelande',
    textFilter: 'Textfil',
    emlFileName: (date: string, body: string, recipient: string, status: string) =>
      `${date} ${body} – e-post till ${recipient} (${status})`,
    saved: (file: string) => `E-posten är sparad som ${file}.`,
    failed: 'E-posten kunde inte skapas. Inget har sparats.',
  },
  {
    answerSubject: (status: string, body: string, caseNumber: string) =>
      `Answer to internal consultation ${caseNumber} from ${body} – ${status}`,
    statuses: { ojusterat: 'unadjusted minutes', justerat: 'adjusted minutes' },
    answerBody: (body: string, title: string, caseNumber: string, meeting: string, status: string, files: string) =>
      `Hello,\n\n${body} gives its answer to the internal consultation “${title}” (${caseNumber}), ${meeting}.\n\n${status}\n\n` +
      `Attached:\n${files}\n\nKind regards\n${body}\n`,
    meetingAt: (_form: 'sammanträde' | 'möte', date: string, paragraph: string) =>
      `decided at the meeting of ${date}${paragraph ? `, § ${paragraph}` : ''}`,
    unadjustedNote: 'The minutes are not yet adjusted. The adjusted decision follows once they are.',
    adjustedNote: (date: string) => `The minutes were adjusted on ${date}.`,
    fileLine: (what: string, file: string) => `– ${what}: ${file}`,
    contents: { attachmentPdf: 'The minutes attachment', answerFile: 'The answer file for the strategy office’s compilation' },
    sendOutSubject: (caseNumber: string, title: string) => `Internal consultation ${caseNumber}: ${title}`,
    sendOutBody: (
      issuer: string,
      respondent: string,
      title: string,
      caseNumber: string,
      deadline: string,
      routes: string,
      files: string,
      contacts: string,
    ) =>
      `Hello,\n\n${issuer} sends the internal consultation “${title}” (${caseNumber}) to ${respondent}.\n\n` +
      `The remiss package is attached as a file and opens in Målsamtal, where the meeting is held and the answer written.\n\n${deadline}\n\n` +
      `The answer is sent like this:\n${routes}\n\n${contacts ? `${contacts}\n\n` : ''}Attached:\n${files}\n\nKind regards\n${issuer}\n`,
    deadline: (date: string) => `The answer is due on ${date} at the latest.`,
    noDeadline: 'The answer is given after the board’s meeting.',
    routeLine: (recipient: string, addresses: string, what: string, status: string) =>
      `– ${status}: ${what} to ${recipient ? `${recipient}, ` : ''}${addresses}`,
    packageFile: 'The remiss package (.msremiss)',
    letter: 'The consultation letter',
    reminderSubject: (caseNumber: string, title: string) => `Reminder: internal consultation ${caseNumber}: ${title}`,
    reminderBody: (issuer: string, respondent: string, title: string, caseNumber: string, due: string, routes: string) =>
      `Hello,\n\n${issuer} has not yet received an answer from ${respondent} to the internal consultation “${title}” (${caseNumber}). ` +
      `${due}\n\nThe answer is sent like this:\n${routes}\n\nPlease tell us if you need more time or support.\n\nKind regards\n${issuer}\n`,
    duePast: (date: string) => `The answer was due on ${date}.`,
    dueComing: (date: string) => `The answer is due on ${date} at the latest.`,
    dueUnknown: 'The answer is given after the board’s meeting.',
    textFileNote: 'The message as text, for mail programs that do not open .eml files. Attach the files yourself.',
    routesIntro: (status: string) =>
      `The answer is sent along the routes the remiss package names for the ${status}. Save the e-mail (.eml) with the files ` +
      'in it and open it in Outlook, where it is ready to send. In Thunderbird: open the file and choose Edit As New Message.',
    noRoutes: (status: string) => `The remiss package names no route for the ${status}.`,
    routeTitle: (recipient: string) => recipient,
    routeSends: (what: string, addresses: string) => `${what} to ${addresses}`,
    saveEml: (recipient: string) => `Save e-mail to ${recipient} (.eml) …`,
    saveText: (recipient: string) => `Save the e-mail to ${recipient} as text …`,
    writeMailto: (recipient: string) => `Write e-mail to ${recipient} without files`,
    mailtoHint: 'If the mail program does not open .eml files: write the e-mail without files and attach them by hand.',
    emlFilter: 'E-mail message',
    textFilter: 'Text file',
    emlFileName: (date: string, body: string, recipient: string, status: string) => `${date} ${body} – e-mail to ${recipient} (${status})`,
    saved: (file: string) => `The e-mail is saved as ${file}.`,
    failed: 'The e-mail could not be made. Nothing was saved.',
  },
);
