// Place names the recogniser trusts over any other reading: countries, capitals, US states,
// major cities and world regions. Data only; keys are matched through `placeKey`.
import { lowerCase } from './lower-case';

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|
Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|
Czech Republic|Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|
Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|
Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|
Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Côte d'Ivoire|Jamaica|
Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|
Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|
Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|
Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|
Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|Somaliland|South Africa|
South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|
Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|
United States|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|
Greenland|Puerto Rico|Hong Kong|Macau|Gibraltar|Soviet Union|USSR|Yugoslavia|Czechoslovakia|West Germany|
East Germany`;

const CAPITALS = `Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|Minsk|
Brussels|Porto-Novo|Thimphu|La Paz|Sarajevo|Gaborone|Brasília|Sofia|Ouagadougou|Phnom Penh|Yaoundé|Ottawa|
Santiago|Beijing|Bogotá|Kinshasa|Brazzaville|San José|Zagreb|Havana|Nicosia|Prague|Copenhagen|Quito|Cairo|
San Salvador|Asmara|Tallinn|Addis Ababa|Helsinki|Paris|Libreville|Banjul|Tbilisi|Berlin|Accra|Athens|
Guatemala City|Conakry|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|
Dublin|Jerusalem|Rome|Kingston|Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|
Maseru|Monrovia|Tripoli|Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|Bamako|Valletta|Nouakchott|Mexico City|
Chisinau|Ulaanbaatar|Podgorica|Rabat|Maputo|Naypyidaw|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington|
Managua|Niamey|Abuja|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Ramallah|Panama City|Port Moresby|Asunción|Lima|
Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|
Mogadishu|Pretoria|Cape Town|Seoul|Juba|Madrid|Colombo|Khartoum|Paramaribo|Stockholm|Bern|Damascus|Taipei|
Dushanbe|Dodoma|Bangkok|Lomé|Tunis|Ankara|Ashgabat|Kampala|Kyiv|Kiev|Abu Dhabi|London|Washington|
Washington, D.C.|Montevideo|Tashkent|Caracas|Hanoi|Sanaa|Lusaka|Harare|Edinburgh|Cardiff|Belfast`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
West Virginia|Wisconsin|Wyoming|District of Columbia`;

const CITIES = `New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|
San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Las Vegas|Baltimore|Minneapolis|New Orleans|Pittsburgh|
Cleveland|Portland|Sacramento|Honolulu|Anchorage|Brooklyn|Manhattan|Toronto|Montreal|Vancouver|Calgary|
Sydney|Melbourne|Brisbane|Perth|Auckland|Manchester|Birmingham|Liverpool|Glasgow|Leeds|Bristol|Oxford|
Cambridge|Munich|Hamburg|Frankfurt|Cologne|Milan|Naples|Venice|Florence|Turin|Barcelona|Valencia|Seville|Porto|
Marseille|Lyon|Geneva|Zurich|Zürich|Rotterdam|Antwerp|Krakow|Kraków|Gdansk|St Petersburg|Saint Petersburg|
St. Petersburg|Novosibirsk|Yekaterinburg|Kazan|Sochi|Vladivostok|Kaliningrad|Murmansk|Kharkiv|Odesa|Odessa|Lviv|
Dnipro|Donetsk|Luhansk|Mariupol|Zaporizhzhia|Kherson|Bakhmut|Avdiivka|Sevastopol|Mykolaiv|Sumy|Chernihiv|
Kursk|Belgorod|Istanbul|Izmir|Aleppo|Homs|Mosul|Basra|Erbil|Gaza City|Rafah|Khan Younis|Tel Aviv|Haifa|
Hebron|Jenin|Mecca|Medina|Jeddah|Dubai|Karachi|Lahore|Mumbai|Bombay|Kolkata|Chennai|Bangalore|Bengaluru|
Hyderabad|Shanghai|Guangzhou|Shenzhen|Wuhan|Chengdu|Hong Kong|Osaka|Kyoto|Hiroshima|Busan|Ho Chi Minh City|
Saigon|Singapore|Lagos|Johannesburg|Durban|Casablanca|Alexandria|São Paulo|Sao Paulo|Rio de Janeiro|Rio|
Guadalajara|Monterrey|Tijuana|Medellín|Medellin|Davos|Strasbourg|Salzburg|Minsk|Tbilisi|Yalta|Potsdam|Helsinki|
Mar-a-Lago|Silicon Valley|Wall Street|Hollywood|Westminster|Whitehall|Brussels`;

