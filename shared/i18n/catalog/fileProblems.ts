import { bilingual } from '../bilingual';

/** What any file of ours can suffer, worded once, so the package, answer file and backup readers say it alike. */
export const fileProblemText = bilingual(
  {
    tooDeep: (levels: number) =>
      `Filen är för djupt nästlad: den har fler än ${levels} nivåer inuti varandra, vilket ingen fil från Målsamtal har.`,
  },
  {
    tooDeep: (levels: number) =>
      `The file is nested too deeply: it has more than ${levels} levels inside one another, which no Målsamtal file has.`,
  },
);
