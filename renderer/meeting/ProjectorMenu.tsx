import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { MeetingSession } from '../../shared/meeting/session';
import { ChevronDownIcon } from '../app/icons';
import { useI18n } from '../i18n/I18nProvider';

export type ProjectorAction = 'open' | 'close' | 'blank' | 'timer' | 'takeDown';

/** The chair's projector controls in one menu; the button says when the room's screen is blanked. */
export function ProjectorMenu({ session, onAction }: { session: MeetingSession; onAction: (action: ProjectorAction) => void }) {
  const { messages } = useI18n();
  const m = messages.projector;
  return (
    <MenuTrigger>
      <Button className="button button-quiet">
        {session.blanked ? messages.room.projectorState(m.blankedState) : m.menu} <ChevronDownIcon />
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => onAction(key as ProjectorAction)}>
          <MenuItem id="open" className="menu-item">
            {m.open}
          </MenuItem>
          <MenuItem id="close" className="menu-item">
            {m.close}
          </MenuItem>
          <MenuItem id="blank" className="menu-item">
            {session.blanked ? m.unblank : m.blank}
          </MenuItem>
          <MenuItem id="timer" className="menu-item">
            {session.timerHidden ? m.showTimer : m.hideTimer}
          </MenuItem>
          {session.projected && (
            <MenuItem id="takeDown" className="menu-item">
              {m.takeDown}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
