import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** "danger" for what cannot be undone (the default); "primary" for a choice that only needs a moment's thought. */
  tone?: 'danger' | 'primary';
  children: ReactNode;
}

/** The frame every dialog of the app shares: modal, dismissable with Escape, announced as an alert dialog. */
function AlertDialogFrame({
  isOpen,
  title,
  onDismiss,
  children,
  actions,
}: {
  isOpen: boolean;
  title: string;
  onDismiss: () => void;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onDismiss()} isDismissable>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">{actions}</div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Asks before something that cannot be undone or should not happen by accident; focus starts on Cancel, so Enter never does it. */
export function ConfirmDialog({
  isOpen,
  title,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  tone = 'danger',
  children,
}: ConfirmDialogProps) {
  return (
    <AlertDialogFrame
      isOpen={isOpen}
      title={title}
      onDismiss={onCancel}
      actions={
        <>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice takes focus in a destructive dialog */}
          <Button className="button" onPress={onCancel} autoFocus>
            {cancelLabel}
          </Button>
          <Button className={`button button-${tone}`} onPress={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </AlertDialogFrame>
  );
}

interface MessageDialogProps {
  isOpen: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** Further choices beside Close, e.g. how to resolve an import conflict. */
  actions?: ReactNode;
}

/** Tells the user something that needs reading before going on: why an action was refused, what is wrong in a file. */
export function MessageDialog({ isOpen, title, closeLabel, onClose, children, actions }: MessageDialogProps) {
  return (
    <AlertDialogFrame
      isOpen={isOpen}
      title={title}
      onDismiss={onClose}
      actions={
        <>
          {actions}
          <Button className="button" onPress={onClose}>
            {closeLabel}
          </Button>
        </>
      }
    >
      {children}
    </AlertDialogFrame>
  );
}
