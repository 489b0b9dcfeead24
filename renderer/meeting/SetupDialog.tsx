import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Meeting } from '../../shared/domain/meeting';
import { useI18n } from '../i18n/I18nProvider';
import { SetupForm } from './SetupForm';

/**
 * The preparation corrected mid-meeting (a late participant, the §), over the room rather than pushing it down. Only
 * its button closes it: neither Escape nor a click beside it throws away what is being typed.
 */
export function SetupDialog({ meeting, isOpen, onClose }: { meeting: Meeting; isOpen: boolean; onClose: () => void }) {
  const { messages } = useI18n();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} isKeyboardDismissDisabled>
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {messages.room.setupTitle}
          </Heading>
          <SetupForm meeting={meeting} running />
          <div className="dialog-actions">
            <Button className="button" onPress={onClose}>
              {messages.room.close}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
