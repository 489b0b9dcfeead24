import { CalendarDate, getLocalTimeZone, parseDate, today } from '@internationalized/date';
import { useLayoutEffect, useRef, useState } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
  type DateSegmentProps,
} from 'react-aria-components';
import { isCalendarDate, isImpossibleDate, isUnlikelyDate } from '../../shared/domain/calendarDate';
import { useStartI18n } from '../i18n/I18nProvider';
import { CalendarIcon } from './icons';

type Segment = DateSegmentProps['segment'];

/** The date the segments show, as typed; null for a segment still empty. */
type Shown = Partial<Record<'year' | 'month' | 'day', number | null>>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The date the segments show once each holds a number; a leading 0 being typed ("0" on the way to "09") is not one yet. */
function shownDate(shown: Shown): string | null {
  const { year, month, day } = shown;
  if (!year || !month || !day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** What the date picker makes of an impossible date when the field is left: the last day of that month. */
function constrained(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new CalendarDate(year, Math.min(12, Math.max(1, month)), 1).set({ day }).toString();
}

function pickerValueOf(value: string): CalendarDate | null {
  return isCalendarDate(value) ? parseDate(value) : null;
}

/** A date segment that tells the field what it shows, so the field sees a date before the picker corrects it. */
function ObservedSegment({ segment, onShown }: { segment: Segment; onShown: (segment: Segment) => void }) {
  useLayoutEffect(() => onShown(segment));
  return <DateSegment segment={segment} className="date-segment" />;
}

/**
 * The app's one date control: typed segment by segment (ÅÅÅÅ-MM-DD) or picked from a calendar. The value is the date as
 * written in Swedish protocols. A date the calendar does not have (2023-02-31) is handed on as typed, so the form can
 * refuse it, and is said to be wrong at once, where the picker alone would quietly make it 28 February; a date more than
 * two years from today is accepted with a question beside it.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  description,
  isRequired = false,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  isRequired?: boolean;
  name?: string;
}) {
  const { messages } = useStartI18n();
  const m = messages.dates;
  const [picker, setPicker] = useState<CalendarDate | null>(() => pickerValueOf(value));
  const [seen, setSeen] = useState(value);
  // A new value from outside is shown; an impossible one keeps the typed segments on screen instead.
  if (value !== seen) {
    setSeen(value);
    if (!isImpossibleDate(value)) setPicker(pickerValueOf(value));
  }
  const shown = useRef<Shown>({});
  const reported = useRef<string | null>(null);
  // The picker's own correction of the impossible date, as the field is left, is still to come and must not count.
  const correctionPending = useRef<string | null>(null);

  const onShown = (segment: Segment) => {
    if (segment.type !== 'year' && segment.type !== 'month' && segment.type !== 'day') return;
    shown.current[segment.type] = segment.isPlaceholder ? null : Number(segment.text);
    const date = shownDate(shown.current);
    if (date && isImpossibleDate(date) && reported.current !== date) {
      reported.current = date;
      correctionPending.current = constrained(date);
      onChange(date);
    } else if (!date || !isImpossibleDate(date)) reported.current = null;
  };

  const change = (date: CalendarDate | null) => {
    const next = date ? date.toString() : '';
    if (correctionPending.current !== null && next === correctionPending.current && isImpossibleDate(value)) {
      correctionPending.current = null;
      setPicker(null);
      return;
    }
    correctionPending.current = null;
    setPicker(date);
    onChange(next);
  };

  const impossible = isImpossibleDate(value);
  const shownError = impossible ? m.impossible(value) : error;
  const unlikely = !shownError && isUnlikelyDate(value, today(getLocalTimeZone()).toString());

  return (
    <DatePicker
      name={name}
      value={picker}
      onChange={change}
      isRequired={isRequired}
      isInvalid={shownError !== undefined}
      validationBehavior="aria"
      className="field"
      granularity="day"
    >
      <Label>{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <ObservedSegment segment={segment} onShown={onShown} />}</DateInput>
        <Button className="icon-button" aria-label={m.openCalendar}>
          <CalendarIcon />
        </Button>
      </Group>
      {(description || unlikely) && (
        <Text slot="description" className="field-hint">
          {description}
          {unlikely && (
            <strong className="field-warning">
              {description && ' '}
              {m.unlikelyTitle} {m.unlikely(value)}
            </strong>
          )}
        </Text>
      )}
      <FieldError className="field-error">{shownError}</FieldError>
      <Popover className="popover" placement="bottom start">
        <Dialog className="calendar-dialog" aria-label={label}>
          <Calendar className="calendar">
            <header className="calendar-header">
              <Button slot="previous" className="icon-button" aria-label={m.previousMonth}>
                ◀
              </Button>
              <Heading className="calendar-heading" />
              <Button slot="next" className="icon-button" aria-label={m.nextMonth}>
                ▶
              </Button>
            </header>
            <CalendarGrid className="calendar-grid">{(day) => <CalendarCell date={day} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
