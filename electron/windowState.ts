import { z } from '../shared/validation/zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
const MIN_VISIBLE = 100;

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000),
  }),
  maximized: z.boolean(),
});

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The window state to open with: the remembered one if it is well-formed and still visible on
 * one of today's displays (a projector may be gone), otherwise the default size, centred.
 */
export function restoreWindowState(saved: string | null, workAreas: Rectangle[]): WindowState | null {
  if (saved === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(saved);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  if (!parsed.success) return null;
  const visible = workAreas.some((area) => {
    const shared = overlap(parsed.data.bounds, area);
    return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
  });
  return visible ? parsed.data : null;
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state);
}
