/**
 * Builds data/records/prc-fma-106-01479-08/record.json: the text of the Wilson Center page
 * (verbatim), and the places, people, events and lines it refers to, with every mention anchored
 * by `anchor()` (W3C Web Annotation selectors). Run with `npm run record:build`; the record is
 * validated before it is written and a unit test fails when the committed file is stale.
 *
 * Source: shared/seeds/000_3473856850622fa9.txt, a scrape of "Record of Conversation between
 * Kim Il Sung and the Chinese Delegation", October 29, 1965, PRC FMA 106-01479-08, 85-88.
 * Page debris ("Skip to content", "Record ID", "Original Uploaded Date", a repeated "MacArthur
 * Foundation") is left out; the obfuscated contact e-mail in the rights statement is replaced by
 * a bracketed note rather than by an invented address.
 *
 * Judgement calls that have no field of their own:
 * - "information from the West" (paragraph 6) names no place: "the West" there means Western
 *   governments and press, a political bloc without a location, so it is not mapped.
 * - "other cities have begun to dig" names no city: it is part of an event placed in North Korea.
 * - "we"/"us" are mostly left untagged (they mean the speakers, the Party or both sides at once);
 *   "our"/"Our Party"/"a small country" are linked to North Korea where they plainly mean the state.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchor } from '../src/lib/model/anchor.ts';
import { formatProblem, validateRecord } from '../src/lib/model/validate.ts';
import type {
  ArchivalRecord, DemarcationLine, HistEvent, Mention, Part, Person, Place, Tour,
} from '../src/lib/model/types.ts';

export const RECORD_FILE = fileURLToPath(new URL('../data/records/prc-fma-106-01479-08/record.json', import.meta.url));

// ---------------------------------------------------------------------------------------------
// The text, copied character for character from the seed (curly quotes, em dashes, "…" and the
// archive's own typos included). tests/unit/record-data.test.ts compares the body with the seed.
// ---------------------------------------------------------------------------------------------
const BODY: readonly string[] = [
  "Premier Kim Il Sung met with the members of the [Chinese] People’s Delegation on 28 [October 1965].",
  "Premier Kim praised the [Chinese People’s] Volunteer Army for forging a deep friendship with the Korean people during its eight years in Korea. Afterwards, he said that “we believe that in the future we will still have the opportunity to fight alongside with you. This is because the American imperialists are still in South Korea and they are unwilling to leave. Who knows when they will attack us again. This is something that neither you nor we can be sure about. If war breaks out in Korea in the future, we would still need your help and would want to fight together. Comrade Mao Zedong once said that China’s Northeast is our [North Korea’s] rear area and that, furthermore, all of China is our rear area. We firmly believe in this point.”",
  "When discussing construction and war preparations, Kim said: “we have built some, but it still is not enough;” “we are still in the midst of construction, and we do not want to stop, but on the other hand, we must also prepare for war. When the fighting starts, there will of course be destruction, but we are determined and are prepared for this;” “we are a small country, and it is impossible [for us] to produce atomic weapons. We can only rely on digging tunnels. There are tunnels presently being built underneath Pyongyang and by next year those under East and West Pyongyang will basically be complete. …other cities have begun to dig as well;” “on the other hand, we are strengthening our work in South Korea. It is even better to reinforce the struggle in South Korea than to add a new regular division to North Korea’s [army].” Kim said that they sent a Vice Minister from the Party Central Committee to South Vietnam for two months in order to learn the methods of [conducting] struggle. At the same time they are preparing to send people to Vietnam—they will be sent to South Vietnam to work on dissolving Park [Chung-hee’s] puppet army. Kim said that “it seems war is inevitable, and it will come. [But] we are currently not prepared to expand our struggle against South Korea. Unless we are certain that we can do it correctly, we are not prepared to provoke things.”",
  "Kim also discussed how the United States is presently using Japanese militarism to replace its ruling position in South Korea. “The struggle in South Korea must therefore be both anti-American and anti-Japanese. I once told a comrade from the Japanese Communist [Party] that, on the one hand we must oppose the United States, but on the other hand we must be attentive to the revival of Japanese militarism and its intention to expand into South Korea. In reality, [Japanese militarism] will become a reserve force that can be used by the United States. It is necessary to pay close attention to the revival of Japanese militarism.”",
  "When discussing the international situation, Kim said that, “in sum, Asia is indeed revolutionary. It is the force that drives the world revolution, and if the struggle is done properly here, it will necessarily have a great influence upon revolutions in Africa and Latin America. Europe is already a capitalized Europe; there are only some workers’ movements and there are no national liberation movements. The most intense element of a revolution is the struggle for national liberation. European workers struggled for such a long time, but due to the influence of social democratic parties, revisionism emerged—the so called peaceful transition. This was the beginning of revisionism. If the [Communist] Party of the Soviet Union was under the influence of Asia’s revolution, then there would not be modern revisionism. However, they received influence only from the European social democratic parties, giving rise to modern revisionism.”",
  "When discussing the situation in Indonesia [i.e., the failed coup d’état known as the 30 September Movement and the subsequent anti-communist purges], Kim said that “we cannot walk the same path as the capitalists; therefore, we believe this incident was inevitable;” “we also believe that the Indonesian [Communist] Party’s united front work was done fairly well and was sustained through many years. From this, they developed their own strength;” “the Indonesian communists can only conduct struggle through armed struggle. This kind of vague and unclear situation cannot continue, if it does who knows when revolution would be successful.” Kim said that “the occurrence of this kind of incident was a necessity; it is the rule of revolutionary developments. We have to be cautious regarding the Indonesian situation [because] there have been no concrete sources of information since the Indonesian communists went underground. There has been information from the West, but we cannot issue articles on that. Temporarily we can only observe [the situation]. Our Party’s view is, in sum, that the occurrence of this incident was necessary. The Americans will not leave the development of the Indonesian Communist Party alone, in this world there are no such kindhearted enemies. The Indonesian [Communist] Party is a large party, we believe they will not keep silent like this, of course they cannot publicly issue statements and articles like before. However it will slowly gather strength and continue the struggle and this can be understood as a challenge to the Indonesian communist party. They must learn well from the experiences of the Chinese party, for maybe there will be left-wing opportunists like Chen Duxiu. This all depends on the Indonesian communists.”",
  "Lastly, the Premier talked about [North] Korea’s recent economic situation. He said that this year’s situation is not very good. Industrial plans have not been fully completed; and while agriculture suffered from the autumn drought, the power supply for industry was decreased [in order to] guarantee power for agriculture. Therefore, there was still an increase in rice production. Several hundred thousand extra tons were produced, [so North Korea] can still get by.",
];
const SUMMARY = "Premier Kim Il Sung met with members of the Chinese People’s Delegation and exchanged his views on Chinese assistance in Korean War, consturction and war prepartions of North Korea, US imperalism on Japan and South Korea, international communist movement, situation in Indonesia, and North Korea's recent economic situation.";
const DOC_INFO = "PRC FMA 106-01479-08, 85-88. Obtained by Shen Zhihua and translated by Jeffrey Wang and Charles Kraus.";
const RIGHTS_1 = "The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes. Some documents may be subject to copyright, which is retained by the rights holders in accordance with US and international copyright laws. When possible, rights holders have been contacted for permission to reproduce their materials.";

const RIGHTS_2 =
  'To enquire about this document\'s rights status or request permission for commercial use, please contact the History and Public Policy Program at [e-mail address not preserved in the source].';

const FRONT: Part[] = [
  { id: 'date-line', label: 'date line', text: 'October 29, 1965' },
  { id: 'title', label: 'title', text: 'Record of Conversation between Kim Il Sung and the Chinese Delegation' },
  { id: 'support', label: 'support', text: 'This document was made possible with support from MacArthur Foundation' },
  { id: 'addressees', label: 'addressees', text: '[To] the Ministry of Foreign Affairs and the Ministry of Defense:' },
];

const BACK: Part[] = [
  { id: 'signatories', label: 'signatories', text: 'Yang Yong and Hao Deqing' },
  { id: 'time-line', label: 'time line', text: '29 October, 5:00 p.m.' },
  { id: 'summary', label: 'archive summary', text: SUMMARY },
  { id: 'document-information', label: 'document information', text: DOC_INFO },
];

const PARAGRAPHS = BODY.map((text, i) => ({ id: `p${i + 1}`, n: i + 1, text }));

const TEXTS = new Map<string, string>([...FRONT, ...PARAGRAPHS, ...BACK].map((p) => [p.id, p.text]));
const PART_ORDER = [...FRONT, ...PARAGRAPHS, ...BACK].map((p) => p.id);

function textOf(part: string): string {
  const text = TEXTS.get(part);
  if (text === undefined) throw new Error(`no text part "${part}"`);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Mentions. `m(part, exact)` anchors the only occurrence of `exact` (it throws when there are
// several, so a quote can never silently land on the wrong words); `within` narrows the search
// to one unique phrase round the words; `every` anchors all matches of a pattern.
// ---------------------------------------------------------------------------------------------
function countOf(text: string, s: string): number {
  let n = 0;
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) n++;
  return n;
}

function m(part: string, exact: string, opts: { within?: string } = {}): Mention {
  const text = textOf(part);
  if (opts.within !== undefined) {
    const n = countOf(text, opts.within);
    if (n !== 1) throw new Error(`"${opts.within}" occurs ${n} times in ${part}; it must occur once`);
    const at = text.indexOf(opts.within);
    const inner = opts.within.indexOf(exact);
    if (inner < 0) throw new Error(`"${exact}" is not inside "${opts.within}"`);
    return anchor(part, text, exact, { from: at + inner });
  }
  const n = countOf(text, exact);
  if (n !== 1) throw new Error(`"${exact}" occurs ${n} times in ${part}; give \`within\` to pick one`);
  return anchor(part, text, exact);
}

function every(part: string, pattern: RegExp): Mention[] {
  const text = textOf(part);
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const out: Mention[] = [];
  for (let hit = re.exec(text); hit; hit = re.exec(text)) out.push(anchor(part, text, hit[0], { from: hit.index }));
  if (out.length === 0) throw new Error(`${pattern} matches nothing in ${part}`);
  return out;
}

/** Mentions in reading order: front, body, back; by offset within a part. */
function sorted(mentions: Mention[]): Mention[] {
  return [...mentions].sort(
    (a, b) => PART_ORDER.indexOf(a.paragraph) - PART_ORDER.indexOf(b.paragraph) || a.start - b.start || b.end - a.end,
  );
}

