import { describe, expect, it } from 'vitest';
import type { OwnGoal } from '../domain/body';
import { messagesFor } from '../i18n/messages';
import { examplePackage } from '../remiss/examplePackage';
import { forecastLine, inDepthMaterial } from './ownGoalsInDepth';

const own = (id: string, kfGoalNumbers: number[], forecast?: OwnGoal['forecast']): OwnGoal => ({
  id,
  title: `Mål ${id}`,
  description: '',
  kfGoalNumbers,
  ...(forecast ? { forecast } : {}),
});

describe('inDepthMaterial', () => {
  const goal = examplePackage.goals[1]!;

  it('lists the own goals linked to the council goal with their forecasts, and the package’s focus areas', () => {
    const forecast = { outcome: 'uppnasDelvis' as const, text: 'Väntetiderna har ökat', date: '2026-08-31' };
    const body = { ownGoals: [own('a', [goal.number], forecast), own('b', [goal.number + 1]), own('c', [1, goal.number])] };
    const material = inDepthMaterial(goal, body);
    expect(material.ownGoals.map((g) => g.id)).toEqual(['a', 'c']);
    expect(material.ownGoals[0]!.forecast).toEqual(forecast);
    expect(material.ownGoals[1]!.forecast).toBeUndefined();
    expect(material.focusAreas).toBe(goal.focusAreas);
  });

  it('has no own goals for a meeting without a body profile', () => {
    expect(inDepthMaterial(goal, null).ownGoals).toEqual([]);
    expect(inDepthMaterial(goal, undefined).ownGoals).toEqual([]);
  });
});

describe('forecastLine', () => {
  const sv = messagesFor('sv').bodies;

  it('says the traffic light in words, with its date and line when given', () => {
    expect(forecastLine({ outcome: 'uppnasDelvis', text: 'Väntetiderna har ökat', date: '2026-08-31' }, sv)).toBe(
      'Prognos 2026-08-31: Uppnås delvis – Väntetiderna har ökat',
    );
    expect(forecastLine({ outcome: 'uppnasInte', text: '', date: null }, sv)).toBe('Prognos: Uppnås inte');
    expect(forecastLine({ outcome: 'uppnas', text: '', date: null }, messagesFor('en').bodies)).toBe('Forecast: Will be met');
  });
});
