import { useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
  type Key,
} from 'react-aria-components';

interface TextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  multiline?: boolean;
  className?: string;
}

/** A labelled text field whose error, when there is one, is tied to it for screen readers. */
export function TextInput({ label, value, onChange, error, description, multiline = false, className = 'field' }: TextInputProps) {
  return (
    <TextField className={className} value={value} onChange={onChange} isInvalid={error !== undefined} validationBehavior="aria">
      <Label>{label}</Label>
      {multiline ? <TextArea className="input textarea" /> : <Input className="input" />}
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}

/**
 * A list of short texts edited one per line. The text as typed is kept here, so an empty line being
 * started is not lost between keystrokes; the list handed on has no blank entries.
 */
export function LinesInput({
  label,
  lines,
  onChange,
  description,
  error,
}: {
  label: string;
  lines: string[];
  onChange: (lines: string[]) => void;
  description: string;
  error?: string | undefined;
}) {
  const [text, setText] = useState(() => lines.join('\n'));
  const change = (next: string) => {
    setText(next);
    onChange(
      next
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    );
  };
  return <TextInput label={label} value={text} onChange={change} description={description} error={error} multiline />;
}

export function SelectInput<Value extends string>({
  label,
  value,
  options,
  onChange,
  className = 'field',
}: {
  label: string;
  value: Value;
  options: ReadonlyArray<{ id: Value; label: string }>;
  onChange: (value: Value) => void;
  className?: string;
}) {
  return (
    <Select className={className} value={value} onChange={(key: Key | null) => key !== null && onChange(String(key) as Value)}>
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((option) => (
            <ListBoxItem key={option.id} id={option.id} className="listbox-item">
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

/**
 * A labelled group of checkboxes choosing some of a fixed list; the chosen values come back in the list's order, so
 * what is stored does not depend on the order they were ticked in.
 */
export function ChoicesInput<Value extends string>({
  label,
  options,
  value,
  onChange,
  error,
}: {
  label: string;
  options: readonly { id: Value; label: string }[];
  value: readonly Value[];
  onChange: (value: Value[]) => void;
  error?: string;
}) {
  return (
    <CheckboxGroup
      className="checkbox-group"
      value={[...value]}
      onChange={(chosen) => onChange(options.filter((option) => chosen.includes(option.id)).map((option) => option.id))}
      isInvalid={error !== undefined}
    >
      <Label>{label}</Label>
      {options.map((option) => (
        <CheckboxItem key={option.id} value={option.id}>
          {option.label}
        </CheckboxItem>
      ))}
      <span className="field-error">{error}</span>
    </CheckboxGroup>
  );
}

/** A checkbox inside a CheckboxGroup, drawn with CSS so its state shows without colour alone. */
export function CheckboxItem({ value, children }: { value: string; children: React.ReactNode }) {
  return (
    <Checkbox value={value} className="checkbox">
      <span className="checkbox-box" aria-hidden="true" />
      <span className="checkbox-label">{children}</span>
    </Checkbox>
  );
}
