import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import type { RatingScale } from '../remiss/remissPackage';
import {
  anonymousViewsInOrder,
  emptyViewRound,
  suggestedRating,
  viewDistribution,
  viewsGiven,
  withAnonymity,
  withAnonymousRowView,
  withCountedView,
  withNamedView,
  type View,
  type ViewRound,
} from './viewRound';

const scale = examplePackage.ratingScale;
const fourSteps: RatingScale = { ...scale, steps: scale.steps.slice(0, 4) };

function named(views: Record<string, View>): ViewRound {
  return Object.entries(views).reduce((round, [id, view]) => withNamedView(round, id, view), emptyViewRound('m-1', 'mal-1'));
}

function anonymous(views: View[]): ViewRound {
  return views.reduce((round, view) => withCountedView(round, null, view), emptyViewRound('m-1', 'mal-1', true));
}

const counts = (round: ViewRound, on = scale, takingPart?: string[]) =>
  viewDistribution(round, on, takingPart).steps.map((step) => step.count);

describe('the distribution of a round of views', () => {
  it('counts each step of the scale, lowest first, and the abstentions apart', () => {
    const distribution = viewDistribution(named({ a: 3, b: 3, c: 5, d: 'abstain', e: 1 }), scale);
    expect(distribution.steps.map((step) => [step.value, step.label, step.count])).toEqual([
      [1, 'Bör sänkas tydligt', 1],
      [2, 'Bör sänkas något', 0],
      [3, 'Lagom', 2],
      [4, 'Bör höjas något', 0],
      [5, 'Bör höjas tydligt', 1],
    ]);
    expect(distribution.abstain).toBe(1);
    expect(distribution.given).toBe(4);
  });

  it('counts in a named round only those who take part in the decision now', () => {
    const round = named({ a: 3, b: 4, gone: 5 });
    expect(counts(round, scale, ['a', 'b'])).toEqual([0, 0, 1, 1, 0]);
  });

  it('has nothing to count before the round starts', () => {
    expect(viewDistribution(null, scale)).toEqual({ steps: expect.any(Array), abstain: 0, given: 0 });
    expect(counts(emptyViewRound('m-1', 'mal-1'))).toEqual([0, 0, 0, 0, 0]);
  });

  it('changes a named view and takes one back', () => {
    const round = withNamedView(withNamedView(named({ a: 2 }), 'a', 4), 'b', 'abstain');
    expect(round.views).toEqual({ a: 4, b: 'abstain' });
    expect(withNamedView(round, 'a', null).views).toEqual({ b: 'abstain' });
  });
});

describe('an anonymous round', () => {
  it('keeps only counts: no participant, no order in which the views came', () => {
    const round = anonymous([5, 3, 'abstain', 3]);
    expect(round.views).toEqual({});
    expect(round.counts).toEqual({ '3': 2, '5': 1, abstain: 1 });
    expect(JSON.stringify(anonymous([3, 5, 3, 'abstain']))).toBe(JSON.stringify({ ...round, counts: { '3': 2, '5': 1, abstain: 1 } }));
  });

  it('moves a changed view from one step to another and never counts below zero', () => {
    const round = withCountedView(anonymous([3, 3]), 3, 4);
    expect(round.counts).toEqual({ '3': 1, '4': 1 });
    expect(withCountedView(round, 2, null).counts).toEqual({ '3': 1, '4': 1 });
    expect(withCountedView(withCountedView(round, 3, null), 4, null).counts).toEqual({});
  });

  it('lays its views out lowest step first, abstentions last, and changes the view in a row', () => {
    const round = anonymous(['abstain', 5, 3, 3]);
    expect(anonymousViewsInOrder(round)).toEqual([3, 3, 5, 'abstain']);
    expect(withAnonymousRowView(round, 2, 1).counts).toEqual({ '1': 1, '3': 2, abstain: 1 });
    expect(withAnonymousRowView(round, 4, 2).counts).toEqual({ '2': 1, '3': 2, '5': 1, abstain: 1 });
    expect(withAnonymousRowView(round, 3, null).counts).toEqual({ '3': 2, '5': 1 });
  });

  it('forgets who said what when a named round becomes anonymous', () => {
    const round = withAnonymity(named({ a: 2, b: 2, c: 'abstain' }), true);
    expect(round).toMatchObject({ anonymous: true, views: {}, counts: { '2': 2, abstain: 1 } });
    expect(JSON.stringify(round)).not.toMatch(/"a"|"b"|"c"/);
  });

  it('becomes named again only while it is empty', () => {
    expect(withAnonymity(anonymous([]), false)).toMatchObject({ anonymous: false, counts: {} });
    expect(() => withAnonymity(anonymous([3]), false)).toThrow();
    expect(() => withNamedView(anonymous([]), 'a', 3)).toThrow();
    expect(() => withCountedView(named({}), null, 3)).toThrow();
  });

  it('counts its views, abstentions included', () => {
    expect(viewsGiven(anonymous([1, 'abstain']))).toBe(2);
    expect(viewsGiven(named({ a: 1, b: 'abstain', c: 5 }))).toBe(3);
  });
});

describe('the rating a round suggests', () => {
  const suggestion = (views: View[], on = scale) => suggestedRating(viewDistribution(anonymous(views), on));

  it('suggests nothing when no one gave a view or everyone abstained', () => {
    expect(suggestion([])).toEqual({ kind: 'none' });
    expect(suggestion(['abstain', 'abstain'])).toEqual({ kind: 'none' });
  });

  it('suggests the middle view of an odd number, abstentions not counted', () => {
    expect(suggestion([1, 5, 4, 'abstain'])).toEqual({ kind: 'step', value: 4, between: null });
    expect(suggestion([2])).toEqual({ kind: 'step', value: 2, between: null });
    expect(suggestion([1, 1, 5])).toEqual({ kind: 'step', value: 1, between: null });
  });

  it('suggests the view both middle views share in an even number', () => {
    expect(suggestion([2, 3, 3, 5])).toEqual({ kind: 'step', value: 3, between: null });
  });

  it('takes of two different middle views the one nearer the scale’s middle', () => {
    expect(suggestion([3, 4, 5, 5])).toEqual({ kind: 'step', value: 4, between: { lower: 4, upper: 5 } });
    expect(suggestion([1, 1, 3, 4])).toEqual({ kind: 'step', value: 3, between: { lower: 1, upper: 3 } });
    expect(suggestion([2, 5])).toEqual({ kind: 'step', value: 2, between: { lower: 2, upper: 5 } });
  });

  it('suggests no step when the two middle views are as near the middle, one on each side', () => {
    expect(suggestion([2, 4])).toEqual({ kind: 'split', lower: 2, upper: 4 });
    expect(suggestion([1, 1, 5, 5])).toEqual({ kind: 'split', lower: 1, upper: 5 });
    expect(suggestion([2, 3], fourSteps)).toEqual({ kind: 'split', lower: 2, upper: 3 });
  });
});
