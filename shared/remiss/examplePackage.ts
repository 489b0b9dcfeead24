import type { Question, QuestionKind, RemissPackage } from './remissPackage';

/** Only the kind of a question is ours to number: ids stay stable so answers can be compiled across boards. */
function questions(prefix: string, entries: ReadonlyArray<readonly [QuestionKind, string]>): Question[] {
  return entries.map(([kind, text], index) => ({ id: `${prefix}-q${index + 1}`, kind, text }));
}

function goalQuestions(number: number, topic: string): Question[] {
  return questions(`mal-${number}`, [
    ['ambition', `Är den föreslagna ambitionsnivån för ${topic} rimlig – för låg, lagom eller för hög? Varför?`],
    ['analysis', 'Hur ser läget ut i dag inom nämndens område? Vad säger uppföljning, statistik och erfarenhet?'],
    ['future', 'Vad behöver hända de kommande åren för att nivån ska nås, och vad kan förändra förutsättningarna?'],
    ['ownGoals', 'Hur hänger målet ihop med nämndens egna mål? Vilka nämndmål bidrar, och var finns glapp?'],
    ['agenda2030', 'Vilka av de globala målen i Agenda 2030 bidrar nämnden till genom arbetet med detta mål?'],
    ['citizenEffect', 'Vilken effekt märker den som bor, lever och verkar i kommunen när målet är uppfyllt?'],
  ]);
}

/**
 * The built-in example: the strategy office's internal consultation of 30 June 2020 (KS 2019/160), round 2.
 * The goals' titles, the vision, the dates and the recipients are Vaggeryds kommun's own; the ambition levels,
 * focus-area texts and questions are written by Målsamtal in the spirit of the remiss, and the package says so.
 */
