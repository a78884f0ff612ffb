// Teams in a sports report. "Liverpool beat Chelsea 2-1", "Everton manager Sean Dyche", "Bristol City 2 Luton 0":
// a club named after its town is an organisation there, but the tagger, which knows the town, reads a place
// (or, for "Chelsea", a person). A national side keeps its country's type, as the CoNLL guidelines have it
// ("Australia beat Sri Lanka": places).
import type { MentionCandidate } from './entity-recogniser';
import { isListedPlace } from './name-lookup';
import { isDateline } from './datelines';
import { mentionAt } from './name-edges';
import { placeKey } from './gazetteer';
import { SpanIndex } from './span-index';

// Words only a match report uses (not "win", "defeat", "final", "season": every election story has them): two
// different ones make a document a sports report.
const SPORT_WORDS =
  /\b(?:soccer|cricket|rugby|baseball|basketball|hockey|tennis|goals?|scored|scorers?|league|striker|midfielder|defender|goalkeeper|fixtures?|wickets?|innings|premiership|kick-off|half-?time|penalty|penalties|stadium|touchdown|quarterback|play-offs?|relegation|promoted|substitute|hat-trick|rebounds|assists|triple-double|three-pointers?|free throws?|power play|puck|playoffs?|postseason|NBA|NFL|MLB|NHL|WNBA|touchdowns?|footballers?|cricketers?|VFL|AFL(?!-CIO)|NRL|A-League|Grand Prix|Formula One|F1|podium|pole position|pit-?stops?)\b/gi;
const MIN_SPORT_WORDS = 2;

