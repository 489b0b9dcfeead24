/** What kind of body takes the decision, as its protocol names it: "nämnden", "styrelsen", "utskottet" … */
export const decidingKinds = ['namnd', 'styrelse', 'utskott', 'beredning', 'presidium', 'ledning'] as const;
export type DecidingKind = (typeof decidingKinds)[number];