export const examplePackage: RemissPackage = {
  id: 'vaggeryd-ks-2019-160-remiss-2',
  title: 'Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål',
  caseNumber: 'KS 2019/160',
  issuer: 'Kommunledningskontoret',
  municipality: 'Vaggeryds kommun',
  issuedOn: '2020-06-30',
  deadline: '2020-09-30',
  // As the letter says: the unadjusted protocol to the office right after the meeting, the adjusted decision to
  // kommunstyrelsen's address; the answer file (Målsamtal's) travels with each, so the office can compile both.
  routes: [
    {
      id: 'ojusterat',
      recipient: 'Kommunledningskontoret',
      addresses: ['camilla.wallinkupferberg@vaggeryd.se'],
      sends: ['attachmentPdf', 'answerFile'],
      statuses: ['ojusterat'],
    },
    {
      id: 'justerat',
      recipient: 'Kommunstyrelsen',
      addresses: ['kommunstyrelsen@vaggeryd.se'],
      sends: ['attachmentPdf', 'answerFile'],
      statuses: ['justerat'],
    },
  ],
  introduction:
    'Detta är en intern remissomgång 2 kring ett strategiskt utvecklings- och hållbarhetsprogram som enligt KF-beslut ' +
    '2019-05-27 ska förtydliga fullmäktiges övergripande mål och säkerställa hållbarhetsperspektivet enligt Agenda 2030. ' +
    'Remissen handlar om ambitionsnivån för fullmäktiges övergripande mål: en nivå där målen anses uppfyllda ' +
    'tillfredsställande vid uppföljning, och en riktning som alla i kommunen gemensamt arbetar mot.\n\n' +
    'Rekommendationen är en övergripande dialog om alla mål, följd av en fördjupad dialog inom det eller de områden ' +
    'som nämnden eller styrelsen finner extra intressanta kopplat till de egna nämnd- och styrelsemålen. ' +
    'Svaret är inte ett slutgiltigt ställningstagande utan ett bidrag till fortsatt dialog, med analysperspektiv ' +
    'och framtidsperspektiv.\n\n' +
    'Exempelpaket: målens rubriker, visionen, datumen och mottagarna kommer från Vaggeryds kommuns remiss. ' +
    'Ambitionsnivåerna, fokusområdenas texter och frågorna är skrivna av Målsamtal som exempel – ' +
    'kommunens egna texter finns i remissens Bilaga 1 och Bilaga 2.',
  vision: 'Vision 2030 – ”Här ger vi plats för att göra skillnad”',
  generalQuestions: questions('overgripande', [
    ['ambition', 'Ger de fyra målens ambitionsnivåer tillsammans en rimlig riktning för hela kommunen fram till 2030?'],
    ['analysis', 'Var står kommunen i dag i förhållande till målen, sett från nämndens område?'],
    ['future', 'Vilka förändringar de kommande åren påverkar mest om målen kan nås?'],
    ['citizenEffect', 'Märker den som bor, lever och verkar i kommunen skillnad när målen är uppfyllda?'],
    ['ownGoals', 'Vilka av målen ligger närmast nämndens egna mål och bör få en fördjupad dialog?'],
  ]),
  ratingScale: {
    question: 'Hur bedömer nämnden den föreslagna ambitionsnivån?',
    steps: [
      { value: 1, label: 'Bör sänkas tydligt', description: 'Nivån är orealistisk under perioden.' },
      { value: 2, label: 'Bör sänkas något', description: 'Nivån är något för högt satt.' },
      { value: 3, label: 'Lagom', description: 'Nivån är rimlig och utmanande.' },
      { value: 4, label: 'Bör höjas något', description: 'Kommunen kan nå längre än så.' },
      { value: 5, label: 'Bör höjas tydligt', description: 'Nivån är för lågt satt för att göra skillnad.' },
    ],
    noAssessmentLabel: 'Ingen bedömning',
  },
  goals: [
    {
      id: 'mal-1',
      number: 1,
      title: 'Vaggeryds kommun ska vara en plats med hållbar samhällsutveckling och tillväxt i hela kommunen',
      description: 'Kommunen växer på ett sätt som håller över tid – ekologiskt, socialt och ekonomiskt – i tätorterna och på landsbygden.',
      ambitionLevel:
        'Exempel: Befolkningen ökar varje år, bostadsbyggandet följer bostadsförsörjningsprogrammet, och utsläppen ' +
        'av växthusgaser från kommunens verksamheter minskar i den takt som klimatmålen kräver.',
      focusAreas: [
        {
          id: 'mal-1-miljo',
          title: 'Miljö och naturresurser',
          successFactors: ['Minskade utsläpp av växthusgaser från kommunens verksamheter', 'God vattenkvalitet i sjöar och vattendrag'],
        },
        {
          id: 'mal-1-tillvaxt',
          title: 'Hållbar tillväxt i hela kommunen',
          successFactors: ['Bostäder byggs i alla kommundelar', 'Service finns nära invånarna i hela kommunen'],
        },
        {
          id: 'mal-1-beredskap',
          title: 'Beredskap mot oönskade händelser',
          successFactors: ['Aktuella planer för kris och höjd beredskap', 'Övningar genomförs varje år'],
        },
      ],
      agenda2030: [6, 7, 11, 12, 13, 15],
      questions: goalQuestions(1, 'hållbar samhällsutveckling och tillväxt'),
      documentReferences: [],
    },
    {
      id: 'mal-2',
      number: 2,
      title: 'Vaggeryds kommun ska vara en plats med hög sysselsättning, ett varierat näringsliv och en utbildning med god kvalitet',
      description: 'Den som bor i kommunen har ett arbete att gå till, företag vill etablera sig här och skolan ger alla en god grund.',
      ambitionLevel:
        'Exempel: Sysselsättningsgraden ligger över rikets, andelen elever som når gymnasiebehörighet ökar, och ' +
        'företagens omdöme om kommunens service förbättras.',
      focusAreas: [
        {
          id: 'mal-2-naringsliv',
          title: 'Varierat näringsliv',
          successFactors: ['Nyföretagandet ökar', 'Fler branscher representeras bland kommunens arbetsgivare'],
        },
        {
          id: 'mal-2-utbildning',
          title: 'Utbildning med god kvalitet',
          successFactors: ['Fler elever når gymnasiebehörighet', 'Fler fullföljer gymnasiet inom fyra år'],
        },
      ],
      agenda2030: [4, 8, 9],
      questions: goalQuestions(2, 'sysselsättning, näringsliv och utbildning'),
      documentReferences: [],
    },
    {
      id: 'mal-3',
      number: 3,
      title: 'Vaggeryds kommun ska vara en plats med en hög kunskapsnivå, en aktiv fritid och ett rikt kulturliv – för en god hälsa',
      description: 'Kunskap, fritid och kultur är vägar till en god och jämlik hälsa för alla åldrar.',
      ambitionLevel:
        'Exempel: Andelen invånare med eftergymnasial utbildning ökar, deltagandet i förenings- och kulturliv ' +
        'ökar bland barn och unga, och den självskattade hälsan förbättras.',
      focusAreas: [
        {
          id: 'mal-3-fritid',
          title: 'Aktiv fritid och rikt kulturliv',
          successFactors: ['Fler barn och unga deltar i föreningslivet', 'Biblioteken når fler invånare'],
        },
      ],
      agenda2030: [3, 4],
      questions: goalQuestions(3, 'kunskap, fritid, kultur och hälsa'),
      documentReferences: [],
    },
    {
      id: 'mal-4',
      number: 4,
      title: 'Vaggeryds kommun ska vara en plats som är attraktiv, trygg och tillgänglig – där alla känner delaktighet och kan påverka',
      description: 'Invånarna trivs, känner sig trygga, når kommunens service och har verkliga möjligheter att påverka.',
      ambitionLevel:
        'Exempel: Invånarnas upplevda trygghet och nöjdhet med möjligheten att påverka ökar i medborgarundersökningen, ' +
        'och kommunens lokaler och digitala tjänster är tillgängliga för alla.',
      focusAreas: [
        {
          id: 'mal-4-delaktighet',
          title: 'Delaktighet och inflytande',
          successFactors: ['Fler invånare deltar i medborgardialoger', 'Unga har egna kanaler för inflytande'],
        },
        {
          id: 'mal-4-trygghet',
          title: 'Trygghet och tillgänglighet',
          successFactors: ['Upplevd trygghet ökar', 'Kommunens digitala tjänster uppfyller tillgänglighetskraven'],
        },
      ],
      agenda2030: [5, 10, 11, 16],
      questions: goalQuestions(4, 'attraktivitet, trygghet, tillgänglighet och delaktighet'),
      documentReferences: [],
    },
  ],
  // The bodies that answered Vaggeryd's remiss, by their correct names; their secretaries' addresses are not public.
  respondents: [
    { id: 'kommunstyrelsen', name: 'Kommunstyrelsen', kind: 'styrelse', email: null },
    { id: 'barn-och-utbildningsnamnden', name: 'Barn- och utbildningsnämnden', kind: 'namnd', email: null },
    { id: 'socialnamnden', name: 'Socialnämnden', kind: 'namnd', email: null },
    { id: 'kultur-och-fritidsnamnden', name: 'Kultur- och fritidsnämnden', kind: 'namnd', email: null },
    { id: 'miljo-och-byggnamnden', name: 'Miljö- och byggnämnden', kind: 'namnd', email: null },
    { id: 'vaggeryd-skillingaryds-bostads-ab', name: 'Vaggeryd-Skillingaryds Bostads AB', kind: 'bolag', email: null },
    { id: 'vaggeryds-energi-ab', name: 'Vaggeryds Energi AB', kind: 'bolag', email: null },
  ],
  documents: [],
  isExample: true,
};
