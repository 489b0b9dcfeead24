/** The reader's zoom levels, in per cent of the page fitted to the panel's width. */
export const ZOOM_LEVELS = [50, 75, 100, 125, 150, 200, 300] as const;

/** The next zoom level in or out from the current one; at either end it stays. */
export function nextZoom(current: number, direction: -1 | 1): number {
  const levels: readonly number[] = ZOOM_LEVELS;
  if (direction === 1) return levels.find((level) => level > current) ?? levels.at(-1)!;
  return [...levels].reverse().find((level) => level < current) ?? levels[0]!;
}

/** What the reader in the meeting room may do with the projector: put its page up, take it down, move down the page. */
export interface ReaderProjector {
  /** The page of this document on the projector, or null when none of its pages is up. */
  projectedPage: number | null;
  /** How far down the projected page the screen starts, and how far it may go. */
  top: number;
  maxTop: number;
  onToggle: (page: number) => void;
  onMove: (direction: -1 | 1) => void;
}