const BODY_IDS = PARAGRAPHS.map((p) => p.id);
const inBody = (pattern: RegExp): Mention[] =>
  BODY_IDS.flatMap((id) => (new RegExp(pattern.source).test(textOf(id)) ? every(id, pattern) : []));

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------
const USSR_REPUBLICS = ['643', '804', '112', '398', '860', '795', '417', '762', '031', '051', '268', '498', '428', '440', '233'];

type PlaceInput = Omit<Place, 'mentions'> & { mentions: Mention[] };
const place = (p: PlaceInput): Place => ({ ...p, mentions: sorted(p.mentions) });

const PLACES: Place[] = [
  place({
    id: 'korea',
    name: 'Korea',
    kind: 'region',
    lat: 38.3,
    lon: 127.5,
    wikidata: 'Q18097',
    shape: { type: 'countries', iso: ['408', '410'] },
    status1965: 'The Korean peninsula, divided since 1945 and, since the Armistice of 27 July 1953, split by the Military Demarcation Line between the DPRK (north) and the ROK (south)',
    note: '"in Korea" (the Volunteers\' "eight years in Korea"; "If war breaks out in Korea") means the peninsula as a whole, not one of the two states; "the Korean people" is linked here too. Drawn as the union of the two Koreas\' outlines; the marker is near the middle of the peninsula. Q18097 is Wikidata\'s "Korea" (the region; the Korean Peninsula itself is Q483134, part of it).',
    mentions: [
      m('p2', 'Korean', { within: 'with the Korean people' }),
      m('p2', 'Korea', { within: 'eight years in Korea' }),
      m('p2', 'Korea', { within: 'war breaks out in Korea' }),
    ],
  }),
  place({
    id: 'north-korea',
    name: 'North Korea',
    kind: 'country',
    lat: 40.0,
    lon: 127.0,
    wikidata: 'Q423',
    shape: { type: 'countries', iso: ['408'] },
    status1965: "Democratic People's Republic of Korea (DPRK); capital Pyongyang; Premier Kim Il Sung",
    note: 'Kim speaks for the DPRK: linked are "our [North Korea’s]" and "our" rear area, "a small country", "our work" and "our struggle" against South Korea, "North Korea’s [army]", "Our Party" (the Workers\' Party of Korea), the translators\' "[North] Korea’s" and "[so North Korea]", and "North Korea" in the archive\'s summary. Other "we"/"us" are left untagged: they often mean the Party, or both sides at once. The marker is an interior label point (South Hamgyong); Pyongyang has its own.',
    mentions: [
      m('p2', 'our [North Korea’s]'),
      m('p2', 'our', { within: 'all of China is our rear area' }),
      m('p3', 'a small country'),
      m('p3', 'our', { within: 'strengthening our work in South Korea' }),
      m('p3', 'North Korea’s'),
      m('p3', 'our', { within: 'expand our struggle against South Korea' }),
      m('p6', 'Our Party'),
      m('p7', '[North] Korea’s'),
      m('p7', 'North Korea', { within: '[so North Korea]' }),
      ...every('summary', /North Korea/),
    ],
  }),
  place({
    id: 'south-korea',
    name: 'South Korea',
    kind: 'country',
    lat: 36.5,
    lon: 127.9,
    wikidata: 'Q884',
    shape: { type: 'countries', iso: ['410'] },
    status1965: 'Republic of Korea (ROK); capital Seoul; President Park Chung-hee; US forces stationed there since the Korean War',
    note: 'Every "South Korea" of the text and the summary. The marker is an interior label point (North Chungcheong).',
    mentions: [...inBody(/South Korea/), ...every('summary', /South Korea/)],
  }),
  place({
    id: 'united-states',
    name: 'United States',
    kind: 'country',
    lat: 39.83,
    lon: -98.58,
    wikidata: 'Q30',
    shape: { type: 'countries', iso: ['840'] },
    status1965: 'United States of America; President Lyndon B. Johnson; forces in South Korea, and combat troops in South Vietnam since March 1965',
    note: '"the American imperialists", "the United States", "anti-American", "The Americans" and the summary\'s "US". The marker is the geographic centre of the contiguous United States (near Lebanon, Kansas).',
    mentions: [...inBody(/Americans?|the United States/), m('summary', 'US')],
  }),
  place({
    id: 'china',
    name: 'China',
    kind: 'country',
    lat: 35.0,
    lon: 104.0,
    wikidata: 'Q148',
    shape: { type: 'countries', iso: ['156'] },
    status1965: "People's Republic of China; capital Beijing; Chinese Communist Party Chairman Mao Zedong",
    note: '"China" and "Chinese" where they name the country: of the delegation (title, paragraph 1, summary), of the Volunteers, "all of China" and "the Chinese party" (the CCP). "China’s Northeast" is linked to Northeast China instead. Outline: Natural Earth\'s China (156), without Taiwan, then held by the Republic of China. The marker is an interior label point (Gansu).',
    mentions: [
      m('title', 'Chinese'),
      m('p1', 'Chinese'),
      m('p2', 'Chinese', { within: '[Chinese People’s] Volunteer Army' }),
      m('p2', 'China', { within: 'all of China' }),
      m('p6', 'Chinese', { within: 'the Chinese party' }),
      ...every('summary', /Chinese/),
    ],
  }),
  place({
    id: 'northeast-china',
    name: 'Northeast China',
    kind: 'region',
    lat: 45.0,
    lon: 126.5,
    wikidata: null,
    shape: { type: 'area', radiusKm: 700 },
    status1965: 'The Northeast of the PRC (Liaoning, Jilin and Heilongjiang provinces; formerly called Manchuria), bordering North Korea along the Yalu and Tumen rivers',
    note: '"China’s Northeast", which Mao called North Korea\'s rear area. Wikidata has an item for Northeast China, but its id could not be checked here, so wikidata is left null rather than guessed. The marker is near the middle of the three provinces (between Changchun and Harbin); the 700 km area is a rough cover of them.',
    mentions: [m('p2', 'China’s Northeast')],
  }),
  place({
    id: 'pyongyang',
    name: 'Pyongyang',
    kind: 'city',
    lat: 39.0194,
    lon: 125.7381,
    wikidata: 'Q18808',
    shape: { type: 'point' },
    status1965: 'Capital of the DPRK',
    note: 'The tunnels "underneath Pyongyang". East and West Pyongyang, named next, are separate places. The point is the city\'s usual coordinate (39°01′10″N 125°44′17″E), on the west bank of the Taedong River.',
    mentions: [m('p3', 'Pyongyang', { within: 'underneath Pyongyang' })],
  }),
  place({
    id: 'east-pyongyang',
    name: 'East Pyongyang',
    kind: 'district',
    lat: 39.025,
    lon: 125.785,
    wikidata: null,
    shape: { type: 'point' },
    status1965: 'The part of Pyongyang on the east bank of the Taedong River',
    note: 'In "East and West Pyongyang" the city name is shared: the quote for East Pyongyang is the word "East" alone and the quote for West Pyongyang is "West Pyongyang", so neither claims the other\'s words. No Wikidata item is known for either half of the city, so wikidata is null. The point is an approximate one on the east bank (today\'s Tongdaewon district, across the river from the centre).',
    mentions: [m('p3', 'East', { within: 'East and West Pyongyang' })],
  }),
  place({
    id: 'west-pyongyang',
    name: 'West Pyongyang',
    kind: 'district',
    lat: 39.035,
    lon: 125.73,
    wikidata: null,
    shape: { type: 'point' },
    status1965: 'The older, main part of Pyongyang, on the west bank of the Taedong River',
    note: '"West Pyongyang" in "East and West Pyongyang" (see East Pyongyang). No Wikidata item is known, so wikidata is null. The point is an approximate one on the west bank, north-west of the city centre.',
    mentions: [m('p3', 'West Pyongyang')],
  }),
  place({
    id: 'south-vietnam',
    name: 'South Vietnam',
    kind: 'country',
    lat: 12.5,
    lon: 108.0,
    wikidata: 'Q180573',
    shape: { type: 'countries', iso: ['704'], clip: { side: 'south', lat: 17 } },
    status1965: 'Republic of Vietnam (South Vietnam), capital Saigon; military government of Nguyễn Văn Thiệu and Prime Minister Nguyễn Cao Kỳ since June 1965',
    note: 'Both "South Vietnam" of paragraph 3. Natural Earth has no South Vietnam, so it is drawn as Vietnam (704) cut at 17°N, the course of the 1954 Provisional Military Demarcation Line (the Bến Hải river runs at about 17°N). The marker is an interior label point (Central Highlands), not the capital.',
    mentions: [...inBody(/South Vietnam/)],
  }),
  place({
    id: 'vietnam',
    name: 'Vietnam',
    kind: 'country',
    lat: 16.0,
    lon: 107.8,
    wikidata: 'Q881',
    shape: { type: 'countries', iso: ['704'] },
    status1965: 'Divided since the 1954 Geneva Accords: Democratic Republic of Vietnam (north, capital Hanoi) and Republic of Vietnam (south, capital Saigon); at war, with US combat troops landed since March 1965',
    note: '"send people to Vietnam": the country as a whole (the next clause narrows it to South Vietnam). Q881 is Wikidata\'s item for Vietnam as a country; the two 1965 states are North Vietnam (Q172640) and South Vietnam (Q180573). The marker is an interior point near the middle of the whole country.',
    mentions: [m('p3', 'Vietnam', { within: 'send people to Vietnam' })],
  }),
  place({
    id: 'japan',
    name: 'Japan',
    kind: 'country',
    lat: 36.2,
    lon: 138.25,
    wikidata: 'Q17',
    shape: { type: 'countries', iso: ['392'] },
    status1965: 'Japan; Prime Minister Satō Eisaku; diplomatic relations with South Korea agreed by the treaty of 22 June 1965',
    note: 'Every "Japanese" of paragraph 4 ("Japanese militarism", "anti-Japanese", "the Japanese Communist [Party]") and "Japan" in the summary. The marker is an interior label point (Nagano).',
    mentions: [...inBody(/Japanese/), m('summary', 'Japan')],
  }),
  place({
    id: 'soviet-union',
    name: 'Soviet Union',
    kind: 'country',
    lat: 60.0,
    lon: 90.0,
    wikidata: 'Q15180',
    shape: { type: 'countries', iso: USSR_REPUBLICS },
    status1965: 'Union of Soviet Socialist Republics; CPSU First Secretary Leonid Brezhnev (since October 1964)',
    note: '"the [Communist] Party of the Soviet Union". Natural Earth has no USSR, so the 1965 outline is the union of the fifteen union republics in their modern outlines (Russia, Ukraine, Belarus, Kazakhstan, Uzbekistan, Turkmenistan, Kyrgyzstan, Tajikistan, Azerbaijan, Armenia, Georgia, Moldova, Latvia, Lithuania, Estonia). The marker is an interior label point (Krasnoyarsk Krai).',
    mentions: [m('p5', 'Soviet Union')],
  }),
  place({
    id: 'indonesia',
    name: 'Indonesia',
    kind: 'country',
    lat: -0.8,
    lon: 113.9,
    wikidata: 'Q252',
    shape: { type: 'countries', iso: ['360'] },
    status1965: 'Republic of Indonesia; President Sukarno; from 1 October 1965 the army, led by Suharto, moved against the Communist Party (PKI)',
    note: 'Every "Indonesia" and "Indonesian" of paragraph 6 and the summary. The marker is an interior label point (Central Kalimantan).',
    mentions: [...inBody(/Indonesian?/), ...every('summary', /Indonesia/)],
  }),
  place({
    id: 'asia',
    name: 'Asia',
    kind: 'continent',
    lat: 35.0,
    lon: 95.0,
    wikidata: 'Q48',
    shape: { type: 'area', radiusKm: 3500 },
    status1965: 'Continent; for Kim, the centre of the world revolution',
    note: '"Asia", "Asia’s revolution" and "here" in "if the struggle is done properly here" (Kim is speaking of Asia). The marker is a label point in the middle of the continent (Qinghai).',
    mentions: [...inBody(/Asia/), m('p5', 'here', { within: 'done properly here' })],
  }),
  place({
    id: 'africa',
    name: 'Africa',
    kind: 'continent',
    lat: 5.0,
    lon: 20.0,
    wikidata: 'Q15',
    shape: { type: 'area', radiusKm: 3500 },
    status1965: 'Continent; most of its states independent since 1956–1965, with wars of liberation under way in the Portuguese colonies',
    note: '"revolutions in Africa". The marker is a label point near the middle of the continent.',
    mentions: [m('p5', 'Africa')],
  }),
  place({
    id: 'latin-america',
    name: 'Latin America',
    kind: 'region',
    lat: -8.0,
    lon: -58.0,
    wikidata: 'Q12585',
    shape: { type: 'area', radiusKm: 3500 },
    status1965: 'The Spanish- and Portuguese-speaking Americas, from Mexico to Argentina, with the Caribbean',
    note: '"revolutions in … Latin America". A region, not a continent. The marker is a label point in the middle of South America (Mato Grosso).',
    mentions: [m('p5', 'Latin America')],
  }),
  place({
    id: 'europe',
    name: 'Europe',
    kind: 'continent',
    lat: 50.0,
    lon: 15.0,
    wikidata: 'Q46',
    shape: { type: 'area', radiusKm: 1800 },
    status1965: 'Continent, divided between the Western bloc and the Soviet bloc',
    note: '"Europe" (twice) and "European" (workers, social democratic parties). The marker is a label point in central Europe (Bohemia).',
    mentions: [...inBody(/Europe(?:an)?/)],
  }),
];

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------
type PersonInput = Omit<Person, 'mentions'> & { mentions: Mention[] };
const person = (p: PersonInput): Person => ({ ...p, mentions: sorted(p.mentions) });

