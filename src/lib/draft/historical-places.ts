/**
 * The hand-curated part of the gazetteer: states, regions and cities as they stood in 1965, with
 * their names of the period (Peking, Saigon, Formosa, Ceylon, Burma…), abbreviations and
 * demonyms. `cca3` merges an entry into the world-countries entry it refines; `city` ("Name|CC")
 * into a GeoNames city, which gives it its coordinates. Wikidata ids are given only where they
 * were known for certain; otherwise null, never guessed. scripts/build-gazetteer.ts reads this.
 */
import type { GazetteerEntry } from './gazetteer-entry.ts';

export type Curated = Partial<GazetteerEntry> & {
  id: string;
  names: string[];
  /** world-countries code of the country this entry refines */
  cca3?: string;
  /** GeoNames city "Name|CC" this entry refines (and takes its coordinates from) */
  city?: string;
};

/** Wikidata ids of present-day countries, by ISO 3166-1 alpha-3. */
export const COUNTRY_WIKIDATA: Record<string, string> = {
  AFG: 'Q889', ALB: 'Q222', DZA: 'Q262', ARG: 'Q414', AUS: 'Q408', AUT: 'Q40', BEL: 'Q31', BOL: 'Q750',
  BRA: 'Q155', BGR: 'Q219', KHM: 'Q424', CAN: 'Q16', CHL: 'Q298', CHN: 'Q148', COL: 'Q739', COD: 'Q974',
  CUB: 'Q241', DNK: 'Q35', EGY: 'Q79', ETH: 'Q115', FIN: 'Q33', FRA: 'Q142', DEU: 'Q183', GHA: 'Q117',
  GRC: 'Q41', HUN: 'Q28', IND: 'Q668', IDN: 'Q252', IRN: 'Q794', IRQ: 'Q796', IRL: 'Q27', ISR: 'Q801',
  ITA: 'Q38', JPN: 'Q17', JOR: 'Q810', KEN: 'Q114', PRK: 'Q423', KOR: 'Q884', LAO: 'Q819', LBN: 'Q822',
  LBY: 'Q1016', MYS: 'Q833', MEX: 'Q96', MNG: 'Q711', MAR: 'Q1028', MMR: 'Q836', NPL: 'Q837', NLD: 'Q55',
  NZL: 'Q664', NGA: 'Q1033', NOR: 'Q20', PAK: 'Q843', PER: 'Q419', PHL: 'Q928', POL: 'Q36', PRT: 'Q45',
  ROU: 'Q218', RUS: 'Q159', SAU: 'Q851', SGP: 'Q334', ZAF: 'Q258', ESP: 'Q29', LKA: 'Q854', SDN: 'Q1049',
  SWE: 'Q34', CHE: 'Q39', SYR: 'Q858', TWN: 'Q865', TZA: 'Q924', THA: 'Q869', TUN: 'Q948', TUR: 'Q43',
  UKR: 'Q212', GBR: 'Q145', USA: 'Q30', VEN: 'Q717', VNM: 'Q881', ZMB: 'Q953', ZWE: 'Q954',
};

/** The fifteen union republics (ISO numeric), whose union draws the Soviet Union. */
const USSR = ['643', '804', '112', '398', '860', '795', '417', '762', '031', '051', '268', '498', '428', '440', '233'];

