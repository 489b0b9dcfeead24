import type { RemissPackage } from './remissPackage';

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
    routes: [],
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
    goals: [
      {
        id: `${id}-mal-1`,
        number: 1,
        title: '',
        description: '',
        ambitionLevel: '',
        focusAreas: [],
        agenda2030: [],
        questions: [],
        documentReferences: [],
      },
    ],
    respondents: [],
    documents: [],
    isExample: false,
  };
}