const PEOPLE: Person[] = [
  person({
    id: 'kim-il-sung',
    name: 'Kim Il Sung',
    wikidata: 'Q41117',
    role: "Premier of the DPRK (since 1948) and Chairman of the Central Committee of the Workers' Party of Korea",
    note: 'The speaker throughout: "Premier Kim Il Sung", "Premier Kim", every "Kim" and "the Premier" of the body, and the title and summary.',
    mentions: [
      m('title', 'Kim Il Sung'),
      m('p1', 'Premier Kim Il Sung'),
      m('p2', 'Premier Kim'),
      ...every('p3', /Kim/),
      ...every('p4', /Kim/),
      ...every('p5', /Kim/),
      ...every('p6', /Kim/),
      m('p7', 'the Premier'),
      m('summary', 'Premier Kim Il Sung'),
    ],
  }),
  person({
    id: 'mao-zedong',
    name: 'Mao Zedong',
    wikidata: 'Q5816',
    role: 'Chairman of the Chinese Communist Party',
    mentions: [m('p2', 'Mao Zedong')],
  }),
  person({
    id: 'park-chung-hee',
    name: 'Park Chung-hee',
    wikidata: null,
    role: 'President of the Republic of Korea (since 17 December 1963; head of the military government after the coup of 16 May 1961)',
    note: '"Park [Chung-hee’s] puppet army": the South Korean army, whose first combat units reached South Vietnam in October 1965. His Wikidata id could not be checked here, so it is left null rather than guessed.',
    mentions: [m('p3', 'Park [Chung-hee’s]')],
  }),
  person({
    id: 'chen-duxiu',
    name: 'Chen Duxiu',
    wikidata: null,
    role: 'Dead since 1942: co-founder and first leader (1921–1927) of the Chinese Communist Party, in CCP history the archetype of an "opportunist" leadership',
    note: 'Named as a warning to the Indonesian party. The record says "left-wing opportunists like Chen Duxiu", although CCP histories usually call his line "Right opportunism"; the words are kept as translated. His Wikidata id could not be checked here, so it is left null rather than guessed.',
    mentions: [m('p6', 'Chen Duxiu')],
  }),
  person({
    id: 'yang-yong',
    name: 'Yang Yong',
    wikidata: null,
    role: "PLA general (rank of General since 1955), last commander of the Chinese People's Volunteers, who led their withdrawal from Korea in 1958; here a signatory of the delegation's report",
    note: 'The record gives only the name. Identified, as the likely head of a Chinese delegation to North Korea, with General Yang Yong (28 October 1913 – 6 January 1983), commander of the Volunteers at their withdrawal (Mao received him as their commander on 29 October 1958) and afterwards commander of the Beijing Military Region (from 1958); the meeting fell on his 52nd birthday. The identification and his post in October 1965 are not confirmed by the record. His Wikidata id could not be checked here, so it is left null rather than guessed.',
    mentions: [m('signatories', 'Yang Yong')],
  }),
  person({
    id: 'hao-deqing',
    name: 'Hao Deqing',
    wikidata: null,
    role: "PRC Ambassador to the DPRK (郝德青; attested in the post in 1963); co-signatory of the delegation's report",
    note: 'A member of the Chinese embassy staff in Pyongyang recalls accompanying "Ambassador Hao Deqing" there in 1963 (Yan Jing, "Recollections of North Korea\'s older generation of leaders", Shijie Xinwen Bao [World News Journal], 9 September 2008); that he still held the post in October 1965 is an inference from his signing this report, not confirmed. His Wikidata id could not be checked here, so it is left null rather than guessed.',
    mentions: [m('signatories', 'Hao Deqing')],
  }),
];

