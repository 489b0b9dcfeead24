import type { RemissPackage } from '../remiss/remissPackage';
import { goToAdjacentStep, moveQuestion, toggleBlanked, toggleCurrentTimer, type MeetingSession } from './session';

/** What a key press says, as a browser reports it; the map needs nothing else from the event. */
export interface KeyDescription {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** A change to the stored session, made from the session as stored at that moment (never from a stale screen). */
export type SessionChange = (session: MeetingSession, pkg: RemissPackage, now: number) => MeetingSession;

export interface SessionKeyAction {
  change: SessionChange;
  /** The change moves the room to another step, so the window that made it tells the step's name and moves focus. */
  movesStep: boolean;
}

const actions: Record<string, SessionKeyAction> = {
  ArrowRight: { change: (s, _pkg, now) => goToAdjacentStep(s, 'next', now), movesStep: true },
  ArrowLeft: { change: (s, _pkg, now) => goToAdjacentStep(s, 'previous', now), movesStep: true },
  KeyT: { change: (s, _pkg, now) => toggleCurrentTimer(s, now), movesStep: false },
  KeyB: { change: (s) => toggleBlanked(s), movesStep: false },
  ArrowDown: { change: (s, pkg) => moveQuestion(s, pkg, 1), movesStep: false },
  ArrowUp: { change: (s, pkg) => moveQuestion(s, pkg, -1), movesStep: false },
};

/** Where the key was pressed: on macOS, Option(Alt)+arrows move the caret by word or paragraph inside a text field. */
export interface KeyContext {
  macOS: boolean;
  inTextField: boolean;
}

const arrows = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']);

/**
 * The chair's session keys (Alt with →/←, T, B, ↓/↑), the one map both the meeting room and the projector obey;
 * null for any other key. The physical key (code) wins, so a keyboard layout that turns Alt+T into a symbol still works.
 * On macOS the arrows are left to a focused text field, where they are the system's own word and paragraph moves.
 */
export function sessionKeyAction(key: KeyDescription, context: KeyContext = { macOS: false, inTextField: false }): SessionKeyAction | null {
  if (!key.altKey || key.ctrlKey || key.metaKey) return null;
  if (context.macOS && context.inTextField && (arrows.has(key.code) || arrows.has(key.key))) return null;
  return actions[key.code] ?? actions[key.key] ?? null;
}