export const CURATED: Curated[] = [
  // --- the divided and renamed states of 1965 ------------------------------------------------
  { id: 'korea', name: 'Korea', kind: 'region', lat: 38.3, lon: 127.5, wikidata: 'Q18097', names: ['Korea', 'Korean Peninsula', 'Korean peninsula'], demonyms: ['Korean', 'Koreans'], shape: { type: 'countries', iso: ['408', '410'] }, status1965: 'The Korean peninsula, divided since 1945 and split by the 1953 Military Demarcation Line between the DPRK and the ROK' },
  { id: 'north-korea', cca3: 'PRK', names: ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", "Korean Democratic People's Republic"], demonyms: ['North Korean', 'North Koreans'], status1965: "Democratic People's Republic of Korea (DPRK); capital Pyongyang; Premier Kim Il Sung" },
  { id: 'south-korea', cca3: 'KOR', names: ['South Korea', 'ROK', 'R.O.K.', 'Republic of Korea'], demonyms: ['South Korean', 'South Koreans'], status1965: 'Republic of Korea (ROK); capital Seoul; President Park Chung-hee' },
  { id: 'china', cca3: 'CHN', names: ['China', 'PRC', 'P.R.C.', "People's Republic of China", 'Communist China', 'Red China', 'Mainland China', 'New China'], demonyms: ['Chinese'], status1965: "People's Republic of China; capital Peking (Beijing); CCP Chairman Mao Zedong" },
  { id: 'taiwan', cca3: 'TWN', names: ['Taiwan', 'Formosa', 'Nationalist China', 'Free China'], demonyms: ['Taiwanese', 'Formosan'], status1965: "Republic of China (Chiang Kai-shek's government) on Taiwan since 1949; held China's seat at the UN until 1971" },
  { id: 'northeast-china', name: 'Northeast China', kind: 'region', lat: 45.0, lon: 126.5, wikidata: null, names: ['Northeast China', "China's Northeast", 'Manchuria'], demonyms: ['Manchurian'], shape: { type: 'area', radiusKm: 700 }, status1965: 'The Northeast of the PRC (Liaoning, Jilin, Heilongjiang), formerly called Manchuria' },
  { id: 'soviet-union', name: 'Soviet Union', kind: 'country', lat: 60.0, lon: 90.0, wikidata: 'Q15180', names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Soviet Russia'], demonyms: ['Soviet', 'Soviets'], shape: { type: 'countries', iso: USSR }, status1965: 'Union of Soviet Socialist Republics; CPSU First Secretary Leonid Brezhnev (since October 1964)' },
  { id: 'russia', cca3: 'RUS', names: ['Russia'], demonyms: ['Russian', 'Russians'], status1965: 'The Russian SFSR, the largest republic of the Soviet Union' },
  { id: 'germany', cca3: 'DEU', names: ['Germany'], demonyms: ['German', 'Germans'], status1965: 'Divided since 1949 into the Federal Republic (West Germany) and the German Democratic Republic (East Germany)' },
  { id: 'east-germany', name: 'East Germany', kind: 'country', lat: 52.0, lon: 12.5, wikidata: 'Q16957', names: ['East Germany', 'GDR', 'G.D.R.', 'German Democratic Republic', 'DDR'], demonyms: ['East German', 'East Germans'], shape: { type: 'area', radiusKm: 200 }, status1965: 'German Democratic Republic (GDR); capital East Berlin; SED First Secretary Walter Ulbricht' },
  { id: 'west-germany', name: 'West Germany', kind: 'country', lat: 50.5, lon: 9.0, wikidata: 'Q713750', names: ['West Germany', 'FRG', 'F.R.G.', 'Federal Republic of Germany'], demonyms: ['West German', 'West Germans'], shape: { type: 'area', radiusKm: 350 }, status1965: 'Federal Republic of Germany (FRG); capital Bonn; Chancellor Ludwig Erhard' },
  { id: 'vietnam', cca3: 'VNM', names: ['Vietnam', 'Viet Nam', 'Viet-Nam'], demonyms: ['Vietnamese'], status1965: 'Divided since the 1954 Geneva Accords into the DRV (north) and the Republic of Vietnam (south), at war' },
  { id: 'north-vietnam', name: 'North Vietnam', kind: 'country', lat: 21.0, lon: 105.5, wikidata: 'Q172640', names: ['North Vietnam', 'North Viet Nam', 'DRV', 'Democratic Republic of Vietnam', 'Democratic Republic of Viet Nam'], demonyms: ['North Vietnamese'], shape: { type: 'countries', iso: ['704'], clip: { side: 'north', lat: 17 } }, status1965: 'Democratic Republic of Vietnam (DRV); capital Hanoi; President Ho Chi Minh' },
  { id: 'south-vietnam', name: 'South Vietnam', kind: 'country', lat: 12.5, lon: 108.0, wikidata: 'Q180573', names: ['South Vietnam', 'South Viet Nam', 'Republic of Vietnam', 'RVN'], demonyms: ['South Vietnamese'], shape: { type: 'countries', iso: ['704'], clip: { side: 'south', lat: 17 } }, status1965: 'Republic of Vietnam, capital Saigon; military government of Nguyễn Văn Thiệu and Nguyễn Cao Kỳ since June 1965' },
  { id: 'ceylon', cca3: 'LKA', name: 'Ceylon', names: ['Ceylon', 'Sri Lanka'], demonyms: ['Ceylonese', 'Sri Lankan'], status1965: 'Dominion of Ceylon (renamed Sri Lanka in 1972)' },
  { id: 'burma', cca3: 'MMR', name: 'Burma', names: ['Burma', 'Myanmar'], demonyms: ['Burmese'], status1965: 'Union of Burma under General Ne Win (renamed Myanmar in 1989)' },
  { id: 'thailand', cca3: 'THA', names: ['Thailand', 'Siam'], demonyms: ['Thai', 'Siamese'] },
  { id: 'iran', cca3: 'IRN', names: ['Iran', 'Persia'], demonyms: ['Iranian', 'Iranians', 'Persian'] },
  { id: 'malaysia', cca3: 'MYS', names: ['Malaysia', 'Malaya'], demonyms: ['Malaysian', 'Malayan'], status1965: 'Federation of Malaysia, formed 1963 from Malaya, Sabah, Sarawak (and Singapore until August 1965)' },
  { id: 'singapore', cca3: 'SGP', names: ['Singapore'], demonyms: ['Singaporean'], status1965: 'Independent from 9 August 1965, after leaving Malaysia' },
  { id: 'cambodia', cca3: 'KHM', names: ['Cambodia', 'Kampuchea'], demonyms: ['Cambodian', 'Cambodians', 'Khmer'], status1965: 'Kingdom of Cambodia under Prince Norodom Sihanouk' },
  { id: 'laos', cca3: 'LAO', names: ['Laos'], demonyms: ['Laotian', 'Laotians', 'Lao'], status1965: 'Kingdom of Laos, in civil war' },
  { id: 'indonesia', cca3: 'IDN', names: ['Indonesia'], demonyms: ['Indonesian', 'Indonesians'], status1965: 'Republic of Indonesia; President Sukarno; the army moved against the PKI from 1 October 1965' },
  { id: 'japan', cca3: 'JPN', names: ['Japan'], demonyms: ['Japanese'], status1965: 'Japan; Prime Minister Satō Eisaku' },
  { id: 'united-states', cca3: 'USA', names: ['United States', 'United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'America'], demonyms: ['American', 'Americans'], status1965: 'United States of America; President Lyndon B. Johnson' },
  { id: 'united-kingdom', cca3: 'GBR', names: ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.'], demonyms: ['British', 'Briton', 'Britons'] },
  { id: 'egypt', cca3: 'EGY', names: ['Egypt', 'United Arab Republic', 'UAR', 'U.A.R.'], demonyms: ['Egyptian', 'Egyptians'], status1965: 'United Arab Republic (Egypt); President Gamal Abdel Nasser' },
  { id: 'tanzania', cca3: 'TZA', names: ['Tanzania', 'Tanganyika', 'Zanzibar'], demonyms: ['Tanzanian', 'Tanganyikan'], status1965: 'United Republic of Tanzania (Tanganyika and Zanzibar, united 1964)' },
  { id: 'zimbabwe', cca3: 'ZWE', name: 'Rhodesia', names: ['Rhodesia', 'Southern Rhodesia', 'Zimbabwe'], demonyms: ['Rhodesian', 'Rhodesians'], status1965: 'Southern Rhodesia, a British colony; white-minority government declared independence on 11 November 1965' },
  { id: 'zambia', cca3: 'ZMB', names: ['Zambia', 'Northern Rhodesia'], demonyms: ['Zambian'] },
  { id: 'ghana', cca3: 'GHA', names: ['Ghana', 'Gold Coast'], demonyms: ['Ghanaian'] },
  { id: 'dr-congo', cca3: 'COD', name: 'Congo (Léopoldville)', names: ['Congo (Léopoldville)', 'Congo-Léopoldville', 'Congo-Kinshasa', 'Democratic Republic of the Congo', 'Zaire'], status1965: 'Democratic Republic of the Congo (capital Léopoldville); Mobutu seized power on 25 November 1965' },
  { id: 'republic-of-the-congo', cca3: 'COG', name: 'Congo (Brazzaville)', names: ['Congo (Brazzaville)', 'Congo-Brazzaville', 'Republic of the Congo'] },
  { id: 'turkey', cca3: 'TUR', name: 'Turkey', names: ['Turkey', 'Türkiye'], demonyms: ['Turkish', 'Turks'] },
  { id: 'czechia', cca3: 'CZE', name: 'Czechoslovakia', names: ['Czechoslovakia', 'Czech Republic', 'Czechia'], demonyms: ['Czechoslovak', 'Czech', 'Czechs'], status1965: 'Czechoslovak Socialist Republic (with Slovakia until 1993); the point and outline are those of today\'s Czechia', wikidata: null },
  { id: 'mongolia', cca3: 'MNG', names: ['Mongolia', 'Outer Mongolia', "Mongolian People's Republic"], demonyms: ['Mongolian', 'Mongolians'], status1965: "Mongolian People's Republic" },
  { id: 'india', cca3: 'IND', names: ['India'], demonyms: ['Indian', 'Indians'], status1965: 'Republic of India; at war with Pakistan over Kashmir in August–September 1965' },
  { id: 'pakistan', cca3: 'PAK', names: ['Pakistan', 'West Pakistan'], demonyms: ['Pakistani', 'Pakistanis'], status1965: 'Pakistan, with East Pakistan (today Bangladesh); President Ayub Khan' },
  { id: 'bangladesh', cca3: 'BGD', names: ['Bangladesh', 'East Pakistan'], demonyms: ['Bangladeshi'], status1965: 'East Pakistan, part of Pakistan' },
  { id: 'cuba', cca3: 'CUB', names: ['Cuba'], demonyms: ['Cuban', 'Cubans'] },
  { id: 'france', cca3: 'FRA', names: ['France'], demonyms: ['French'] },
  { id: 'italy', cca3: 'ITA', names: ['Italy'], demonyms: ['Italian', 'Italians'] },
  { id: 'poland', cca3: 'POL', names: ['Poland'], demonyms: ['Polish', 'Poles'] },
  { id: 'philippines', cca3: 'PHL', names: ['Philippines', 'the Philippines'], demonyms: ['Filipino', 'Filipinos', 'Philippine'] },
  { id: 'ivory-coast', cca3: 'CIV', names: ['Ivory Coast', "Côte d'Ivoire"] },
  { id: 'eswatini', cca3: 'SWZ', name: 'Swaziland', names: ['Swaziland', 'Eswatini'] },
  { id: 'north-macedonia', cca3: 'MKD', names: ['North Macedonia', 'Macedonia'] },
  { id: 'yugoslavia', name: 'Yugoslavia', kind: 'country', lat: 44.0, lon: 20.5, wikidata: null, names: ['Yugoslavia', 'SFRY'], demonyms: ['Yugoslav', 'Yugoslavs'], shape: { type: 'countries', iso: ['688', '191', '070', '705', '499', '807'] }, status1965: 'Socialist Federal Republic of Yugoslavia; President Josip Broz Tito' },

  // --- continents and regions ---------------------------------------------------------------
  { id: 'asia', name: 'Asia', kind: 'continent', lat: 35.0, lon: 95.0, wikidata: 'Q48', names: ['Asia'], demonyms: ['Asian', 'Asians'], shape: { type: 'area', radiusKm: 3500 } },
  { id: 'africa', name: 'Africa', kind: 'continent', lat: 5.0, lon: 20.0, wikidata: 'Q15', names: ['Africa'], demonyms: ['African', 'Africans'], shape: { type: 'area', radiusKm: 3500 } },
  { id: 'europe', name: 'Europe', kind: 'continent', lat: 50.0, lon: 15.0, wikidata: 'Q46', names: ['Europe'], demonyms: ['European', 'Europeans'], shape: { type: 'area', radiusKm: 1800 } },
  { id: 'latin-america', name: 'Latin America', kind: 'region', lat: -8.0, lon: -58.0, wikidata: 'Q12585', names: ['Latin America'], demonyms: ['Latin American', 'Latin Americans'], shape: { type: 'area', radiusKm: 3500 } },
  { id: 'north-america', name: 'North America', kind: 'continent', lat: 45.0, lon: -100.0, wikidata: 'Q49', names: ['North America'], shape: { type: 'area', radiusKm: 3000 } },
  { id: 'south-america', name: 'South America', kind: 'continent', lat: -15.0, lon: -60.0, wikidata: 'Q18', names: ['South America'], shape: { type: 'area', radiusKm: 3000 } },
  { id: 'middle-east', name: 'Middle East', kind: 'region', lat: 29.0, lon: 42.0, wikidata: null, names: ['Middle East', 'Near East'], shape: { type: 'area', radiusKm: 1500 } },
  { id: 'southeast-asia', name: 'Southeast Asia', kind: 'region', lat: 8.0, lon: 110.0, wikidata: null, names: ['Southeast Asia', 'South-East Asia', 'Indochina', 'Indo-China'], shape: { type: 'area', radiusKm: 2000 } },
  { id: 'east-asia', name: 'East Asia', kind: 'region', lat: 35.0, lon: 120.0, wikidata: null, names: ['East Asia', 'Far East', 'the Far East'], shape: { type: 'area', radiusKm: 2000 } },

  // --- cities, with their names of the period -------------------------------------------------
  { id: 'beijing', city: 'Beijing|CN', wikidata: 'Q956', names: ['Beijing', 'Peking', 'Peiping'], status1965: 'Capital of the PRC' },
  { id: 'saigon', city: 'Ho Chi Minh City|VN', name: 'Saigon', wikidata: 'Q1854', names: ['Saigon', 'Ho Chi Minh City'], status1965: 'Capital of the Republic of Vietnam (South Vietnam); renamed Ho Chi Minh City in 1976' },
  { id: 'hanoi', city: 'Hanoi|VN', wikidata: 'Q1858', names: ['Hanoi'], status1965: 'Capital of the DRV (North Vietnam)' },
  { id: 'pyongyang', city: 'Pyongyang|KP', wikidata: 'Q18808', names: ['Pyongyang', "P'yŏngyang"], status1965: 'Capital of the DPRK' },
  { id: 'seoul', city: 'Seoul|KR', wikidata: 'Q8684', names: ['Seoul'], status1965: 'Capital of the ROK' },
  { id: 'busan', city: 'Busan|KR', wikidata: 'Q16520', names: ['Busan', 'Pusan'] },
  { id: 'incheon', city: 'Incheon|KR', wikidata: 'Q20934', names: ['Incheon', 'Inchon', "Inch'ŏn"] },
  { id: 'tokyo', city: 'Tokyo|JP', wikidata: 'Q1490', names: ['Tokyo'] },
  { id: 'moscow', city: 'Moscow|RU', wikidata: 'Q649', names: ['Moscow'], status1965: 'Capital of the Soviet Union' },
  { id: 'washington', city: 'Washington, D.C.|US', name: 'Washington, D.C.', wikidata: 'Q61', names: ['Washington', 'Washington, D.C.', 'Washington D.C.'], status1965: 'Capital of the United States' },
  { id: 'new-york', city: 'New York City|US', wikidata: 'Q60', names: ['New York', 'New York City'] },
  { id: 'london', city: 'London|GB', wikidata: 'Q84', names: ['London'] },
  { id: 'paris', city: 'Paris|FR', wikidata: 'Q90', names: ['Paris'] },
  { id: 'berlin', city: 'Berlin|DE', wikidata: 'Q64', names: ['Berlin'], status1965: 'Divided since 1961 by the Berlin Wall into East Berlin (capital of the GDR) and West Berlin' },
  { id: 'east-berlin', name: 'East Berlin', kind: 'district', lat: 52.52, lon: 13.42, wikidata: null, names: ['East Berlin'], status1965: 'Capital of the GDR' },
  { id: 'west-berlin', name: 'West Berlin', kind: 'district', lat: 52.5, lon: 13.3, wikidata: null, names: ['West Berlin'], status1965: 'Western sectors of Berlin, tied to the FRG' },
  { id: 'jakarta', city: 'Jakarta|ID', wikidata: 'Q3630', names: ['Jakarta', 'Djakarta'], status1965: 'Capital of Indonesia' },
  { id: 'taipei', city: 'Taipei|TW', wikidata: 'Q1867', names: ['Taipei', 'Taipeh'], status1965: 'Seat of the Republic of China government' },
  { id: 'hong-kong', city: 'Hong Kong|HK', wikidata: 'Q8646', names: ['Hong Kong', 'Hongkong'], status1965: 'British colony' },
  { id: 'new-delhi', city: 'New Delhi|IN', wikidata: 'Q987', names: ['New Delhi'] },
  { id: 'delhi', city: 'Delhi|IN', wikidata: 'Q1353', names: ['Delhi'] },
  { id: 'bangkok', city: 'Bangkok|TH', wikidata: 'Q1861', names: ['Bangkok'] },
  { id: 'manila', city: 'Manila|PH', wikidata: 'Q1461', names: ['Manila'] },
  { id: 'cairo', city: 'Cairo|EG', wikidata: 'Q85', names: ['Cairo'] },
  { id: 'havana', city: 'Havana|CU', wikidata: 'Q1563', names: ['Havana'] },
  { id: 'geneva', city: 'Genève|CH', name: 'Geneva', wikidata: 'Q71', names: ['Geneva', 'Genève'] },
  { id: 'rome', city: 'Rome|IT', wikidata: 'Q220', names: ['Rome'] },
  { id: 'vienna', city: 'Vienna|AT', wikidata: 'Q1741', names: ['Vienna'] },
  { id: 'warsaw', city: 'Warsaw|PL', wikidata: 'Q270', names: ['Warsaw'] },
  { id: 'prague', city: 'Prague|CZ', wikidata: 'Q1085', names: ['Prague'] },
  { id: 'budapest', city: 'Budapest|HU', wikidata: 'Q1781', names: ['Budapest'] },
  { id: 'bucharest', city: 'Bucharest|RO', wikidata: 'Q19660', names: ['Bucharest'] },
  { id: 'sofia', city: 'Sofia|BG', wikidata: 'Q472', names: ['Sofia'] },
  { id: 'belgrade', city: 'Belgrade|RS', wikidata: 'Q3711', names: ['Belgrade'] },
  { id: 'baghdad', city: 'Baghdad|IQ', wikidata: 'Q1530', names: ['Baghdad'] },
  { id: 'tehran', city: 'Tehran|IR', wikidata: 'Q3616', names: ['Tehran', 'Teheran'] },
  { id: 'karachi', city: 'Karachi|PK', wikidata: 'Q8660', names: ['Karachi'] },
  { id: 'shanghai', city: 'Shanghai|CN', wikidata: 'Q8686', names: ['Shanghai'] },
  { id: 'yangon', city: 'Yangon|MM', name: 'Rangoon', wikidata: null, names: ['Rangoon', 'Yangon'], status1965: 'Capital of Burma' },
  { id: 'guangzhou', city: 'Guangzhou|CN', wikidata: null, names: ['Guangzhou', 'Canton'] },
  { id: 'nanjing', city: 'Nanjing|CN', wikidata: null, names: ['Nanjing', 'Nanking'] },
  { id: 'tianjin', city: 'Tianjin|CN', wikidata: null, names: ['Tianjin', 'Tientsin'] },
  { id: 'chongqing', city: 'Chongqing|CN', wikidata: null, names: ['Chongqing', 'Chungking'] },
  { id: 'shenyang', city: 'Shenyang|CN', wikidata: null, names: ['Shenyang', 'Mukden'] },
  { id: 'dalian', city: 'Dalian|CN', wikidata: null, names: ['Dalian', 'Dairen', 'Lüda'] },
  { id: 'kaesong', city: 'Kaesŏng|KP', name: 'Kaesong', wikidata: null, names: ['Kaesong', 'Kaesŏng'] },
  { id: 'panmunjom', name: 'Panmunjom', kind: 'city', lat: 37.956, lon: 126.677, wikidata: null, names: ['Panmunjom', 'Panmunjeom'], status1965: 'Truce village on the Military Demarcation Line, seat of the Military Armistice Commission' },
];
