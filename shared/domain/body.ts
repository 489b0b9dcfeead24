/** The kinds of body that answer a remiss, as the seed names them. */
export const bodyKinds = ['namnd', 'styrelse', 'bolag', 'utskott', 'presidium'] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** A board's own goal (nämndmål / styrelsemål), linked to the council's goals it serves. */
export interface OwnGoal {
  id: string;
  title: string;
  description: string;
  /** Numbers of the KF goals this goal contributes to; numbers survive from one remiss round to the next. */
  kfGoalNumbers: number[];
}

/** A board, company or committee that holds its meetings on this laptop; several may share one. */
export interface Body {
  id: string;
  name: string;
  kind: BodyKind;
  ownGoals: OwnGoal[];
  createdAt: string;
  updatedAt: string;
}

/** KF goal numbers that the body's own goals touch, in order: the suggested goals for the in-depth dialogue. */
export function linkedKfGoalNumbers(body: Pick<Body, 'ownGoals'>): number[] {
  return [...new Set(body.ownGoals.flatMap((goal) => goal.kfGoalNumbers))].sort((a, b) => a - b);
}
