import { useEffect } from 'react';
import { useBridge } from '../bridge/BridgeProvider';
import { flushAllWork, hasUnwrittenWork } from '../data/autosave';
import { useUnsavedTexts } from '../stores/unsavedTexts';

/**
 * Nothing typed is lost when the window closes. In Electron the shell asks before it closes: the page writes what
 * waits and answers, or keeps the window open when the database refused a text (the banner then offers a copy and
 * "close anyway"). A browser does not ask, so there the page holds the tab with beforeunload while a write waits.
 */
export function useCloseGuard(shell: 'electron' | 'browser'): void {
  const bridge = useBridge();

  useEffect(
    () =>
      bridge.onCloseRequested(() => {
        void (async () => {
          const written = await flushAllWork();
          useUnsavedTexts.getState().setCloseRefused(!written);
          await bridge.confirmClose({ close: written });
        })();
      }),
    [bridge],
  );

  useEffect(() => {
    if (shell !== 'browser') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnwrittenWork()) return;
      void flushAllWork();
      event.preventDefault();
      // Chromium before 119 asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [shell]);
}
