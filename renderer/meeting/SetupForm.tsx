import { getLocalTimeZone, today } from '@internationalized/date';
import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { isUnlikelyDate } from '../../shared/domain/calendarDate';
import { meetingForms } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import { isFrozen } from '../../shared/attachment/protocolPath';
import { suggestFocusGoals } from '../../shared/meeting/runningOrder';
import { setupInputOf, validateSetup, type MeetingSetupInput } from '../../shared/meeting/setup';
import { DateField } from '../app/DateField';
import { ConfirmDialog } from '../app/Dialogs';
import { respondentNamed } from '../../shared/remiss/respondents';
import { useDatabase } from '../data/DatabaseProvider';
import { saveSetup, startMeeting, useBodies, usePackages } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { ChoiceSelect } from './ChoiceSelect';
import { HandoutButton } from './HandoutButton';
import { JusteringFieldset } from './JusteringFieldset';
import { ParticipantsFieldset } from './ParticipantsFieldset';

const NO_BODY = '';
const NO_RESPONDENT = '-';

/**
 * The secretary's preparation: body, form, date, place, §, title, package and who takes part. Once the meeting
 * runs, the same form corrects the details (a late participant, the §) without restarting the dialogue.
 */
export function SetupForm({ meeting, running = false }: { meeting: Meeting; running?: boolean }) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const bodies = useBodies() ?? [];
  const packages = usePackages() ?? [];
  const [setup, setSetup] = useState<MeetingSetupInput>(() => setupInputOf(meeting));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // A new date far from today waits for the secretary's yes; the action (save or start) goes on after it.
  const [askDate, setAskDate] = useState<{ start: boolean } | null>(null);
  // "None in the list" chosen on purpose, which the suggestion from the name must not override.
  const [noRespondent, setNoRespondent] = useState(false);
  const m = messages.meeting.setup;

  const packageId = setup.packageId ?? packages.find((p) => p.origin === 'builtIn')?.id ?? packages[0]?.id ?? null;
  const respondents = packages.find((p) => p.id === packageId)?.content.respondents ?? [];
  // Suggested from the body profile's name (or the name typed) until the secretary chooses; never a respondent of another package.
  const respondentId = noRespondent
    ? null
    : setup.respondentId !== null && respondents.some((r) => r.id === setup.respondentId)
      ? setup.respondentId
      : (respondentNamed(respondents, bodies.find((b) => b.id === setup.bodyId)?.name ?? setup.bodyName)?.id ?? null);
  const current = { ...setup, packageId, respondentId };
  const update = (change: Partial<MeetingSetupInput>) => setSetup((s) => ({ ...s, ...change }));

  const submit = async (start: boolean, dateConfirmed = false) => {
    const result = validateSetup(current);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.issues.map((issue) => [issue.field, m.issues[issue.code]])));
      announce(m.fixErrors);
      return;
    }
    setErrors({});
    const newDate = result.value.date !== meeting.date;
    if (newDate && !dateConfirmed && isUnlikelyDate(result.value.date, today(getLocalTimeZone()).toString())) {
      setAskDate({ start });
      return;
    }
    setBusy(true);
    try {
      await saveSetup(database, meeting.id, result.value);
      setFailed(false);
      if (start) {
        const record = packages.find((p) => p.id === result.value.packageId);
        if (!record) throw new Error('package is gone');
        const body = bodies.find((b) => b.id === result.value.bodyId);
        await startMeeting(database, { ...meeting, ...result.value }, record.content, suggestFocusGoals(record.content, body));
        announce(m.started);
      } else announce(m.saved);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(false);
  };

  if (isFrozen(meeting))
    return (
      <>
        {!running && (
          <h1>
            {meeting.bodyName} – {m.title}
          </h1>
        )}
        <p className="notice">{m.frozen}</p>
      </>
    );

  return (
    <>
      {!running && (
        <h1>
          {meeting.bodyName} – {m.title}
        </h1>
      )}
      <Form className="form panel setup-form" validationErrors={errors} validationBehavior="aria" onSubmit={onSubmit} aria-label={m.title}>
        <div className="field-row">
          <ChoiceSelect
            label={m.body}
            value={setup.bodyId ?? NO_BODY}
            choices={[{ id: NO_BODY, label: m.noBody }, ...bodies.map((b) => ({ id: b.id, label: b.name }))]}
            onChange={(id) => {
              const body = bodies.find((b) => b.id === id);
              update({
                bodyId: body?.id ?? null,
                ...(body ? { bodyName: body.name } : {}),
                ...(body?.memberCount && setup.memberCount.trim() === '' ? { memberCount: String(body.memberCount) } : {}),
              });
            }}
          />
          <TextField name="bodyName" className="field" value={setup.bodyName} onChange={(bodyName) => update({ bodyName })} isRequired>
            <Label>{m.bodyName}</Label>
            <Input className="input" />
            <FieldError className="field-error" />
          </TextField>
        </div>
        <div className="field-row">
          <ChoiceSelect
            label={m.meetingForm}
            value={setup.meetingForm}
            choices={meetingForms.map((id) => ({ id, label: m.forms[id] }))}
            onChange={(id) => update({ meetingForm: id as MeetingSetupInput['meetingForm'] })}
          />
          <DateField
            name="date"
            label={m.date}
            value={setup.date}
            isRequired
            error={errors.date}
            onChange={(date) => {
              update({ date });
              if (errors.date) setErrors(({ date: _corrected, ...rest }) => rest);
            }}
          />
          <TextField name="place" className="field" value={setup.place} onChange={(place) => update({ place })}>
            <Label>{m.place}</Label>
            <Input className="input" />
          </TextField>
        </div>
        <div className="field-row">
          <TextField
            name="paragraph"
            className="field field-narrow"
            value={setup.paragraph}
            onChange={(paragraph) => update({ paragraph })}
          >
            <Label>{m.paragraph}</Label>
            <Input className="input" inputMode="numeric" />
            <Text slot="description" className="field-hint">
              {m.paragraphHint}
            </Text>
            <FieldError className="field-error" />
          </TextField>
          <TextField
            name="ownCaseNumber"
            className="field field-narrow"
            value={setup.ownCaseNumber}
            onChange={(ownCaseNumber) => update({ ownCaseNumber })}
          >
            <Label>{m.ownCaseNumber}</Label>
            <Input className="input" />
            <Text slot="description" className="field-hint">
              {m.ownCaseNumberHint}
            </Text>
            <FieldError className="field-error" />
          </TextField>
          <TextField
            name="itemTitle"
            className="field field-wide"
            value={setup.itemTitle}
            onChange={(itemTitle) => update({ itemTitle })}
            isRequired
          >
            <Label>{m.itemTitle}</Label>
            <Input className="input" />
            <FieldError className="field-error" />
          </TextField>
        </div>
        <ChoiceSelect
          label={m.package}
          value={packageId}
          choices={packages.map((p) => ({
            id: p.id,
            label: `${p.content.caseNumber} – ${p.content.title}${p.content.isExample ? ` ${m.example}` : ''}`,
          }))}
          onChange={(id) => update({ packageId: id })}
          isDisabled={running}
          isInvalid={Boolean(errors.packageId)}
          error={errors.packageId}
        />
        {respondents.length > 0 && (
          <ChoiceSelect
            label={messages.respondents.setupLabel}
            value={respondentId ?? NO_RESPONDENT}
            choices={[
              ...respondents.map((r) => ({ id: r.id, label: r.name })),
              { id: NO_RESPONDENT, label: messages.respondents.setupNone },
            ]}
            onChange={(id) => {
              setNoRespondent(id === NO_RESPONDENT);
              update({ respondentId: id === NO_RESPONDENT ? null : id });
            }}
            isDisabled={running}
          />
        )}

        <ParticipantsFieldset setup={setup} body={bodies.find((b) => b.id === setup.bodyId)} errors={errors} onChange={update} />
        <JusteringFieldset
          meetingDate={setup.date}
          participants={setup.participants}
          justering={setup.justering}
          errors={errors}
          onChange={(justering) => update({ justering })}
        />

        {failed && (
          <p className="alert" role="alert">
            {m.saveFailed}
          </p>
        )}
        <div className="button-row">
          <Button type="submit" className="button" isDisabled={busy}>
            {m.save}
          </Button>
          {!running && (
            <Button className="button button-primary" isDisabled={busy} onPress={() => void submit(true)}>
              {m.start}
            </Button>
          )}
        </div>
      </Form>
      {!running && (
        <section className="panel" aria-labelledby="handout-title">
          <h2 id="handout-title">{messages.handout.sectionTitle}</h2>
          <p className="field-hint">{messages.handout.saveHint}</p>
          <HandoutButton meeting={meeting} />
        </section>
      )}
      <ConfirmDialog
        isOpen={askDate !== null}
        title={messages.dates.unlikelyTitle}
        confirmLabel={messages.dates.unlikelyConfirm}
        cancelLabel={messages.dates.unlikelyChange}
        tone="primary"
        onCancel={() => setAskDate(null)}
        onConfirm={() => {
          const start = askDate?.start ?? false;
          setAskDate(null);
          void submit(start, true);
        }}
      >
        <p>{messages.dates.unlikely(current.date)}</p>
      </ConfirmDialog>
    </>
  );
}
