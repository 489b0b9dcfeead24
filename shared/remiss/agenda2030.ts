/** One of the UN's 17 global goals for sustainable development, as the municipality's documents name it. */
export interface Agenda2030Goal {
  number: number;
  sv: string;
  en: string;
  /** The UN's official colour for the goal, used on its badge. */
  colour: string;
  /** Text colour with at least 4.5:1 contrast on the goal's colour. */
  textColour: '#000000' | '#ffffff';
}

export const agenda2030Goals: readonly Agenda2030Goal[] = [
  { number: 1, sv: 'Ingen fattigdom', en: 'No poverty', colour: '#E5243B', textColour: '#000000' },
  { number: 2, sv: 'Ingen hunger', en: 'Zero hunger', colour: '#DDA63A', textColour: '#000000' },
  { number: 3, sv: 'God hälsa och välbefinnande', en: 'Good health and well-being', colour: '#4C9F38', textColour: '#000000' },
  { number: 4, sv: 'God utbildning för alla', en: 'Quality education', colour: '#C5192D', textColour: '#ffffff' },
  { number: 5, sv: 'Jämställdhet', en: 'Gender equality', colour: '#FF3A21', textColour: '#000000' },
  { number: 6, sv: 'Rent vatten och sanitet', en: 'Clean water and sanitation', colour: '#26BDE2', textColour: '#000000' },
  { number: 7, sv: 'Hållbar energi för alla', en: 'Affordable and clean energy', colour: '#FCC30B', textColour: '#000000' },
  {
    number: 8,
    sv: 'Anständiga arbetsvillkor och ekonomisk tillväxt',
    en: 'Decent work and economic growth',
    colour: '#A21942',
    textColour: '#ffffff',
  },
  {
    number: 9,
    sv: 'Hållbar industri, innovationer och infrastruktur',
    en: 'Industry, innovation and infrastructure',
    colour: '#FD6925',
    textColour: '#000000',
  },
  { number: 10, sv: 'Minskad ojämlikhet', en: 'Reduced inequalities', colour: '#DD1367', textColour: '#ffffff' },
  { number: 11, sv: 'Hållbara städer och samhällen', en: 'Sustainable cities and communities', colour: '#FD9D24', textColour: '#000000' },
  {
    number: 12,
    sv: 'Hållbar konsumtion och produktion',
    en: 'Responsible consumption and production',
    colour: '#BF8B2E',
    textColour: '#000000',
  },
  { number: 13, sv: 'Bekämpa klimatförändringarna', en: 'Climate action', colour: '#3F7E44', textColour: '#ffffff' },
  { number: 14, sv: 'Hav och marina resurser', en: 'Life below water', colour: '#0A97D9', textColour: '#000000' },
  { number: 15, sv: 'Ekosystem och biologisk mångfald', en: 'Life on land', colour: '#56C02B', textColour: '#000000' },
  {
    number: 16,
    sv: 'Fredliga och inkluderande samhällen',
    en: 'Peace, justice and strong institutions',
    colour: '#00689D',
    textColour: '#ffffff',
  },
  { number: 17, sv: 'Genomförande och globalt partnerskap', en: 'Partnerships for the goals', colour: '#19486A', textColour: '#ffffff' },
];

export function agenda2030Goal(number: number): Agenda2030Goal | undefined {
  return agenda2030Goals[number - 1];
}