// Between two teams: "X beat Y", "X drew 1-1 with Y", "X lost 2-0 to Y", "X, who play Y", "X v Y", "X 2 Y 1".
const SCORE = String.raw`(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+)?`;
const BETWEEN = new RegExp(
  String.raw`^\s*(?:(?:beat|defeated|thrashed|edged|overcame|eliminated|knocked out|stuns?|stunned|upset|routs?|routed|downs?|downed|outlasts?|outlasted)\s+(?:No\.\s*\d{1,2}\s+)?${SCORE}|(?:drew|lost)\s+${SCORE}(?:(?:at\s+home|away)\s+)?(?:with|to|against)\s+|,\s*who\s+(?:play|plays|face|faces)\s+|(?:v|vs|vs\.|versus)\s+|\d{1,2}\s*[-–]\s*\d{1,2}\s+|\d{1,2}\s+)$`,
  'i',
);
// After a team: "Everton manager Sean Dyche", "Leeds fans".
const TEAM_ROLE = /^\s+(?:manager|(?:head\s+)?coach|boss|striker|midfielder|defender|goalkeeper|keeper|captain|winger|forward|fans|supporters?|players|defence|defense|attack|midfield|squad|president|chairman|owner|(?:sporting\s+)?director|academy)\b/i;
// Before a team: "44 appearances for Lille", "his debut for Como".
// (And "scored 1,184 runs at an average of 78.9 for Sialkot", "took 40 wickets for Kent".)
const FOR_TEAM = /\b(?:appearances?|debut|played|plays|playing|signed|scored|scoring|goals?|runs|wickets|tries|points|replied|replying|starred)\s+(?:at\s+an\s+average\s+of\s+[\d.]+\s+)?for\s+$/i;
// Before a team: "Italian club Lazio", "Dutch champions Ajax", "a match against Fiorentina".
const CLUB_WORD_BEFORE = /\b(?:club|clubs|side|champions|holders|outfit|giants)\s+$/i;
// (And rivals, but never a player read as a person: "his rivals Verstappen and Norris".)
const RIVALS_BEFORE = /\b(?:city|local|derby|title|arch-|fierce|bitter)[ \t-]*rivals\s+$/i;
// (Only a name not read as a person: "a win against Gauff" is a player.)
const MATCH_AGAINST = /\b(?:match|game|tie|clash|draw|win|victory|defeat|loss)\s+(?:against|with)\s+$/i;
// A club's name by its shape: "Atletico Madrid", "Dynamo Kiev"; "Bristol City", "Blackburn Rovers" (not a
// place of that name).
const CLUB_FIRST_WORDS = new Set(
  'Atletico Atlético Real Inter AC Dynamo Dinamo Spartak Lokomotiv CSKA Sporting Olympique Borussia Bayern Hertha Werder Eintracht Fortuna Deportivo Celta Steaua Slavia Sparta Rapid Racing Athletic Hapoel Maccabi Partizan Ferencvaros Feyenoord'.split(' '),
);
// (Not City or County: "Jackson County officials", "Rapid City"; a results line shows those clubs.)
// (And the franchises of the IPL and the Big Bash: "Kolkata Knight Riders", "Chennai Super Kings", "Perth Scorchers".)
// (And American colleges': "Florida State", "Virginia Tech".)
const CLUB_LAST_WORDS = new Set('United Rovers Wanderers Athletic Albion Rangers Hotspur Villa Argyle Academical Thistle Harriers Hibernian Riders Kings Royals Capitals Titans Giants Scorchers Renegades Sixers Strikers State Tech Forest Palace Wednesday Saint-Germain'.split(' '));
// (And a place we know and a plural nickname: "West Coast Eagles", "Perth Wildcats"; not a place's plural,
// "Palm Springs", "Cayman Islands", nor a contest's, "Six Nations", "World Series".)
const PLACE_PLURALS = /^(?:Masters|Games|Olympics|Paralympics|Championships|Nationals|Finals|Series|Awards|Opens|States|Islands|Isles|Falls|Heights|Hills|Springs|Mountains|Lakes|Keys|Plains|Rapids|Woods|Glades|Downs|Sands|Highlands|Lowlands|Midlands|Banks|Dales|Meadows|Fields|Gardens|Oaks|Pines|Palms|Towers|Rocks|Flats|Narrows|Shoals|Marshes|Commons|Docks|Wells|Waters|Territories|Emirates|Provinces|Alps|Andes|Rockies|Appalachians|Pyrenees|Carpathians|Balkans|Philippines|Netherlands|Bahamas|Maldives|Seychelles|Comoros|Americas|Grenadines|Antilles|Hebrides|Orkneys|Cyclades|Azores|Canaries|Dardanelles|Everglades|Badlands|Catskills|Cotswolds|Broads|Fens|Wolds|Moors|Hamptons|Tropics)$/;
function hasClubShape(m: MentionCandidate): boolean {
  if (m.words.length < 2 || isListedPlace(m.text.toLowerCase())) return false;
  const last = m.words[m.words.length - 1]!;
  return CLUB_FIRST_WORDS.has(m.words[0]!) || CLUB_LAST_WORDS.has(last) || (/^\p{Lu}\p{Ll}+s$/u.test(last) && !/ss$/.test(last) && !PLACE_PLURALS.test(last) && isListedPlace(m.words.slice(0, -1).join(' ').toLowerCase()));
}
// A role and a name after a team, which make even a lone word read as a person a team: "Juventus striker
// Alessandro Del Piero" (not "Smith, the coach").
// (The positions of rugby, cricket, baseball, basketball, ice hockey and American football too: "Wasps flanker
// Lawrence Dallaglio", "Bath hooker Mark Regan", "Houston center Hakeem Olajuwon".)
const TEAM_ROLE_AND_NAME = /^\s+(?:manager|(?:head\s+)?coach|boss|striker|midfielder|defender|goalkeeper|keeper|captain|winger|forward|president|chairman|flanker|hooker|prop|lock|fly-half|scrum-half|full-back|fullback|centre|number\s+eight|batsman|bowler|all-rounder|wicketkeeper|wicket-keeper|opener|spinner|paceman|seamer|pitcher|shortstop|catcher|outfielder|infielder|slugger|reliever|guard|center|linebacker|receiver|cornerback|goaltender|netminder|right-back|left-back|centre-back|centre-half|playmaker)\s+\p{Lu}/u;

