import type { KfGoal, RemissPackage } from './remissPackage';

/** A goal with nothing written yet: the package's first, or one the editor adds. */
export function blankGoal(id: string, number: number): KfGoal {
  return {
    id,
    number,
    title: '',
    description: '',
    ambitionLevel: '',
    focusAreas: [],
    agenda2030: [],
    questions: [],
    documentReferences: [],
  };
}

/**
 * A package started from nothing: every text empty for the strategy office to write, one goal and the two steps a
 * scale needs at least, so the editor has a place for each. Nothing is filled in on the office's behalf; the editor
 * names each empty field until it is written, and the file cannot be exported before.
 */
export function emptyPackage(id: string, issuedOn: string): RemissPackage {
  return {
    id,
    title: '',
    caseNumber: '',
    issuer: '',
    municipality: '',
    issuedOn,
    deadline: null,
    deadlineText: '',
    routes: [],
    contacts: [],
    support: [],
    relatedPlans: [],
    introduction: '',
    vision: '',
    generalQuestions: [],
    ratingScale: {
      question: '',
      steps: [
        { value: 1, label: '', description: '' },
        { value: 2, label: '', description: '' },
      ],
      noAssessmentLabel: null,
    },
    goals: [blankGoal(`${id}-mal-1`, 1)],
    respondents: [],
    documents: [],
    isExample: false,
  };
}
