import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';

export interface Choice {
  id: string;
  label: string;
}

/** A labelled react-aria Select over a few named choices. */
export function ChoiceSelect({
  label,
  choices,
  value,
  onChange,
  isInvalid,
  error,
  isDisabled,
  placeholder,
}: {
  label: string;
  choices: Choice[];
  value: string | null;
  onChange: (id: string) => void;
  isInvalid?: boolean;
  error?: string;
  isDisabled?: boolean;
  placeholder?: string;
}) {
  return (
    <Select
      className="field"
      value={value}
      onChange={(key: Key | null) => key !== null && onChange(String(key))}
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      placeholder={placeholder}
    >
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      {error && <FieldError className="field-error">{error}</FieldError>}
      <Popover className="popover">
        <ListBox className="listbox">
          {choices.map((choice) => (
            <ListBoxItem key={choice.id} id={choice.id} className="listbox-item">
              {choice.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
