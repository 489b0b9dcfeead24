import { lazy, Suspense, type ComponentProps } from 'react';
import type { DateField as EagerDateField } from './DateField';
import { LoadingStatus } from './Loading';

const DateField = lazy(() => import('./DateField').then((module) => ({ default: module.DateField })));

type DateFieldProps = ComponentProps<typeof EagerDateField>;

/**
 * The date field for the start screen. Its date picker and calendar are the largest part of that screen's code, so
 * they load after the first paint; until then the field's label and box hold its place.
 */
export function LazyDateField(props: DateFieldProps) {
  return (
    <Suspense fallback={<DateFieldPlaceholder label={props.label} />}>
      <DateField {...props} />
    </Suspense>
  );
}

function DateFieldPlaceholder({ label }: { label: string }) {
  return (
    <div className="field" aria-busy="true">
      <span className="field-label">{label}</span>
      <div className="date-group">
        <LoadingStatus />
        {/* The calendar button's size, so the box is as tall as the field that replaces it. */}
        <span className="icon-button" aria-hidden="true" />
      </div>
    </div>
  );
}
