import { ownGoalsServing, type Body, type OwnGoal, type OwnGoalForecast } from '../domain/body';
import type { Messages } from '../i18n/messages';
import type { FocusArea, KfGoal } from '../remiss/remissPackage';

/** What the in-depth dialogue on one council goal reads beside its questions. */
export interface InDepthMaterial {
  /** The package's focus areas for the goal, each with its success factors; empty where the package has none. */
  focusAreas: FocusArea[];
  /** The board's own goals that serve this council goal, in the board's order, each with its forecast if entered. */
  ownGoals: OwnGoal[];
}

/** The goal's focus areas and the board's own goals linked to it; a meeting without a body profile has no own goals. */
export function inDepthMaterial(goal: KfGoal, body: Pick<Body, 'ownGoals'> | null | undefined): InDepthMaterial {
  return { focusAreas: goal.focusAreas, ownGoals: body ? ownGoalsServing(body, goal.number) : [] };
}

/** The forecast in one line, the traffic light in words: "Prognos 2026-08-31: Uppnås delvis – Väntetiderna har ökat". */
export function forecastLine(forecast: OwnGoalForecast, words: Messages['bodies']): string {
  const head = forecast.date ? `${words.forecast} ${forecast.date}` : words.forecast;
  const outcome = words.forecastOutcomes[forecast.outcome];
  return forecast.text ? `${head}: ${outcome} – ${forecast.text}` : `${head}: ${outcome}`;
}
