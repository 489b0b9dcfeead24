import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator, type Selection } from 'react-aria-components';
import { isLanguage, languages } from '../../shared/i18n/language';
import { useStartI18n } from '../i18n/I18nProvider';
import { GearIcon } from './icons';

export interface SettingsAction {
  id: string;
  label: string;
  onAction: () => void;
}

/**
 * The app's settings, out of the way of the work: the language (also in Electron's View menu) and, where a screen has
 * them, its own less frequent actions.
 */
export function SettingsMenu({ actions = [] }: { actions?: readonly SettingsAction[] }) {
  const { language, messages, setLanguage } = useStartI18n();
  const choose = (keys: Selection) => {
    const [key] = keys === 'all' ? [] : [...keys];
    if (isLanguage(key)) void setLanguage(key);
  };
  return (
    <MenuTrigger>
      <Button className="button button-quiet settings-button">
        <GearIcon /> {messages.room.settings}
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu">
          {actions.length > 0 && (
            <>
              <MenuSection className="menu-section">
                {actions.map((action) => (
                  <MenuItem key={action.id} id={action.id} className="menu-item" onAction={action.onAction}>
                    {action.label}
                  </MenuItem>
                ))}
              </MenuSection>
              <Separator className="menu-separator" />
            </>
          )}
          <MenuSection className="menu-section" selectionMode="single" selectedKeys={[language]} onSelectionChange={choose}>
            <Header className="menu-header">{messages.language.label}</Header>
            {languages.map((code) => (
              <MenuItem key={code} id={code} className="menu-item" lang={code} textValue={messages.language.names[code]}>
                {({ isSelected }) => (
                  <>
                    <span className="menu-check" aria-hidden="true">
                      {isSelected ? '✓' : ''}
                    </span>
                    {messages.language.names[code]}
                  </>
                )}
              </MenuItem>
            ))}
          </MenuSection>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