// A team in the prose of a match report: the subject of what teams do ("Newcastle had led", "Denver then
// scored", "Villa host Brentford"), what a player or a team does to one ("led Minnesota with 38 points", "to face
// Sporting", "signed from Feyenoord", "a win over Denver"), and a team's place in a table ("leaves Newcastle
// eighth"). Only a place of one word, never a country: national sides are places ("beat West Indies").
// (And what a club does in the transfer market, in the plural a British report gives a club: "Newcastle agree
// club-record deal"; not what a host city does too, "Brisbane bid for the Olympics", "Paris wanted the stadium".)
const TEAM_DOES = /^\s+(?:(?:had|has|have|then)\s+)*(?:led|scored|won|wins|lost|loses|beats|leads|trails|trailed|equalised|equalized|host|hosts|hosted|visit|visits|visited|face|faces|faced|drew|beat|rallied|outscored|travel|travels|travelled|traveled|finished|agree|agreed|signed|sold|bought|rejected|completed|clinched|edged|thrashed|routed)\b/;
// A side at the crease in a cricket report, before its score: "Mumbai closed day two on 412 for six", "Vidarbha reached
// 301 for five" (not "Chennai reached 42C", "Colombo closed its port").
const CRICKET_SIDE_DOES = /^\s+(?:closed|resumed|reached|declared|posted|slumped|collapsed|chased|batted|replied)\b[^.\n]{0,30}?\b\d{2,3}(?:\/\d{1,2}\b|\s+for\s+(?:\d|one|two|three|four|five|six|seven|eight|nine)\b|\s+all\s+out\b)/;
// A side's total in a cricket report: "Mumbai 412/6", "Saurashtra 287 (Vaghela 94)", "in reply to Saurashtra's 287".
// A player's position before his name (lower case, in a match report).
const POSITION_BEFORE = /(?:^|[^\p{L}-])(?:defender|midfielder|striker|winger|goalkeeper|keeper|full-back|centre-back|center-back|right-back|left-back|fly-half|flanker|hooker|scrum-half|quarterback|linebacker|cornerback|running back|tight end|guard|forward|pitcher|shortstop|outfielder|batsman|batter|all-rounder|spinner|seamer|paceman|wicketkeeper)[ \t]+$/u;
const CLASSIFIED_BEFORE = /(?:^|\n)[ \t]*\d{1,2}\.[ \t]+[^\n(]+\($/;
const PLACED_FOR = /\b(?:finished|came|placed|ended)[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[ \t]+for[ \t]+$/;
const STANDINGS_ROW_BEFORE = /(?:^|\n)[ \t]*\d{1,2}\.[ \t]+$/;
const STANDINGS_ROW_AFTER = /^[ \t]+(?:--?[ \t]+P\d|\d{1,3}-\d{1,3}\b|\d{1,3}[ \t]*pts\b)/;
const TOTAL_AFTER = /^(?:['’]s)?[ \t]+\d{2,3}(?:\/\d{1,2}\b|[ \t]+for[ \t]+(?:\d|one|two|three|four|five|six|seven|eight|nine)\b|[ \t]+all[ \t]+out\b|[ \t]+\(|,[ \t]+a[ \t]+lead\b)/;
// "The win lifts Rajasthan to fourth", "sends Leeds to the top".
const MOVED_BEFORE = /\b(?:lifts?|lifted|moves?|moved|sends?|sent|takes?|took|keeps?|kept|leaves)\s+$/;
const TO_TABLE_PLACE = /^\s+(?:up\s+|down\s+|back\s+)?to\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom)\b/;
const DONE_TO_TEAM = /\b(?:face|faces|facing|host|hosts|hosting|beat|beating|against|play|plays|meet|meets|coached|coaches|signed\s+with|played\s+with|signed\s+from|joined\s+(?:permanently\s+|initially\s+|originally\s+)?from|(?:free\s+)?transfer\s+from|loan\s+from|acquired\s+from|traded\s+(?:from|to)|claimed\s+from|win\s+over|victory\s+over|led)\s+$/i;
// "with a 3-1 win over Aberdeen", "held 1-1 by Hearts", "a 2-0 defeat by Ajax": a score between the sides makes
// even a word read as a person a team. (Not a set's score, "a 6-3 6-4 win over Nadal": a player's.)
const SCORED_AGAINST = /\b(?:win|won|draw|drew|held|lost|loss|defeat|beaten|victory)\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:at\s+home\s+to|away\s+to|at)\s+$|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw)\s+at\s+$|(?<!\d\s*[-–]\s*\d{1,2}\s+)\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:(?:home|away)\s+)?(?:win|victory|defeat|loss|draw)\s+(?:over|to|by|against|with)\s+$|\b(?:held|beaten|defeated|thrashed)\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+by\s+$/i;
// "Chicago, the NBA champions, improved their record".
const CHAMPIONS_AFTER = /^,\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:champions|holders|leaders|title-holders)\b/u;
const TEAM_OF_NAME = /^\s+(?:team|car|cars)\b/;
const TABLE_PLACE = /^\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|bottom|top)\b(?!\s+(?:time|day|week|year|round|place\s+to))/i;