// ---------------------------------------------------------------------------------------------
// Events. `when` is EDTF (levels 0/1) relative to the record's "now", the meeting of 28 October
// 1965. Text events quote the words that state them; context events give their source.
// ---------------------------------------------------------------------------------------------
type EventInput = Omit<HistEvent, 'mentions'> & { mentions: Mention[] };
const event = (e: EventInput): HistEvent => ({ ...e, mentions: sorted(e.mentions) });

const NOW_ON = '1965-10-28/..';

const EVENTS: HistEvent[] = [
  // --- the record itself ---------------------------------------------------------------------
  event({
    id: 'meeting',
    title: 'Kim Il Sung receives the Chinese People’s Delegation',
    when: '1965-10-28',
    modality: 'past',
    places: ['north-korea'],
    people: ['kim-il-sung'],
    basis: 'text',
    source: 'The text gives "28 [October 1965]": the day is the record\'s, the month and year are the translators\' insertion, consistent with the date line of 29 October 1965.',
    note: 'The place is not stated. The delegation was evidently visiting the DPRK (it reports home to two ministries in Beijing), so the meeting is placed in North Korea; Pyongyang is likely but not said, so the city is not linked.',
    mentions: [
      m('p1', 'met with the members of the [Chinese] People’s Delegation on 28 [October 1965]'),
      m('summary', 'met with members of the Chinese People’s Delegation'),
    ],
  }),
  event({
    id: 'report-sent',
    title: 'The delegation’s report is written and sent to Beijing',
    when: '1965-10-29',
    modality: 'past',
    places: [],
    people: ['yang-yong', 'hao-deqing'],
    basis: 'text',
    source: 'Time line "29 October, 5:00 p.m." and date line "October 29, 1965".',
    note: 'Kept at day precision: "5:00 p.m." is local time, and an EDTF time without a zone would be read as UTC. Addressed to the PRC Ministries of Foreign Affairs and of Defense; where it was written is not stated, so no place is linked.',
    mentions: [
      m('date-line', 'October 29, 1965'),
      m('addressees', '[To] the Ministry of Foreign Affairs and the Ministry of Defense'),
      m('time-line', '29 October, 5:00 p.m.'),
    ],
  }),

  // --- paragraph 2: the Volunteers, the war, the Americans, Mao ----------------------------------
  event({
    id: 'cpv-in-korea',
    title: 'The Chinese People’s Volunteers in Korea (“eight years”)',
    when: '1950-10/1958-10',
    modality: 'past',
    places: ['korea', 'china'],
    basis: 'text',
    source: '"eight years in Korea" resolved from context: the Volunteers crossed the Yalu from 19 October 1950, and the last of the three batches that withdrew between 15 March and 26 October 1958 left North Korea on 26 October 1958 (the standard Chinese account; for the background see Shen Zhihua and Xia Yafeng, "China and the Post-War Reconstruction of North Korea, 1953–1961", NKIDP Working Paper 4, Wilson Center, 2012). Kept at month precision.',
    mentions: [
      m('p2', '[Chinese People’s] Volunteer Army'),
      m('p2', 'during its eight years in Korea'),
      m('summary', 'Chinese assistance in Korean War'),
    ],
  }),
  event({
    id: 'korean-war',
    title: 'Korean War',
    when: '1950-06-25/1953-07-27',
    modality: 'past',
    places: ['korea', 'north-korea', 'south-korea', 'united-states', 'china'],
    basis: 'context',
    source: 'From the North Korean attack of 25 June 1950 to the Armistice signed at Panmunjom on 27 July 1953 (Bruce Cumings, The Korean War: A History, 2010). Presupposed by "attack us again" and by "still" fighting alongside the Chinese.',
    mentions: [m('summary', 'Korean War')],
  }),
  event({
    id: 'us-forces-in-south-korea',
    title: 'American forces remain in South Korea',
    when: '1950-07/..',
    modality: 'ongoing',
    places: ['south-korea', 'united-states'],
    basis: 'text',
    source: '"still in South Korea": US combat troops returned to Korea in July 1950 (Task Force Smith landed on 1 July; Roy E. Appleman, South to the Naktong, North to the Yalu, 1961) and stayed after the Armistice under the US–ROK Mutual Defense Treaty (signed 1 October 1953). Open end: ongoing at the record\'s date.',
    mentions: [m('p2', 'the American imperialists are still in South Korea and they are unwilling to leave')],
  }),
  event({
    id: 'renewed-war',
    title: 'A renewed American attack: war in Korea again',
    when: NOW_ON,
    modality: 'hypothetical',
    places: ['korea', 'united-states', 'china'],
    basis: 'text',
    note: 'Presented as a possibility ("Who knows when", "If war breaks out"), with Chinese help expected if it comes.',
    mentions: [
      m('p2', 'in the future we will still have the opportunity to fight alongside with you'),
      m('p2', 'Who knows when they will attack us again'),
      m('p2', 'If war breaks out in Korea in the future, we would still need your help and would want to fight together'),
    ],
  }),
  event({
    id: 'mao-rear-area',
    title: 'Mao Zedong calls China’s Northeast, and all of China, North Korea’s rear area',
    when: '../1965-10-28',
    modality: 'past',
    places: ['northeast-china', 'china', 'north-korea'],
    people: ['mao-zedong'],
    basis: 'text',
    note: '"once said": the date is not given, only that it was before the meeting (open start).',
    mentions: [
      m('p2', 'Comrade Mao Zedong once said that China’s Northeast is our [North Korea’s] rear area and that, furthermore, all of China is our rear area'),
    ],
  }),

  // --- paragraph 3: construction, war preparations, tunnels, the South, Vietnam -----------------
  event({
    id: 'economic-construction',
    title: 'North Korea’s economic construction goes on',
    when: '1965',
    modality: 'ongoing',
    places: ['north-korea'],
    basis: 'text',
    note: '"still in the midst of construction": dated to the year of the meeting; start and end are not stated.',
    mentions: [
      m('p3', 'we have built some, but it still is not enough'),
      m('p3', 'we are still in the midst of construction, and we do not want to stop'),
      m('summary', 'consturction'),
    ],
  }),
  event({
    id: 'war-preparations',
    title: 'North Korea prepares for war',
    when: '1965',
    modality: 'ongoing',
    places: ['north-korea'],
    basis: 'text',
    note: 'Dated to the year of the meeting; start and end are not stated.',
    mentions: [
      m('p3', 'war preparations'),
      m('p3', 'we must also prepare for war'),
      m('p3', 'we are determined and are prepared for this'),
      m('summary', 'war prepartions of North Korea'),
    ],
  }),
  event({
    id: 'parallel-line',
    title: 'North Korea adopts the “four military lines” and builds defence alongside the economy',
    when: '1962-12',
    modality: 'past',
    places: ['north-korea'],
    basis: 'context',
    source: 'Plenum of the Central Committee of the Workers\' Party of Korea, December 1962: arm the whole people, fortify the whole country, train every soldier as a cadre, modernise the army, strengthening defence even at some cost to economic growth; the "parallel" line of economy and defence was formalised by the Party Conference of October 1966 (Suh Dae-sook, Kim Il Sung: The North Korean Leader, 1988). Presupposed by "construction" and "war preparations" at once, and by the tunnels ("fortify the whole country").',
    mentions: [],
  }),
  event({
    id: 'seven-year-plan',
    title: 'First Seven-Year Plan of the DPRK (1961–1967)',
    when: '1961/1967',
    modality: 'ongoing',
    places: ['north-korea'],
    basis: 'context',
    source: 'Adopted by the Fourth Congress of the Workers\' Party of Korea in September 1961 for 1961–1967, and extended by three years in October 1966 (Suh Dae-sook, Kim Il Sung: The North Korean Leader, 1988). The frame of "this year\'s" unfulfilled industrial plans.',
    mentions: [],
  }),
  event({
    id: 'tunnels-pyongyang',
    title: 'Tunnels are dug underneath Pyongyang',
    when: '1965',
    modality: 'ongoing',
    places: ['pyongyang'],
    basis: 'text',
    note: '"presently being built": dated to the year of the meeting. Tunnels instead of atomic weapons, which "a small country" cannot make.',
    mentions: [
      m('p3', 'We can only rely on digging tunnels'),
      m('p3', 'There are tunnels presently being built underneath Pyongyang'),
    ],
  }),
  event({
    id: 'tunnels-east-west-complete',
    title: 'Tunnels under East and West Pyongyang basically complete',
    when: '1966',
    modality: 'expected',
    places: ['east-pyongyang', 'west-pyongyang'],
    basis: 'text',
    source: '"by next year" resolved against the date of the meeting (28 October 1965): 1966.',
    mentions: [m('p3', 'by next year those under East and West Pyongyang will basically be complete')],
  }),
  event({
    id: 'tunnels-other-cities',
    title: 'Other cities begin digging tunnels',
    when: '1965',
    modality: 'ongoing',
    places: ['north-korea'],
    basis: 'text',
    note: '"have begun to dig": dated to the year of the meeting. The cities are not named, so the event is placed in North Korea as a whole.',
    mentions: [m('p3', 'other cities have begun to dig as well')],
  }),
  event({
    id: 'work-in-south-korea',
    title: 'North Korea strengthens its work in South Korea',
    when: '1965',
    modality: 'ongoing',
    places: ['south-korea', 'north-korea'],
    basis: 'text',
    note: '"we are strengthening": dated to the year of the meeting.',
    mentions: [
      m('p3', 'we are strengthening our work in South Korea'),
      m('p3', 'It is even better to reinforce the struggle in South Korea than to add a new regular division to North Korea’s [army]'),
    ],
  }),
  event({
    id: 'vice-minister-to-south-vietnam',
    title: 'A Vice Minister of the Party Central Committee spends two months in South Vietnam',
    when: '../1965-10-28',
    modality: 'past',
    places: ['south-vietnam', 'north-korea'],
    basis: 'text',
    note: 'Two months at an unstated time before the meeting (open start). Sent by the Workers\' Party of Korea "to learn the methods of [conducting] struggle".',
    mentions: [m('p3', 'they sent a Vice Minister from the Party Central Committee to South Vietnam for two months in order to learn the methods of [conducting] struggle')],
  }),
  event({
    id: 'send-people-to-vietnam',
    title: 'People to be sent to South Vietnam to work on dissolving the South Korean army there',
    when: NOW_ON,
    modality: 'expected',
    places: ['vietnam', 'south-vietnam'],
    people: ['park-chung-hee'],
    basis: 'text',
    note: '"preparing to send": planned at the time of the meeting; no date is given.',
    mentions: [m('p3', 'they are preparing to send people to Vietnam—they will be sent to South Vietnam to work on dissolving Park [Chung-hee’s] puppet army')],
  }),
  event({
    id: 'rok-troops-in-vietnam',
    title: 'South Korean combat troops deploy to South Vietnam',
    when: '1965-10/..',
    modality: 'ongoing',
    places: ['south-korea', 'south-vietnam'],
    people: ['park-chung-hee'],
    basis: 'context',
    source: 'The 2nd Marine ("Blue Dragon") Brigade landed at Cam Ranh Bay on 9 October 1965 and the Capital ("Tiger") Division deployed in October 1965, after non-combat units (a medical unit and instructors from September 1964, the "Dove" engineer unit from early 1965) (Stanley R. Larsen and James L. Collins Jr., Allied Participation in Vietnam, Department of the Army, 1975). Presupposed by "Park [Chung-hee’s] puppet army" in South Vietnam.',
    mentions: [m('p3', 'puppet army')],
  }),
  event({
    id: 'war-inevitable',
    title: 'War is coming (“it will come”)',
    when: NOW_ON,
    modality: 'expected',
    places: ['korea'],
    basis: 'text',
    note: 'Presented as certain but undated, unlike the conditional "If war breaks out" of paragraph 2.',
    mentions: [
      m('p3', 'When the fighting starts, there will of course be destruction'),
      m('p3', 'it seems war is inevitable, and it will come'),
    ],
  }),
  event({
    id: 'expand-struggle-south',
    title: 'Expanding the struggle against South Korea (not for now)',
    when: NOW_ON,
    modality: 'hypothetical',
    places: ['south-korea', 'north-korea'],
    basis: 'text',
    note: 'Ruled out "currently" and made conditional on being "certain that we can do it correctly".',
    mentions: [
      m('p3', 'we are currently not prepared to expand our struggle against South Korea'),
      m('p3', 'Unless we are certain that we can do it correctly, we are not prepared to provoke things'),
    ],
  }),

  // --- paragraph 4: the United States and Japan -----------------------------------------------
  event({
    id: 'us-uses-japan',
    title: 'The United States uses Japanese militarism to replace its ruling position in South Korea',
    when: '1965',
    modality: 'ongoing',
    places: ['united-states', 'japan', 'south-korea'],
    basis: 'text',
    note: '"presently": dated to the year of the meeting. Kim has in mind the normalisation of Japan–ROK relations of 1965 (see the treaty).',
    mentions: [
      m('p4', 'the United States is presently using Japanese militarism to replace its ruling position in South Korea'),
      m('summary', 'US imperalism on Japan and South Korea'),
    ],
  }),
  event({
    id: 'japan-rok-treaty',
    title: 'Japan and South Korea sign the Treaty on Basic Relations',
    when: '1965-06-22',
    modality: 'past',
    places: ['japan', 'south-korea'],
    people: ['park-chung-hee'],
    basis: 'context',
    source: 'Treaty on Basic Relations between Japan and the Republic of Korea, signed at Tokyo on 22 June 1965; ratifications exchanged and in force on 18 December 1965, after this record. Presupposed by Japan\'s "intention to expand into South Korea".',
    mentions: [],
  }),
  event({
    id: 'japanese-militarism-revival',
    title: 'Japanese militarism revives and becomes a US reserve force in South Korea',
    when: NOW_ON,
    modality: 'expected',
    places: ['japan', 'south-korea', 'united-states'],
    basis: 'text',
    note: 'A revival under way and an expected future role, as Kim presents them; no date is given.',
    mentions: [
      m('p4', 'the revival of Japanese militarism and its intention to expand into South Korea'),
      m('p4', 'In reality, [Japanese militarism] will become a reserve force that can be used by the United States'),
    ],
  }),
  event({
    id: 'kim-tells-jcp',
    title: 'Kim Il Sung tells a Japanese Communist comrade to oppose the US and watch Japanese militarism',
    when: '../1965-10-28',
    modality: 'past',
    places: ['japan'],
    people: ['kim-il-sung'],
    basis: 'text',
    note: '"I once told": the date is not given, only that it was before the meeting (open start). Where it was said is not stated; Japan is linked as the comrade\'s country.',
    mentions: [m('p4', 'I once told a comrade from the Japanese Communist [Party]')],
  }),

  // --- paragraph 5: revisionism ---------------------------------------------------------------
  event({
    id: 'revisionism-europe',
    title: 'Revisionism (“peaceful transition”) arises in European social democracy',
    when: '1899~',
    modality: 'past',
    places: ['europe'],
    basis: 'text',
    source: 'Kim gives no date. In Marxist-Leninist usage "the beginning of revisionism" is Eduard Bernstein\'s revision of Marxism, Die Voraussetzungen des Sozialismus und die Aufgaben der Sozialdemokratie (1899); hence "1899~", approximate.',
    mentions: [
      m('p5', 'European workers struggled for such a long time'),
      m('p5', 'due to the influence of social democratic parties, revisionism emerged—the so called peaceful transition'),
      m('p5', 'This was the beginning of revisionism'),
    ],
  }),
  event({
    id: 'cpsu-modern-revisionism',
    title: '“Modern revisionism” in the Communist Party of the Soviet Union',
    when: '1956-02/..',
    modality: 'ongoing',
    places: ['soviet-union', 'europe'],
    basis: 'text',
    source: '"modern revisionism" resolved from context: the Chinese (and by 1965 North Korean) polemical name for the CPSU line since its Twentieth Congress (14–25 February 1956), which endorsed a peaceful transition to socialism (Lorenz M. Lüthi, The Sino-Soviet Split, 2008). Open end: still there for Kim.',
    mentions: [
      m('p5', 'then there would not be modern revisionism'),
      m('p5', 'they received influence only from the European social democratic parties, giving rise to modern revisionism'),
    ],
  }),

  // --- paragraph 6: Indonesia -------------------------------------------------------------------
  event({
    id: 'september-30-movement',
    title: 'The 30 September Movement: a failed coup in Jakarta',
    when: '1965-09-30/1965-10-01',
    modality: 'past',
    places: ['indonesia'],
    basis: 'text',
    source: 'Named in the translators\' bracket; the night of 30 September to 1 October 1965 (John Roosa, Pretext for Mass Murder: The September 30th Movement and Suharto\'s Coup d\'État in Indonesia, 2006).',
    mentions: [
      m('p6', 'the failed coup d’état known as the 30 September Movement'),
      m('p6', 'this incident was inevitable'),
      m('p6', 'the occurrence of this kind of incident was a necessity'),
      m('p6', 'the occurrence of this incident was necessary'),
      m('summary', 'situation in Indonesia'),
    ],
  }),
  event({
    id: 'anti-communist-purges',
    title: 'Anti-communist purges and mass killings in Indonesia',
    when: '1965-10/1966~',
    modality: 'ongoing',
    places: ['indonesia'],
    basis: 'text',
    source: 'Named in the translators\' bracket ("the subsequent anti-communist purges"). The army-led arrests and killings began in October 1965 and lasted into 1966 (Geoffrey B. Robinson, The Killing Season: A History of the Indonesian Massacres, 1965–66, 2018); under way at the record\'s date, end approximate.',
    mentions: [m('p6', 'the subsequent anti-communist purges')],
  }),
  event({
    id: 'pki-underground',
    title: 'The Indonesian communists go underground',
    when: '1965-10',
    modality: 'past',
    places: ['indonesia'],
    basis: 'text',
    source: 'Resolved from context: after the army blamed the PKI for the events of 1 October 1965 (Roosa 2006).',
    mentions: [m('p6', 'since the Indonesian communists went underground')],
  }),
  event({
    id: 'pki-united-front',
    title: 'The Indonesian Communist Party’s united-front work over many years',
    when: '../1965-09',
    modality: 'past',
    places: ['indonesia'],
    basis: 'text',
    note: '"sustained through many years": the start is not given (open start); it ends with the events of 30 September 1965.',
    mentions: [m('p6', 'the Indonesian [Communist] Party’s united front work was done fairly well and was sustained through many years')],
  }),
  event({
    id: 'pki-regathers',
    title: 'The Indonesian party will regather its strength and continue the struggle',
    when: NOW_ON,
    modality: 'expected',
    places: ['indonesia'],
    basis: 'text',
    mentions: [
      m('p6', 'we believe they will not keep silent like this'),
      m('p6', 'it will slowly gather strength and continue the struggle'),
    ],
  }),
  event({
    id: 'us-against-pki',
    title: 'The Americans will move against the Indonesian Communist Party',
    when: NOW_ON,
    modality: 'expected',
    places: ['united-states', 'indonesia'],
    basis: 'text',
    note: 'A forecast ("will not leave … alone"); no date is given.',
    mentions: [m('p6', 'The Americans will not leave the development of the Indonesian Communist Party alone')],
  }),
  event({
    id: 'pki-opportunists',
    title: 'Opportunists like Chen Duxiu may arise in the Indonesian party',
    when: NOW_ON,
    modality: 'hypothetical',
    places: ['indonesia'],
    people: ['chen-duxiu'],
    basis: 'text',
    mentions: [m('p6', 'for maybe there will be left-wing opportunists like Chen Duxiu')],
  }),
  event({
    id: 'chen-duxiu-leadership',
    title: 'Chen Duxiu leads the Chinese Communist Party',
    when: '1921/1927',
    modality: 'past',
    places: ['china'],
    people: ['chen-duxiu'],
    basis: 'context',
    source: 'Chen Duxiu led the CCP from its founding in 1921 until he was removed in 1927 (Lee Feigon, Chen Duxiu: Founder of the Chinese Communist Party, 1983). Presupposed by "the experiences of the Chinese party" and the warning.',
    mentions: [m('p6', 'the experiences of the Chinese party')],
  }),

  // --- paragraph 7: the economy in 1965 ---------------------------------------------------------
  event({
    id: 'industrial-plans-unfulfilled',
    title: 'North Korea’s 1965 industrial plans not fully completed',
    when: '1965',
    modality: 'past',
    places: ['north-korea'],
    basis: 'text',
    source: '"this year" resolved against the date of the record: 1965.',
    mentions: [
      m('p7', 'this year’s situation is not very good'),
      m('p7', 'Industrial plans have not been fully completed'),
    ],
  }),
  event({
    id: 'autumn-drought',
    title: 'Autumn drought in North Korea',
    when: '1965-23',
    modality: 'past',
    places: ['north-korea'],
    basis: 'text',
    source: '"the autumn drought" of this year: autumn 1965 (EDTF season 23, September–November; only September–October can be meant, the record being of 28–29 October).',
    mentions: [m('p7', 'agriculture suffered from the autumn drought')],
  }),
  event({
    id: 'power-to-agriculture',
    title: 'Power cut for industry to guarantee power for agriculture',
    when: '1965-23',
    modality: 'past',
    places: ['north-korea'],
    basis: 'text',
    source: 'Approximate: during the autumn drought of 1965, as the text links the two.',
    mentions: [m('p7', 'the power supply for industry was decreased [in order to] guarantee power for agriculture')],
  }),
  event({
    id: 'rice-increase',
    title: 'Rice production up by several hundred thousand tons',
    when: '1965',
    modality: 'past',
    places: ['north-korea'],
    basis: 'text',
    source: 'The 1965 harvest ("this year"), as reported at the end of October.',
    mentions: [
      m('p7', 'there was still an increase in rice production'),
      m('p7', 'Several hundred thousand extra tons were produced'),
    ],
  }),

  // --- the lines on the map ---------------------------------------------------------------------
  event({
    id: 'geneva-partition',
    title: 'Geneva Accords divide Vietnam at the 17th parallel',
    when: '1954-07-21',
    modality: 'past',
    places: ['vietnam', 'south-vietnam'],
    basis: 'context',
    source: 'Agreement on the Cessation of Hostilities in Viet-Nam (dated 20 July 1954, signed in the early hours of 21 July) and the Final Declaration of the Geneva Conference, 21 July 1954. Presupposed by "South Vietnam".',
    mentions: [],
  }),
];

