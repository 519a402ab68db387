// Synthetic news articles for the store benchmark and the crash tests: each one distinct (no near-duplicates),
// a few fact sentences the extractor reads, the rest varied filler. Deterministic for a given index.

const STATES = [
  ['Japan', 'JPN'],
  ['Australia', 'AUS'],
  ['India', 'IND'],
  ['the Philippines', 'PHL'],
  ['France', 'FRA'],
  ['Germany', 'DEU'],
  ['Italy', 'ITA'],
  ['Canada', 'CAN'],
  ['the United Kingdom', 'GBR'],
  ['Vietnam', 'VNM'],
  ['Indonesia', 'IDN'],
  ['Sweden', 'SWE'],
] as const;
const CITIES = [
  'Tokyo',
  'Canberra',
  'New Delhi',
  'Manila',
  'Paris',
  'Berlin',
  'Rome',
  'Ottawa',
  'London',
  'Hanoi',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
];
const WORDS = (
  'analysts officials noted regional security cooperation deepening ties maritime patrols supply chains logistics ' +
  'budget parliament ratification ministers delegation talks framework industry shipyard radar aircraft training ' +
  'personnel visit summit dialogue strategy partnership coast guard islands waters drills readiness interoperability ' +
  'technology research procurement export licensing review committee briefing statement agenda priorities allies ' +
  'deterrence stability concerns tensions response capacity building program funding contract delivery schedule'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

type Pick = <T>(list: readonly T[]) => T;

/** One signing date per pair, as real reports of one signing agree on its date. */
function signingDate(b: string): { month: string; day: number; year: number } {
  let h = 7;
  for (const ch of b) h = (h * 31 + ch.charCodeAt(0)) % 100_003;
  return { month: MONTHS[h % MONTHS.length]!, day: 1 + (h % 28), year: 2010 + (h % 12) };
}

const FACT_SENTENCES: ReadonlyArray<(a: string, b: string, pick: Pick, year: number, day: number) => string> =
  [
    (a, b, pick) =>
      `${a} and ${b} signed a reciprocal access agreement in ${pick(CITIES)} on Monday, officials said.`,
    (a, b, pick, _y, day) =>
      `The defense ministers of ${a} and ${b} held talks in ${pick(CITIES)} on ${pick(MONTHS)} ${day}.`,
    (a, b) => `Negotiators from ${a} and ${b} opened talks on an ACSA covering fuel and spare parts.`,
    (a, b) => {
      const d = signingDate(b);
      return `${a} and ${b} signed an information security agreement on ${d.month} ${d.day}, ${d.year}.`;
    },
    (a, b, pick) =>
      `The navies of ${a}, ${b} and ${pick(STATES)[0]} held a joint exercise in the Philippine Sea last week.`,
  ];

export interface SyntheticArticle {
  id: string;
  text: string;
  published: string;
}

/** Article `i`: a publication date line, 2-4 fact sentences among ~250 words of filler unique to this index. */
export function syntheticArticle(i: number, prefix = 'synthetic'): SyntheticArticle {
  const random = rng(0x9e3779b1 ^ (i * 2654435761));
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!;
  const year = 2015 + (i % 10);
  const published = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const lines: string[] = [published];
  const facts = 2 + Math.floor(random() * 3);
  for (let f = 0; f < facts; f++) {
    const [a] = STATES[0];
    let b = pick(STATES)[0];
    if (b === a) b = STATES[1 + (i % (STATES.length - 1))]![0];
    lines.push(pick(FACT_SENTENCES)(a, b, pick, year, 1 + Math.floor(random() * 28)));
    lines.push(filler(random, pick, i, f));
  }
  return { id: `${prefix}-${String(i).padStart(6, '0')}.txt`, text: `${lines.join('\n')}\n`, published };
}

function filler(random: () => number, pick: Pick, i: number, f: number): string {
  const sentences: string[] = [];
  for (let s = 0; s < 3; s++) {
    const words = Array.from({ length: 12 + Math.floor(random() * 10) }, () => pick(WORDS));
    words.splice(4, 0, `${i * 7 + f * 3 + s}`);
    sentences.push(`${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
  }
  return sentences.join(' ');
}