const REGIONS = `Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Near East|
Far East|Oceania|Antarctica|Arctic|Antarctic|Eurasia|Scandinavia|Balkans|Caucasus|Central Asia|Southeast Asia|
South Asia|East Asia|Sahel|Sahara|Caribbean|Mediterranean|Baltic|Baltics|Black Sea|Red Sea|Baltic Sea|
North Sea|South China Sea|Persian Gulf|Gulf of Mexico|Gulf of America|Atlantic|Pacific|Indian Ocean|
Atlantic Ocean|Pacific Ocean|Arctic Ocean|Crimea|Donbas|Donbass|Gaza|Gaza Strip|West Bank|Golan Heights|
Kashmir|Tibet|Xinjiang|Kurdistan|Siberia|Chechnya|Dagestan|Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh|
Catalonia|Basque Country|Bavaria|Flanders|Wallonia|Sicily|Sardinia|Corsica|Tuscany|Lombardy|Normandy|
Brittany|Provence|Andalusia|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|
New South Wales|Queensland|Victoria|Tasmania|Punjab|Kerala|Bengal|Sinai|Negev|Darfur|Kursk Oblast|
Kharkiv Oblast|Zaporizhzhia Oblast|Kherson Oblast|Donetsk Oblast|Luhansk Oblast|Greater London|Midlands|
Yorkshire|Cornwall|Kent|Essex|Sussex|Highlands|Appalachia|Midwest|New England|Deep South|Great Lakes|Patagonia|
Amazon basin|Himalayas|Alps|Andes|Urals|Rockies|Danube|Rhine|Thames|Nile|Mississippi River|Dnipro River`;

/**
 * Names that are spelled differently but name one place or organisation, with the spelling used as
 * the entity's name. Keys go through `placeKey`.
 */
const ALIASES: Record<string, { name: string; kind: 'place' | 'organization' }> = {
  us: { name: 'United States', kind: 'place' },
  usa: { name: 'United States', kind: 'place' },
  'united states': { name: 'United States', kind: 'place' },
  'united states of america': { name: 'United States', kind: 'place' },
  uk: { name: 'United Kingdom', kind: 'place' },
  'united kingdom': { name: 'United Kingdom', kind: 'place' },
  uae: { name: 'United Arab Emirates', kind: 'place' },
  'united arab emirates': { name: 'United Arab Emirates', kind: 'place' },
  ussr: { name: 'Soviet Union', kind: 'place' },
  'soviet union': { name: 'Soviet Union', kind: 'place' },
  drc: { name: 'Democratic Republic of the Congo', kind: 'place' },
  prc: { name: 'China', kind: 'place' },
  dc: { name: 'Washington, D.C.', kind: 'place' },
  'washington dc': { name: 'Washington, D.C.', kind: 'place' },
  eu: { name: 'European Union', kind: 'organization' },
  'european union': { name: 'European Union', kind: 'organization' },
  un: { name: 'United Nations', kind: 'organization' },
  'united nations': { name: 'United Nations', kind: 'organization' },
};

/** Lower case, accents and full stops dropped, hyphens as spaces: "U.S." → "us", "Guinea-Bissau" → "guinea bissau". */
export function placeKey(name: string): string {
  if (isPlainKey(name)) return lowerCase(name);
  let key = name.toLowerCase();
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  return key.replace(/\./g, '').replace(/[-‐‑–,]/g, ' ').replace(/\s+/g, ' ').trim();
}

// ASCII with nothing placeKey drops or changes but capitals, as most names are ("Putin", "New York"): then the
// lower case is the key, without the five passes over the string.
function isPlainKey(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128 || c === 46 /* . */ || c === 45 /* - */ || c === 44 /* , */ || (c >= 9 && c <= 13)) return false;
    if (c === 32 && (i === 0 || i === name.length - 1 || name.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}

export type GazetteerKind = 'country' | 'city' | 'region';

const GAZETTEER = new Map<string, { name: string; kind: GazetteerKind }>();
function addAll(list: string, kind: GazetteerKind): void {
  for (const raw of list.split('|')) {
    const name = raw.trim();
    if (name && !GAZETTEER.has(placeKey(name))) GAZETTEER.set(placeKey(name), { name, kind });
  }
}
addAll(COUNTRIES, 'country');
addAll(US_STATES, 'region');
addAll(CAPITALS, 'city');
addAll(CITIES, 'city');
addAll(REGIONS, 'region');

/** The gazetteer entry for a place name, or undefined. */
export function lookupPlace(key: string): { name: string; kind: GazetteerKind } | undefined {
  return GAZETTEER.get(key);
}

/** The canonical name of an alias ("U.S." → United States), or undefined. */
export function lookupAlias(key: string): { name: string; kind: 'place' | 'organization' } | undefined {
  return ALIASES[key];
}

/** Every gazetteer place, keyed as `placeKey` keys them (for the NER model's lexicons). */
export function gazetteerEntries(): Array<[string, { name: string; kind: GazetteerKind }]> {
  return [...GAZETTEER];
}
