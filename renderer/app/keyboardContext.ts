import type { KeyContext } from '../../shared/meeting/sessionKeys';

/** macOS, told the way the browser tells it; read at each use so a test (or a remote session) can change it. */
export function isMacPlatform(): boolean {
  const withHints = navigator as Navigator & { userAgentData?: { platform?: string } };
  const platform = withHints.userAgentData?.platform || navigator.platform || '';
  return /^mac/i.test(platform);
}

/** A field the user types in: a textarea, a text-like input or an editable element; not a checkbox or a button. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('[contenteditable]:not([contenteditable="false"])') !== null ||
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' &&
      !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((target as HTMLInputElement).type))
  );
}

/** Where a key press happened, as the chair's session keys need to know it. */
export function keyContextOf(event: KeyboardEvent): KeyContext {
  return { macOS: isMacPlatform(), inTextField: isTextEntry(event.target) };
}