const TOWNS_OWN_AFTER = /^['’]?s?\s+(?:Governor|Gov\.|Mayor|officials?|police|council|City\s+Council|residents|authorities|Attorney|Senator|Sen\.|Rep\.|lawmakers|voters|leaders|area|region|metro|suburbs?|County)\b/i;
// Where a club's name stays its town: "born in Houston, Texas", "a hotel in Lille".
export const IN_TOWN = /(?:\b(?:in|near|outside|inside|across|around|throughout|into|born)\s+|,\s*)$/i;

// (A team's name read as a place elsewhere is the team too, but after a word for going to, being at or coming
// from the town: "fans travelled to Newcastle".)
const TO_TOWN = /(?:\b(?:in|near|outside|inside|across|around|throughout|into|born|to|from|at|of|visit|visited)\s+|,\s*)$/i;

// "Celtic 2-3 Bologna", "Celtic were transformed", "said Celtic manager Martin O'Halloran": a club whose name is
// an adjective, which the rules leave out as one ("Celtic music"), is the club in a match report, where what
// follows is a score, a verb, a role or the end of a phrase.
const ADJECTIVE_CLUBS = /(?<![\p{L}'’-])Celtic(?=[ \t]*(?:\n|$)|\s*\d|\s*[-–]\s*\d|['’]s?\b|\s*[,.;:!?)]|\s+(?:manager|boss|coach|fans|supporters|striker|defender|midfielder|goalkeeper|captain|side|squad|players?|were|are|was|is|have|had|will|would|remain|return|host|hosts|play|face|faces|beat|drew|lost|won|led|went|moved|and|v|vs)\b)/gu;
function clubsNamedLikeAdjectives(text: string, found: MentionCandidate[]): MentionCandidate[] {
  if (!text.includes('Celtic')) return [];
  const added: MentionCandidate[] = [];
  for (const match of text.matchAll(ADJECTIVE_CLUBS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!found.some((m) => m.start < end && start < m.end)) added.push(mentionAt(text, start, end, 'organization'));
  }
  return added;
}

// Clubs' short names a report writes as they are said: "Man City", "Man Utd", "Atleti", "Spurs", "Barca", "Juve".
const CLUBS_SHORT_NAMES = new Set(['Man City', 'Man Utd', 'Man United', 'Atleti', 'Spurs', 'Barca', 'Barça', 'Juve', 'Gladbach', 'Boro', 'Wolves', 'Saints', 'Magpies', 'Gunners', 'Hammers', 'Toffees']);

/** True when two different words only a match report uses are in `text`. */
export function isSportsReport(text: string): boolean {
  // (Asked three times of each text, by the rules for teams, tables and names in context: the last answer is kept.)
  if (text === lastReport.text) return lastReport.sports;
  const cues = new Set((text.match(SPORT_WORDS) ?? []).map((word) => word.toLowerCase()));
  lastReport = { text, sports: cues.size >= MIN_SPORT_WORDS };
  return lastReport.sports;
}
let lastReport = { text: '', sports: false };

// (Nor a side of nations that plays as one, a place as a national side is: "top-scored for West Indies".)
function couldBeTeam(m: MentionCandidate): boolean {
  if (m.country || m.text === 'West Indies' || m.text === 'WEST INDIES') return false;
  return m.type === 'place' || m.type === 'organization' || (m.type === 'person' && m.words.length === 1);
}

/**
 * `mentions` with the clubs of a sports report made organisations where the report treats them as clubs, and
 * the same name elsewhere, but where it is the town ("Texas beat Oklahoma … born in Houston, Texas").
 */
