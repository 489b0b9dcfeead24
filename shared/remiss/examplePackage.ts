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
 * The built-in example: the strategy office's internal consultation of 30 June 2020 (KS 2019/160), round 2. It states
 * only what the seed letter and Vaggeryd's public pages say (goals, vision, dates, recipients, bodies, the focus areas'
 * names, Agenda 2030 links where published: goal 3 only); the ambition levels, the scale, the questions and the
 * deadline date are written for the example, and its introduction says exactly that.
 */
export const examplePackage: RemissPackage = {
  id: 'vaggeryd-ks-2019-160-remiss-2',
  title: 'Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål',
  caseNumber: 'KS 2019/160',
  issuer: 'Kommunledningskontoret',
  municipality: 'Vaggeryds kommun',
  issuedOn: '2020-06-30',
  deadline: '2020-09-30',
  deadlineText: 'Ett beslut med en kommentar ska skickas senast efter september månads nämnd.',
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
  // The letter names an address to book support and ask questions, not a name or a role: none is made up from it.
  contacts: [
    {
      id: 'kontakt-1',
      name: '',
      role: '',
      email: 'camilla.wallinkupferberg@vaggeryd.se',
      phone: null,
      about: 'Bokning och frågor från v.33. Även tillgänglig via mail/tlfn. v.27.',
    },
  ],
  support: [
    'Verksamhetsutvecklare samt stödpresentationsmaterial finns tillgängligt vid behov inför, under och/eller efter dialog på sammanträden.',
    'Remissmaterial samt övrigt material finns på intranätgrupp Strategiskt utvecklings- och hållbarhetsprogram (Öppen grupp).',
  ],
  relatedPlans: ['Översiktsplanen (ÖP)', 'Bostadsförsörjningsprogrammet'],
  introduction:
    'Detta är en intern remissomgång 2 kring ett strategiskt utvecklings- och hållbarhetsprogram som enligt KF-beslut ' +
    '2019-05-27 ska förtydliga fullmäktiges övergripande mål och säkerställa hållbarhetsperspektivet enligt Agenda 2030. ' +
    'Remissen handlar om ambitionsnivån för fullmäktiges övergripande mål: en nivå där målen anses uppfyllda ' +
    'tillfredsställande inför uppföljning, och en riktning som alla i Vaggeryds kommun gemensamt arbetar mot. Målen ska ' +
    'hjälpa till att uppfylla vision 2030, gäller hela mandatperioden och är framtagna för att kunna hålla ytterligare en ' +
    'mandatperiod om nästa kommunfullmäktige så beslutar.\n\n' +
    'Nämnder och bolag, alternativt utskott, beredningar, presidier och ledning, förväntas föra dialog om remissen på ' +
    'sina sammanträden i augusti och/eller september, i samband med dialogen om prognosen för sina egna nämnd- och ' +
    'styrelsemål. Rekommendationen är en övergripande dialog följd av en fördjupad dialog inom det eller de områden som ' +
    'nämnden eller styrelsen finner extra intressanta kopplat till de egna målen.\n\n' +
    'Svaret är inte ett slutgiltigt ställningstagande utan ett bidrag till fortsatt dialog, med analysperspektiv och ' +
    'framtidsperspektiv, under hösten och vintern i takt med att större program utvecklas (översiktsplanen, ' +
    'bostadsförsörjningsprogrammet med flera) och andra planer börjar följas upp. Ansvariga tjänstepersoner rekommenderas ' +
    'att läsa inledningen och bakgrunden i Bilaga 1 och inledningen i Bilaga 2 (Agenda 2030-förtydligande).\n\n' +
    'Exempelpaket. Från Vaggeryds kommuns remiss (KS 2019/160) och kommunens publicerade material: målens rubriker, ' +
    'visionen, utskicksdatumet, svarstiden med remissens ord, mottagarna, kontaktadressen, stödet som erbjuds, ' +
    'remissinstanserna, fokusområdenas namn (ur kommunens plan 2023–2026) och ' +
    'kopplingen till Agenda 2030 för mål 3, den enda som kommunen har publicerat. Skrivet av Målsamtal för exemplet: ' +
    'ambitionsnivåerna (Bilaga 1 är inte offentlig), bedömningsskalan, frågorna och sista svarsdag 2020-09-30 (remissen ' +
    'säger bara ”senast efter september månads nämnd”). Framgångsfaktorerna finns i kommunens plan och är inte ' +
    'återgivna här.',
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
      description: 'Ett av kommunfullmäktiges fyra övergripande mål. Alla verksamheter bidrar till alla fyra målen.',
      ambitionLevel:
        'Exempel: Befolkningen ökar varje år, bostadsbyggandet följer bostadsförsörjningsprogrammet, och utsläppen ' +
        'av växthusgaser från kommunens verksamheter minskar i den takt som klimatmålen kräver.',
      focusAreas: [
        { id: 'mal-1-miljo', title: 'Miljö och naturresurser', successFactors: [] },
        { id: 'mal-1-tillvaxt', title: 'Hållbar tillväxt i hela kommunen', successFactors: [] },
        { id: 'mal-1-beredskap', title: 'Beredskap mot oönskade händelser', successFactors: [] },
      ],
      agenda2030: [],
      questions: goalQuestions(1, 'hållbar samhällsutveckling och tillväxt'),
      documentReferences: [],
    },
    {
      id: 'mal-2',
      number: 2,
      title: 'Vaggeryds kommun ska vara en plats med hög sysselsättning, ett varierat näringsliv och en utbildning med god kvalitet',
      description: 'Ett av kommunfullmäktiges fyra övergripande mål. Alla verksamheter bidrar till alla fyra målen.',
      ambitionLevel:
        'Exempel: Sysselsättningsgraden ligger över rikets, andelen elever som når gymnasiebehörighet ökar, och ' +
        'företagens omdöme om kommunens service förbättras.',
      focusAreas: [
        { id: 'mal-2-naringsliv', title: 'Näringsliv och arbetsmarknad', successFactors: [] },
        { id: 'mal-2-utbildning', title: 'Lärande och utbildning', successFactors: [] },
        { id: 'mal-2-forsorjning', title: 'Försörjning', successFactors: [] },
      ],
      agenda2030: [],
      questions: goalQuestions(2, 'sysselsättning, näringsliv och utbildning'),
      documentReferences: [],
    },
    {
      id: 'mal-3',
      number: 3,
      title: 'Vaggeryds kommun ska vara en plats med en hög kunskapsnivå, en aktiv fritid och ett rikt kulturliv – för en god hälsa',
      description:
        'Ett av kommunfullmäktiges fyra övergripande mål. Alla verksamheter bidrar till alla fyra målen. Målet följs också ' +
        'upp genom den upplevda effekten hos de som bor, lever och verkar i kommunen.',
      ambitionLevel:
        'Exempel: Andelen invånare med eftergymnasial utbildning ökar, deltagandet i förenings- och kulturliv ' +
        'ökar bland barn och unga, och den självskattade hälsan förbättras.',
      focusAreas: [
        { id: 'mal-3-folkhalsa', title: 'Folkhälsa', successFactors: [] },
        { id: 'mal-3-vard', title: 'Hälso- och sjukvård samt omsorg', successFactors: [] },
        { id: 'mal-3-kultur', title: 'Kultur, fritid och friluftsutbud', successFactors: [] },
      ],
      agenda2030: [2, 3, 5, 10],
      questions: goalQuestions(3, 'kunskap, fritid, kultur och hälsa'),
      documentReferences: [],
    },
    {
      id: 'mal-4',
      number: 4,
      title: 'Vaggeryds kommun ska vara en plats som är attraktiv, trygg och tillgänglig – där alla känner delaktighet och kan påverka',
      description: 'Ett av kommunfullmäktiges fyra övergripande mål. Alla verksamheter bidrar till alla fyra målen.',
      ambitionLevel:
        'Exempel: Invånarnas upplevda trygghet och nöjdhet med möjligheten att påverka ökar i medborgarundersökningen, ' +
        'och kommunens lokaler och digitala tjänster är tillgängliga för alla.',
      focusAreas: [
        { id: 'mal-4-demokrati', title: 'Demokrati', successFactors: [] },
        { id: 'mal-4-trygghet', title: 'Trygghet', successFactors: [] },
        { id: 'mal-4-tillganglighet', title: 'Tillgänglighet', successFactors: [] },
      ],
      agenda2030: [],
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
