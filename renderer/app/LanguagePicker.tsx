import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';
import { isLanguage, languages } from '../../shared/i18n/messages';
import { useI18n } from '../i18n/I18nProvider';

export function LanguagePicker() {
  const { language, messages, setLanguage } = useI18n();
  const choose = (key: Key | null) => {
    if (isLanguage(key)) void setLanguage(key);
  };
  return (
    <Select className="language-picker" value={language} onChange={choose}>
      <Label>{messages.language.label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {languages.map((code) => (
            <ListBoxItem key={code} id={code} className="listbox-item" lang={code}>
              {messages.language.names[code]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