export function sportsTeams(text: string, found: MentionCandidate[]): MentionCandidate[] {
  if (!isSportsReport(text)) return found;
  const mentions = [...found, ...clubsNamedLikeAdjectives(text, found)];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const teams = new Set<MentionCandidate>();
  // Towns that name a club of the report with its nickname: "Milwaukee" of "the Milwaukee Bucks".
  const clubTowns = new Set<string>();
  // And the nicknames themselves: "Thunder" of "the Oklahoma City Thunder", "Storm" of "the Melbourne Storm".
  const nicknames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || m.words.length < 2) continue;
    const nickname = m.words[m.words.length - 1]!;
    const town = m.text.slice(0, m.text.length - nickname.length).trimEnd();
    if (!isListedPlace(town.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(nickname) || CLUB_LAST_WORDS.has(nickname) || isListedPlace(nickname.toLowerCase())) continue;
    nicknames.add(nickname);
    if (/s$/.test(nickname)) clubTowns.add(town);
  }
  const cricket = /\b(?:innings|wickets?)\b/.test(text);
  // A player named in full is no club by his surname ("his match against Alcaraz").
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.words.length > 1).map((m) => m.words[m.words.length - 1]!));
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.type === 'other' && hasClubShape(m)) teams.add(m);
    if (CLUBS_SHORT_NAMES.has(m.text)) teams.add(m);
    if (!couldBeTeam(m)) continue;
    // (What is scored for is a side, even a word read as a person: "Casiraghi scoring for Lazio".)
    if ((m.type !== 'person' || (m.words.length === 1 && !surnames.has(m.text))) && FOR_TEAM.test(text.slice(Math.max(0, m.start - 48), m.start))) teams.add(m);
    // ("his 14th goal of the season for Detroit", but never a person: "a difficult season for Hamilton".)
    if (m.type !== 'person' && /\bseason\s+for\s+$/i.test(text.slice(Math.max(0, m.start - 16), m.start))) teams.add(m);
    // ("26 games for Lausanne", but a person there is the manager: "500 games for Ferguson".)
    if (m.type !== 'person' && /\b(?:games|matches|seasons)\s+for\s+$/i.test(text.slice(Math.max(0, m.start - 16), m.start))) teams.add(m);
    if (m.type !== 'person' && (TEAM_ROLE.test(text.slice(m.end, m.end + 20)) || CHAMPIONS_AFTER.test(text.slice(m.end, m.end + 40)) || (!m.country && RIVALS_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))))) teams.add(m);
    if (m.words.length === 1 && !surnames.has(m.text)) {
      const before = text.slice(Math.max(0, m.start - 24), m.start);
      if (TEAM_ROLE_AND_NAME.test(text.slice(m.end, m.end + 24)) || CLUB_WORD_BEFORE.test(before) || (m.type !== 'person' && MATCH_AGAINST.test(before)) || SCORED_AGAINST.test(text.slice(Math.max(0, m.start - 40), m.start))) teams.add(m);
    }
    if (m.type !== 'person' && hasClubShape(m)) teams.add(m);
    if (m.type === 'place' && m.words.length === 1 && !surnames.has(m.text)) {
      const after = text.slice(m.end, m.end + 40);
      if (TEAM_DOES.test(after) || TABLE_PLACE.test(after) || (cricket && (TOTAL_AFTER.test(after) || CRICKET_SIDE_DOES.test(text.slice(m.end, m.end + 60)))) || DONE_TO_TEAM.test(text.slice(Math.max(0, m.start - 32), m.start)) || (MOVED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && TO_TABLE_PLACE.test(after))) teams.add(m);
      // "promoted alongside Leeds United and Sunderland": a town listed with a club is a club.
      const before = sorted[i - 1];
      // (And one joined to a club the text names alone: "after Juventus and Napoli both made enquiries".)
      if (before !== undefined && (hasClubShape(before) || teams.has(before) || (before.type === 'organization' && before.words.length === 1 && !before.acronym)) && /^(?:,| and|, and) $/.test(text.slice(before.end, m.start))) teams.add(m);
    }
    const next = sorted[i + 1];
    if (next === undefined || !couldBeTeam(next) || next.start - m.end > 40) continue;
    if (!BETWEEN.test(text.slice(m.end, next.start))) continue;
    // Two single-word people ("Nadal beat Federer") are players, not clubs: one side must read as a club; and
    // "who play" alone never makes a person a club.
    if (m.type === 'person' && next.type === 'person') continue;
    if (/who/.test(text.slice(m.end, next.start)) && (m.type === 'person' || next.type === 'person')) continue;
    teams.add(m);
    teams.add(next);
  }
  // "the Williams team", "the new Williams car": a one-word name between "the" and "team" is the team there, even
  // the surname of its owner, named in full ("Frank Williams"), who stays a person elsewhere.
  const teamsHere = new Set(sorted.filter((m) => m.words.length === 1 && !m.country && m.type !== 'organization' && TEAM_OF_NAME.test(text.slice(m.end, m.end + 12)) && /\bthe\s+(?:new\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start))));
  // "The Milwaukee Bucks … after Milwaukee lost seven of nine", "talks with New York" (the Knicks): a town a club
  // of the report is named after, alone, is the club (a town of any length: the rules above take one word).
  // (Not where it is plainly the town: "a 2-2 tie in East Rutherford, New Jersey".)
  // (Nor the town's own people and offices: "New York Governor Kathy Hochul", "San Antonio officials".)
  for (const m of sorted) if (m.type === 'place' && !m.country && m.words.length > 1 && clubTowns.has(m.text) && !TO_TOWN.test(text.slice(Math.max(0, m.start - 12), m.start)) && !TOWNS_OWN_AFTER.test(text.slice(m.end, m.end + 24)) && !isDateline(text, m)) teams.add(m);
  // (Every rule below reads one mention at a time: a report with no club found yet still has its rows and players.)
  // The same name elsewhere in the report is the club too, but where it is plainly the town (and in the
  // dateline, "NEW YORK 1996-12-06" above "NEW YORK 102 Boston 98").
  const names = new Set([...teams].map((m) => m.text));
  const isTeam = (m: MentionCandidate): boolean =>
    teams.has(m) ||
    (names.has(m.text) && !isDateline(text, m) && (m.type === 'person' || (m.type === 'organization' && !IN_TOWN.test(text.slice(Math.max(0, m.start - 10), m.start))) || (m.type === 'place' && !m.country && !TO_TOWN.test(text.slice(Math.max(0, m.start - 12), m.start)))));
  const people = new SpanIndex(mentions.filter((m) => m.type === 'person'));
  return mentions.map((m) => {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    // "Isaac Okoro played for the Cavaliers… the Thunder", "Broncos edge Storm": a club's nickname alone.
    if (m.type !== 'organization' && m.words.length === 1 && nicknames.has(m.text)) return { ...m, type: 'organization', country: false };
    // "Spanish defender Cristhian Mosquera", "safety Cole Bishop", read as a club: a name after a player's position.
    // (A name of two words or more, or one read as a place; not a club, "the kind of defender Juventus have lacked".)
    if (m.type !== 'person' && !m.country && !m.acronym && (m.words.length > 1 || m.type === 'place') && POSITION_BEFORE.test(before) && !isListedPlace(m.text.toLowerCase()) && !names.has(m.text) && !nicknames.has(m.words[m.words.length - 1]!)) return { ...m, type: 'person', country: false };
    // "3. Charles Leclerc (Ferrari) +9.412s", "finished seventh for Ferrari": a driver's team.
    // (In a classification's row only, "3. Charles Leclerc (Ferrari) +9.412s", not a substitution, "Havertz (Jesus)".)
    if (m.type === 'person' && m.words.length === 1 && !surnames.has(m.text) && ((CLASSIFIED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) && people.overlaps(m.start - 40, m.start - 2) && /^\)[ \t]*(?:[+\d]|$)/m.test(text.slice(m.end, m.end + 4))) || PLACED_FOR.test(text.slice(Math.max(0, m.start - 40), m.start)))) return { ...m, type: 'organization', country: false };
    // "1. Barcelona -- P26 W20", "3. Canterbury-Bankstown Bulldogs 4pts (+22)", "2. Denver Nuggets 30-14": a row of standings.
    // (Not a person's row: "1. Lando Norris 357pts", "1. Oleksandr Usyk 23-0".)
    if (m.type !== 'organization' && m.type !== 'person' && !m.country && STANDINGS_ROW_BEFORE.test(before) && STANDINGS_ROW_AFTER.test(text.slice(m.end, m.end + 12))) return { ...m, type: 'organization', country: false };
    // "Saurashtra 287 (Vaghela 94)", read as one named thing: a side and its total.
    if (m.type === 'other' && m.words.length === 2 && names.has(m.words[0]!) && /^\d{2,3}$/.test(m.words[1]!)) return { ...m, end: m.start + m.words[0]!.length, text: m.words[0]!, words: [m.words[0]!], key: placeKey(m.words[0]!), name: m.words[0]!, type: 'organization' };
    return (isTeam(m) || teamsHere.has(m)) && m.type !== 'organization' ? { ...m, type: 'organization' } : m;
  });
}
