import {
  adjustedSentence,
  attendanceBlocks,
  caseNumberLines,
  type AttachmentBlock,
  type AttachmentModel,
} from '../attachment/attachmentModel';
import { protocolStatus } from '../attachment/protocolPath';
import { messagesFor, type Language } from '../i18n/messages';
import { joinNames } from '../i18n/format';
import { meetingDecisionText } from './decidingBody';
import { assignedJusterare } from './justering';
import { personLabel } from './participants';
import { protocolRecord, type ProtocolInput } from './protocolRecord';

const langTags: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The paragraph's sections, in the order a protocol prints them; shared by the paragraph export and the extract. */
function paragraphBlocks(input: ProtocolInput, titleLevel: 1 | 2): AttachmentBlock[] {
  const { pkg, meeting } = input;
  const language = input.language ?? 'sv';
  const p = messagesFor(language).protocol;
  const record = protocolRecord(input);
  const blocks: AttachmentBlock[] = [
    { kind: 'heading', level: titleLevel, text: p.paragraphTitle(meeting.paragraph, meeting.itemTitle) },
    ...caseNumberLines(pkg, meeting, language).map((text): AttachmentBlock => ({ kind: 'paragraph', role: 'meta', text })),
    { kind: 'heading', level: 2, text: p.descriptionTitle },
    {
      kind: 'paragraph',
      text: `${p.description(pkg.issuer, pkg.municipality, pkg.issuedOn, pkg.title, pkg.caseNumber)} ${p.descriptionAnswer(record.body.name, meeting.attachmentNumber, pkg.deadline)}`,
    },
    { kind: 'heading', level: 2, text: p.decisionTitle },
    { kind: 'paragraph', text: meetingDecisionText(meeting, input.bodyKind, language) },
  ];

  const procedures = record.subjects.filter((subject) => subject.beslutsgang.length > 0);
  if (procedures.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: p.procedureTitle });
    for (const subject of procedures) {
      const label = subject.label ?? p.wholeDecision;
      blocks.push({ kind: 'paragraph', role: 'meta', text: label.charAt(0).toLocaleUpperCase(input.language ?? 'sv') + label.slice(1) });
      blocks.push(...subject.beslutsgang.map((text): AttachmentBlock => ({ kind: 'paragraph', text })));
    }
  }

  for (const kind of ['reservation', 'sarskiltYttrande', 'protokollsanteckning'] as const) {
    const entries = record.subjects.flatMap((subject) => subject.dissents.filter((entry) => entry.kind === kind));
    if (entries.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: p.dissentHeadings[kind] });
    blocks.push(...entries.flatMap((entry) => entry.paragraphs.map((text): AttachmentBlock => ({ kind: 'paragraph', text }))));
  }

  const justerare = assignedJusterare(meeting).map(personLabel);
  const justering: string[] = [];
  if (justerare.length > 0) justering.push(p.justerare(joinNames(justerare, p.and)));
  const adjusted = protocolStatus(meeting) === 'justerat' && meeting.adjustment;
  if (meeting.justering.immediate) justering.push(p.immediate);
  // Once adjusted, when and by whom it was adjusted replaces when it was to happen.
  else if (meeting.justering.date !== null && !adjusted)
    justering.push(p.justeringPlanned(meeting.justering.date, meeting.justering.time, meeting.justering.place));
  if (adjusted) justering.push(adjustedSentence(adjusted, language));
  if (justering.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: p.justeringTitle });
    blocks.push(...justering.map((text): AttachmentBlock => ({ kind: 'paragraph', text })));
  }

  // The decision goes where the package's routes send the adjusted protocol; the unadjusted copy is only a courtesy.
  const routes = pkg.routes
    .filter((route) => route.statuses.includes('justerat'))
    .map((route) => {
      const addresses = route.addresses.join(', ');
      if (route.recipient.trim() === '') return addresses;
      return addresses === '' ? route.recipient : `${route.recipient} (${addresses})`;
    })
    .filter((item) => item !== '');
  const sender = [pkg.issuer, pkg.municipality].filter((part) => part.trim() !== '').join(', ');
  const sendTo = routes.length > 0 ? [...new Set(routes)] : sender === '' ? [] : [sender];
  if (sendTo.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: p.sendToTitle });
    blocks.push({ kind: 'list', items: sendTo });
  }
  return blocks;
}

function header(input: ProtocolInput, extract: boolean): string {
  const { meeting } = input;
  const language = input.language ?? 'sv';
  const p = messagesFor(language).protocol;
  const status = protocolStatus(meeting) === 'justerat' ? p.headerAdjusted : p.headerUnadjusted;
  const paragraph = meeting.paragraph === '' ? [] : [`§\u00a0${meeting.paragraph}`];
  return [extract ? p.extractTitle : meeting.bodyName, ...(extract ? [meeting.bodyName] : []), meeting.date, ...paragraph, status].join(
    ' · ',
  );
}

/**
 * The paragraph as the secretary pastes it into the protocol system: "§ 45" and the item's title, the case number, a
 * short description of the matter, the decision in the body's name, the beslutsgång when it was not unanimous, the
 * reservations and statements, the justering, and whom the decision is sent to.
 */
export function buildParagraphModel(input: ProtocolInput): AttachmentModel {
  const language = input.language ?? 'sv';
  const blocks = paragraphBlocks(input, 1);
  const title = blocks[0]?.kind === 'heading' ? blocks[0].text : input.meeting.itemTitle;
  return {
    lang: langTags[language],
    title,
    header: header(input, false),
    pageOf: messagesFor(language).attachment.pageOf,
    status: protocolStatus(input.meeting),
    blocks,
  };
}

/**
 * The protokollsutdrag, made once the protocol is adjusted: "Utdrag ur protokoll" with the body and the meeting's
 * date, the paragraph, and "Utdrag bestyrks" with room for the secretary's signature and name.
 */
export function buildExtractModel(input: ProtocolInput): AttachmentModel {
  const { meeting } = input;
  const language = input.language ?? 'sv';
  const p = messagesFor(language).protocol;
  const secretary = meeting.participants.find((participant) => participant.role === 'sekreterare' && participant.name.trim() !== '');
  const title = `${p.extractTitle} – ${meeting.bodyName} ${meeting.date}${meeting.paragraph === '' ? '' : ` §\u00a0${meeting.paragraph}`}`;
  return {
    lang: langTags[language],
    title,
    header: header(input, true),
    pageOf: messagesFor(language).attachment.pageOf,
    status: protocolStatus(meeting),
    blocks: [
      { kind: 'heading', level: 1, text: p.extractTitle },
      { kind: 'paragraph', role: 'meta', text: p.extractMeeting(meeting.bodyName, meeting.date) },
      ...attendanceBlocks(meeting, language),
      ...paragraphBlocks(input, 2),
      { kind: 'paragraph', role: 'status', text: p.certified },
      { kind: 'paragraph', text: p.signatureLine },
      ...(secretary ? [{ kind: 'paragraph' as const, text: p.secretary(secretary.name) }] : []),
    ],
  };
}

/** The paragraph as plain text: each section's heading on its own line, as a protocol system takes it when pasted. */
export function paragraphToText(model: AttachmentModel): string {
  const lines = model.blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return block.text;
      case 'list':
        return block.items.map((item) => `– ${item}`).join('\n');
      case 'table':
        return [block.caption, ...block.rows.map((row) => row.join(' · '))].join('\n');
      case 'chart':
        return block.description;
    }
  });
  return `${lines.join('\n\n')}\n`;
}
