import { useEffect } from 'react';
import type { AppFileKind } from '../../shared/files/appFiles';
import { useBridge } from '../bridge/BridgeProvider';
import { useNavigation } from '../navigation/navigation';
import type { Route } from '../navigation/route';
import { useOpenedFiles } from './openedFiles';

/** The screen that takes each kind of file the user opens by double-click. */
const screenFor: Partial<Record<AppFileKind, Route>> = {
  backup: { screen: 'backups' },
  package: { screen: 'packages' },
};

/** Listens for files opened from the file manager and takes the user to the screen that handles them. Renders nothing. */
export function OpenedFileRouter() {
  const bridge = useBridge();
  const navigate = useNavigation((state) => state.navigate);
  const receive = useOpenedFiles((state) => state.receive);
  useEffect(
    () =>
      bridge.onFileOpened((file) => {
        const screen = screenFor[file.kind];
        if (!screen) return;
        receive(file);
        navigate(screen);
      }),
    [bridge, navigate, receive],
  );
  return null;
}
