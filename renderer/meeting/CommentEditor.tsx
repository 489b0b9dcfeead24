import { useCallback, useId, useRef, useState } from 'react';
import { Button, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import type { CommentSubject, GoalComment } from '../../shared/domain/dialogue';
import { projectedSubject, toggleProjected, type MeetingSession } from '../../shared/meeting/session';
import type { Rating, RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { agreeComment, saveDraft, setRating, unlockComment } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { tryWrite } from '../stores/refusedWrite';
import { dateTime, ratingText, subjectLabel } from './labels';
import { SaveIndicator } from './SaveIndicator';
import type { TypedText } from '../data/typedText';
import { useTypedText } from '../data/useTypedText';
import { useLiveDraftSender } from '../projector/liveDraft';

const NO_ASSESSMENT = 'none';

function ratingKey(rating: Rating): string | null {
  if (rating === null) return null;
  return rating.kind === 'noAssessment' ? NO_ASSESSMENT : String(rating.value);
}

/** One goal's (or the overall) rating and comment: a draft autosaved as typed, agreed and locked by the meeting. */
export function CommentEditor({
  meetingId,
  subject,
  comment,
  pkg,
  session,
  frozen,
  withRating = true,
  onChange,
}: {
  meetingId: string;
  subject: CommentSubject;
  comment: GoalComment | undefined;
  pkg: RemissPackage;
  session: MeetingSession;
  frozen: boolean;
  withRating?: boolean;
  onChange: (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;
}) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const m = messages.meeting.comment;
  const label = subjectLabel(subject, pkg, messages);
  const [emptyDraft, setEmptyDraft] = useState(false);
  const save = useCallback((typed: TypedText) => saveDraft(database, meetingId, subject, typed), [database, meetingId, subject]);
  const input = useRef<HTMLTextAreaElement>(null);
  const field = useTypedText({ text: comment?.draft ?? '', revision: comment?.draftRevision ?? 0 }, save, m.draft(label), input);
  const draft = field.text;
  const agreed = (comment?.agreedText ?? null) !== null;
  const kind = agreed ? 'agreed' : 'draft';
  const projected = projectedSubject(session) === subject && session.projected?.kind === kind;
  const scale = pkg.ratingScale;
  // While the draft is up, every change goes to the projector at once; the autosave follows at its own pace.
  const live = projected && kind === 'draft';
  const sendLive = useLiveDraftSender(meetingId, live);
  const ratingLockedId = useId();
  const ratingLocked = agreed && !frozen;

  const agree = async () => {
    if (draft.trim() === '') {
      setEmptyDraft(true);
      return;
    }
    setEmptyDraft(false);
    await field.flush();
    if (!(await tryWrite('comment', () => agreeComment(database, meetingId, subject))).written) return;
    // What the projector shows follows the comment into its agreed form.
    if (projectedSubject(session) === subject) await onChange((s) => ({ ...s, projected: { kind: 'agreed', subject } }));
  };

  const unlock = async () => {
    // The draft field follows the stored draft, which the unlock sets to the agreed text.
    if (!(await tryWrite('comment', () => unlockComment(database, meetingId, subject))).written) return;
    if (projectedSubject(session) === subject) await onChange((s) => ({ ...s, projected: { kind: 'draft', subject } }));
    announce(m.unlocked);
  };

  return (
    <div className="comment-editor" role="group" aria-label={label}>
      {withRating && (
        <RadioGroup
          className="rating"
          value={ratingKey(comment?.rating ?? null)}
          // The rating is agreed with the text: it is locked with it, and frozen with the adjusted protocol.
          isDisabled={frozen || agreed}
          aria-describedby={ratingLocked ? ratingLockedId : undefined}
          onChange={(key) =>
            void tryWrite('comment', () =>
              setRating(
                database,
                meetingId,
                subject,
                key === NO_ASSESSMENT ? { kind: 'noAssessment' } : { kind: 'step', value: Number(key) },
              ),
            )
          }
        >
          <Label className="rating-label">
            {m.rating} – {label}: {scale.question}
          </Label>
          {scale.steps.map((step) => (
            <Radio key={step.value} value={String(step.value)} className="radio">
              <span className="radio-dot" aria-hidden="true" />
              {step.value}. {step.label}
            </Radio>
          ))}
          {scale.noAssessmentLabel && (
            <Radio value={NO_ASSESSMENT} className="radio">
              <span className="radio-dot" aria-hidden="true" />
              {scale.noAssessmentLabel}
            </Radio>
          )}
          {ratingLocked && (
            <p id={ratingLockedId} className="field-hint">
              {m.ratingLocked}
            </p>
          )}
        </RadioGroup>
      )}

      {agreed ? (
        <div className="agreed">
          <h4>{m.agreedText}</h4>
          <p className="agreed-text">{comment?.agreedText}</p>
          {comment?.agreedAt && <p className="field-hint">{m.agreed(dateTime(comment.agreedAt))}</p>}
          {!frozen && (
            <Button className="button" onPress={() => void unlock()}>
              {m.unlock}
            </Button>
          )}
        </div>
      ) : (
        <>
          <TextField
            className="field"
            value={draft}
            isReadOnly={frozen}
            onChange={(value) => {
              field.change(value);
              if (live) sendLive({ subject, text: value });
            }}
            onBlur={field.leave}
          >
            <Label>{m.draft(label)}</Label>
            <TextArea className="input textarea" rows={4} ref={input} />
          </TextField>
          <SaveIndicator state={field.state} label={m.draft(label)} notice={field.notice} onRetry={() => void field.flush()} />
          {emptyDraft && <p className="alert">{m.emptyDraft}</p>}
          {!frozen && (
            <Button className="button" onPress={() => void agree()}>
              {m.agree}
            </Button>
          )}
        </>
      )}
      <Button className="button" aria-pressed={projected} onPress={() => void onChange((s) => toggleProjected(s, { kind, subject }))}>
        {agreed ? m.projectAgreed(label) : m.project(label)}
      </Button>
      {projected && <p className="field-hint">{m.onProjector}</p>}

      {comment && comment.history.length > 0 && (
        <details className="history">
          <summary>{m.history}</summary>
          <ol>
            {comment.history.map((version) => (
              <li key={version.unlockedAt}>
                <p className="field-hint">{m.historyItem(dateTime(version.agreedAt), dateTime(version.unlockedAt))}</p>
                {withRating && version.rating !== undefined && (
                  <p className="field-hint">{m.historyRating(ratingText(version.rating, pkg, messages))}</p>
                )}
                <p>{version.text}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
