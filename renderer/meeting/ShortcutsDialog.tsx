import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { isMacPlatform } from '../app/keyboardContext';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The keys of the meeting room, listed where "?" or a visible button opens them; the round of views' digits run to the
 * number of steps on the package's scale.
 */
export function ShortcutsDialog({
  isOpen,
  onOpenChange,
  scaleSteps,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  scaleSteps: number;
}) {
  const { messages } = useI18n();
  const m = messages.meeting.keys;
  const d = messages.documents.keys;
  const v = messages.viewRound.keys;
  const rows: Array<[string, string]> = [
    ['Alt + →', m.next],
    ['Alt + ←', m.previous],
    ['Alt + T', m.timer],
    ['Alt + N', m.notes],
    ['Alt + P', m.project],
    ['Alt + ↓', m.nextQuestion],
    ['Alt + ↑', m.previousQuestion],
    ['Alt + B', m.blank],
    ['?', m.help],
    ['Page Down', d.nextPage],
    ['Page Up', d.previousPage],
    ['Ctrl + F', d.search],
    [d.hitsKeys, d.hits],
    ['+ / −', d.zoom],
    [v.steps(scaleSteps), v.step],
    ['0', v.abstain],
    ['← / →', v.changeStep],
    ['Delete', v.takeBack],
  ];
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{m.title}</Heading>
              <table className="keys-table">
                <thead>
                  <tr>
                    <th scope="col">{m.key}</th>
                    <th scope="col">{m.action}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([key, action]) => (
                    <tr key={key}>
                      <td>
                        <kbd>{key}</kbd>
                      </td>
                      <td>{action}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {isMacPlatform() && <p>{m.macTextFields}</p>}
              <Button className="button" onPress={close}>
                {m.close}
              </Button>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