// ---------------------------------------------------------------------------------------------
// Lines of the period. Vertices are [lat, lon], simplified by hand: good at map scale, not for
// measurement (a few kilometres off in places).
// ---------------------------------------------------------------------------------------------
const LINES: DemarcationLine[] = [
  {
    id: 'korean-mdl',
    name: 'Military Demarcation Line (Korean Armistice, 1953)',
    coords: [
      [37.77, 126.68],
      [37.956, 126.677],
      [38.05, 126.88],
      [38.16, 127.05],
      [38.27, 127.2],
      [38.32, 127.45],
      [38.3, 127.75],
      [38.3, 127.9],
      [38.33, 128.1],
      [38.48, 128.26],
      [38.612, 128.36],
    ],
    when: '1953-07-27/..',
    source: 'Korean War Armistice Agreement, signed at Panmunjom on 27 July 1953, Article I. An 11-vertex simplification: from the Han River estuary (whose waters west of here are a neutral zone, not part of the line) by Panmunjom (37.956°N 126.677°E), the Cheorwon area and the central front to the east coast north of Goseong (about 38.61°N).',
  },
  {
    id: 'vietnam-pmdl',
    name: 'Provisional Military Demarcation Line (Geneva, 1954)',
    coords: [
      [16.995, 106.47],
      [16.99, 106.65],
      [16.96, 106.85],
      [17.0, 107.05],
      [17.03, 107.11],
    ],
    when: '1954-07-21/..',
    source: 'Agreement on the Cessation of Hostilities in Viet-Nam, Geneva, 1954, Article 1: the Bến Hải river from its mouth (Cửa Tùng, about 17.03°N 107.11°E) up to the village of Bồ Hô Su, then the parallel of Bồ Hô Su west to the Lao frontier. Vertices approximate.',
  },
];

