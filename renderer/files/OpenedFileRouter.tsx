import { useEffect } from 'react';
import type { AppFileKind } from '../../shared/files/appFiles';
import type { OpenedFile } from '../../shared/ipc/contract';
import { useBridge } from '../bridge/BridgeProvider';
import { useNavigation } from '../navigation/navigation';
import type { Route } from '../navigation/route';
import { useOpenedFiles } from './openedFiles';

/** The screen that takes each kind of file the user opens by double-click. */
const screenFor: Partial<Record<AppFileKind, Route>> = {
  backup: { screen: 'backups' },
  package: { screen: 'packages' },
};

/** An answer goes to its own package's compilation; one that cannot be read goes to the packages, which explain why. */
async function routeFor(file: OpenedFile): Promise<Route | undefined> {
  if (file.kind !== 'answer') return screenFor[file.kind];
  // Loaded on demand, keeping the answer format's parser off the start screen.
  const { readAnswerFile } = await import('../data/answers');
  const read = readAnswerFile(file);
  return read.parsed.ok ? { screen: 'compile', packageId: read.parsed.value.package.id } : { screen: 'packages' };
}

/** Listens for files opened from the file manager and takes the user to the screen that handles them. Renders nothing. */
export function OpenedFileRouter() {
  const bridge = useBridge();
  const navigate = useNavigation((state) => state.navigate);
  const receive = useOpenedFiles((state) => state.receive);
  useEffect(
    () =>
      bridge.onFileOpened((file) => {
        void routeFor(file).then((screen) => {
          if (!screen) return;
          receive(file);
          navigate(screen);
        });
      }),
    [bridge, navigate, receive],
  );
  return null;
}
