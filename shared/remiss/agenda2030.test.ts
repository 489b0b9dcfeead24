import { describe, expect, it } from 'vitest';
import { agenda2030Goal, agenda2030Goals } from './agenda2030';

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the Agenda 2030 catalogue', () => {
  it('holds the 17 goals in order under their Swedish short names', () => {
    expect(agenda2030Goals.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(agenda2030Goal(1)?.sv).toBe('Ingen fattigdom');
    expect(agenda2030Goal(13)?.sv).toBe('Bekämpa klimatförändringarna');
    expect(agenda2030Goal(17)?.en).toBe('Partnerships for the goals');
    expect(agenda2030Goal(18)).toBeUndefined();
  });

  it('gives every badge text that meets WCAG AA contrast on the goal’s colour', () => {
    for (const goal of agenda2030Goals) {
      expect(contrast(goal.colour, goal.textColour), `mål ${goal.number}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