// ---------------------------------------------------------------------------------------------
// A tour for a class on this document: one step per theme of the conversation, in the record's
// order. Words in curly quotes are the record's own, verbatim (validateRecord checks them), so a
// lecturer quotes the translation and not a paraphrase of it.
// ---------------------------------------------------------------------------------------------
const TOURS: Tour[] = [
  {
    id: 'class',
    title: 'Kim Il Sung and the Chinese delegation, October 1965: a class',
    description: 'Seven steps through the conversation for a 20–50 minute class, one per theme, each with the words of the record it rests on.',
    steps: [
      {
        title: 'The meeting and the Volunteers',
        narration: 'On 28 October 1965 Kim Il Sung received a Chinese People’s Delegation in North Korea; its leaders reported to Beijing the next day. He began with the Chinese People’s Volunteers and their “eight years in Korea”, with the Americans who “are still in South Korea”, and with Mao’s words that “all of China is our rear area”.',
        select: { kind: 'event', id: 'cpv-in-korea' },
        places: ['north-korea', 'china', 'northeast-china'],
        events: ['meeting', 'korean-war', 'us-forces-in-south-korea', 'renewed-war', 'mao-rear-area'],
        paragraph: 'p2',
        window: ['1950', '1966'],
      },
      {
        title: 'Tunnels and war preparations',
        narration: 'Construction and war at once: “we do not want to stop, but on the other hand, we must also prepare for war.” Without the bomb, the answer is underground: “we are a small country, and it is impossible [for us] to produce atomic weapons. We can only rely on digging tunnels.” Tunnels were being dug under Pyongyang, and “by next year those under East and West Pyongyang will basically be complete”.',
        select: { kind: 'event', id: 'tunnels-pyongyang' },
        places: ['pyongyang', 'east-pyongyang', 'west-pyongyang'],
        events: ['war-preparations', 'economic-construction', 'tunnels-east-west-complete', 'tunnels-other-cities', 'parallel-line'],
        paragraph: 'p3',
        window: ['1962', '1966'],
        map: { lat: 39.03, lon: 125.76, zoom: 9 },
      },
      {
        title: 'The struggle in South Korea and South Vietnam',
        narration: 'Kim puts subversion before soldiers: “It is even better to reinforce the struggle in South Korea than to add a new regular division to North Korea’s [army].” A Party envoy spent two months in South Vietnam “to learn the methods of [conducting] struggle”, and more people were to go “to work on dissolving Park [Chung-hee’s] puppet army”. Yet war “will come”, and for now “we are currently not prepared to expand our struggle against South Korea.”',
        select: { kind: 'event', id: 'work-in-south-korea' },
        places: ['south-korea', 'south-vietnam', 'north-korea'],
        events: ['vice-minister-to-south-vietnam', 'send-people-to-vietnam', 'rok-troops-in-vietnam', 'war-inevitable', 'expand-struggle-south'],
        paragraph: 'p3',
        window: ['1964', '1966'],
      },
      {
        title: 'Japan',
        narration: 'Four months after Japan and South Korea signed their treaty, Kim sees the United States “using Japanese militarism to replace its ruling position in South Korea”. So “The struggle in South Korea must therefore be both anti-American and anti-Japanese”: Japanese militarism “will become a reserve force that can be used by the United States”.',
        select: { kind: 'event', id: 'us-uses-japan' },
        places: ['japan', 'south-korea', 'united-states'],
        events: ['japan-rok-treaty', 'japanese-militarism-revival', 'kim-tells-jcp'],
        paragraph: 'p4',
        window: ['1965', '1966'],
      },
      {
        title: 'Asia and the world revolution',
        narration: '“Asia is indeed revolutionary. It is the force that drives the world revolution”, and it will move “revolutions in Africa and Latin America”, while “Europe is already a capitalized Europe”. European social democracy bred revisionism, “the so called peaceful transition”, and the Soviet party, deaf to Asia’s revolution, gave rise to “modern revisionism”: the Sino-Soviet split, seen from Pyongyang.',
        select: { kind: 'place', id: 'asia' },
        places: ['africa', 'latin-america', 'europe', 'soviet-union'],
        events: ['revisionism-europe', 'cpsu-modern-revisionism'],
        paragraph: 'p5',
        map: { lat: 25, lon: 100, zoom: 2 },
      },
      {
        title: 'Indonesia',
        narration: 'Four weeks after the failed coup of 30 September, with the purges under way, Kim calls it “a necessity; it is the rule of revolutionary developments”: “the Indonesian communists can only conduct struggle through armed struggle.” He admits “there have been no concrete sources of information since the Indonesian communists went underground”, and warns of “left-wing opportunists like Chen Duxiu”.',
        select: { kind: 'event', id: 'september-30-movement' },
        places: ['indonesia'],
        events: ['anti-communist-purges', 'pki-underground', 'pki-united-front', 'pki-regathers', 'us-against-pki', 'pki-opportunists'],
        paragraph: 'p6',
        window: ['1965-09', '1966'],
      },
      {
        title: 'The economy',
        narration: 'Last, the economy, frankly: “this year’s situation is not very good. Industrial plans have not been fully completed”. In “the autumn drought” industry lost power to “guarantee power for agriculture”, and so “there was still an increase in rice production”: “Several hundred thousand extra tons were produced”.',
        select: { kind: 'event', id: 'industrial-plans-unfulfilled' },
        places: ['north-korea'],
        events: ['autumn-drought', 'power-to-agriculture', 'rice-increase', 'seven-year-plan'],
        paragraph: 'p7',
        window: ['1965', '1965'],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------
export function buildRecord(): ArchivalRecord {
  return {
    $schema: '../../schema/record.schema.json',
    id: 'prc-fma-106-01479-08',
    title: 'Record of Conversation between Kim Il Sung and the Chinese Delegation',
    date: '1965-10-29',
    archive: 'Wilson Center Digital Archive',
    genre: 'Minutes of Conversation',
    citation: 'PRC FMA 106-01479-08, 85-88',
    obtainedBy: ['Shen Zhihua'],
    translatedBy: ['Jeffrey Wang', 'Charles Kraus'],
    support: 'MacArthur Foundation',
    rights: `${RIGHTS_1}\n\n${RIGHTS_2}`,
    language: 'en',
    front: FRONT,
    paragraphs: PARAGRAPHS,
    back: BACK,
    places: PLACES,
    events: EVENTS,
    people: PEOPLE,
    lines: LINES,
    tours: TOURS,
  };
}

/** The file's exact text: 2-space JSON and a final newline. */
export function recordJson(record: ArchivalRecord = buildRecord()): string {
  return JSON.stringify(record, null, 2) + '\n';
}

function main() {
  const record = buildRecord();
  const file = path.relative(process.cwd(), RECORD_FILE);
  const result = validateRecord(record, file);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    process.exit(1);
  }
  writeFileSync(RECORD_FILE, recordJson(record));
  const mentions = [...record.places, ...record.events, ...(record.people ?? [])].reduce((n, e) => n + e.mentions.length, 0);
  console.log(
    `wrote ${file}: ${record.places.length} places, ${record.events.length} events, ${(record.people ?? []).length} people, ${mentions} mentions, ${(record.lines ?? []).length} lines`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
