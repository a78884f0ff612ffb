// The tables of a sports report: results lines ("Arsenal 2 West Ham 0"), standings ("Liverpool 4 2 1 1 7 4 7"),
// cricket scorecards ("N. Hussain c Saeed Anwar b Waqar Younis 12"), and the section label a wire headline
// starts with ("SOCCER - JAPAN GET LUCKY WIN"). The tagger learnt from prose and reads these lines badly: it
// misses clubs, joins two cricketers across the "b" between them, and takes "BASEBALL" or "Extras" for names.
// The layout of the line says what each name is, so these lines are read by their layout.
import type { MentionCandidate } from './entity-recogniser';
import type { EntityType } from './types';
import { lookupAlias, lookupPlace, placeKey } from './gazetteer';
import { isListedPlace, lexiconKind } from './name-lookup';
import { IN_TOWN, isSportsReport } from './sports-teams';
import { isDateline } from './datelines';
import { mentionAt } from './name-edges';
import { SpanIndex } from './span-index';

// The sport a wire headline is filed under, before " - ": "RUGBY UNION - ", "MOTOR RACING - ". (Not a league's
// name: "NBA BASKETBALL - " keeps NBA.)
// The words that name a sport on their own…
const SPORT_NAMES = new Set(
  `soccer football tennis golf cricket rugby baseball basketball athletics cycling boxing racing motorcycling hockey
   skiing swimming rowing sailing yachting squash badminton volleyball handball chess snooker darts wrestling judo
   gymnastics triathlon`.split(/\s+/),
);
// …and with the words that complete one: "RUGBY UNION", "MOTOR RACING", "ICE HOCKEY", "FORMULA ONE".
const SPORT_LABEL_WORDS = new Set([...SPORT_NAMES, 'union', 'league', 'motor', 'horse', 'ice', 'alpine', 'nordic', 'american', 'formula', 'one']);
const SECTION_LABEL = /^[ \t]*([A-Z][A-Z ]*?)[ \t]+-[ \t]/;
// Words that head a table's rows or lines, never names: "Extras ( lb-8 nb-5 ) 13", "Attendance 29,000".
const TABLE_WORDS = new Set(
  'extras total totals bowling batting standings attendance halftime half-time scorers scoreboard result results summary'.split(' '),
);

// A ground, read by the tagger as a named thing: "Bellerive Oval", "Nizhny Novgorod Stadium".
const VENUE_HEADS = new Set(['Stadium', 'Oval', 'Arena', 'Stadion', 'Velodrome', 'Racecourse', 'Ground', 'Speedway']);

// A standings table's column headings: "W L PCT GB", "P W D L F A PTS".
const COLUMN_HEADINGS = new Set('W L T D P F A PCT GB PTS GF GA OT OTL SO'.split(' '));

// A club or player's name in a table: capitalised words, with the small words names keep ("Bayern Munich",
// "Brighton and Hove Albion", "Queens Park Rangers", "St. Johnstone").
// (A club may open with the year of its founding: "1860 Munich", a year no score can be.)
const NAME = String.raw`(?:1[89]\d\d[ \t]+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|and|of|de|del|la))*`;
// A score: a whole number, not a time or a decimal ("19.32", "1:30:00"); a full stop may end the line's sentence
// ("Bayern Munich 2 (Klinsmann 23) Hamburg 0. Attendance: 52,000").
const SCORE = String.raw`\d{1,3}(?![\d:,/]|\.\d)`;
const ROW_START = new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+${SCORE}`, 'u');
const NAME_BEFORE_SCORE = new RegExp(String.raw`(${NAME})[ \t]+(?=${SCORE})`, 'gu');
// "Liverpool 4 2 1 1 7 4 7", "MIAMI 14 4 .778 -": played, won, lost…, then perhaps a percentage and games behind,
// in halves too ("ORLANDO 7 8 .467 3 1/2").
const STANDINGS_ROW = new RegExp(String.raw`^[ \t]*(${NAME})(?:[ \t]+\d{1,3}){2,}(?:[ \t]+(?:\d*\.\d+|\d{1,3}|1\/2|½|-))*[ \t]*$`, 'u');
// A table's line is short; a longer one is prose, and is not scanned name by name (which costs the square of its length).
const MAX_ROW = 300;
// Scorers in brackets after a side's score: "( Nilis 12 , Jonk 45 pen , Cocu 78 )".
const SCORER = new RegExp(String.raw`((?:(?:de|da|van|von|der|di|du|le|la)[ \t]+)?${NAME})[ \t]+\d{1,3}\b`, 'gu');
// A name alone between the commas of a scorers' list: "( Lindros 2 , LeClair )".
const LONE_SCORER = new RegExp(String.raw`(?:^|,)[ \t]*((?:(?:de|da|van|von|der|di|du|le|la)[ \t]+)?${NAME})[ \t]*(?=,|$)`, 'gu');
// A placing in a race, with the competitor's country and team: "1. Michael Schumacher ( Germany ) Ferrari 1:28:15",
// "2. Tony Rominger ( Switzerland ) Mapei same time".
const PLACED_ROW = new RegExp(String.raw`^[ \t]*\d{1,3}\.?[ \t]+(${NAME})[ \t]*\([^()\n]{1,24}\)[ \t]+(${NAME})(?=[ \t]+(?:\d|same\b))`, 'u');
const PLACING = new RegExp(String.raw`(?:^|[ \t])\d{1,2}\.[ \t]+(${NAME})[ \t]*\([ \t]*([^()\n]{1,24}?)[ \t]*\)`, 'gu');
// A golf leaderboard's row: the total, then each player with their rounds ("136 Retief Goosen 70 66 , Mark
// McNulty ( Zimbabwe ) 69 67").
const LEADERBOARD_ROW = /^[ \t]*\d{2,3}[ \t]+\p{Lu}/u;
const ROUNDS_AFTER_NAME = new RegExp(String.raw`(${NAME})[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?[ \t]\d{2}[ \t]+\d{2}\b`, 'gu');
const VENUE_OPENING = new RegExp(String.raw`^[ \t]*(?:In|At)[ \t]+${NAME}[ \t]*:`, 'u');
// The venue's own name, which a club of the line may share ("At Valencia : Valencia ( Spain ) 3 …").
const VENUE_BEFORE = /(?:^|\n)[ \t]*(?:In|At)[ \t]+$/;
// A side that opens with a first name and has its country in brackets is a player, in snooker, darts or tennis
// ("In Bangkok : Stephen Hendry ( Scotland ) 5 Ronnie O'Sullivan ( England ) 3"), unless its last word is a
// club's ("Preston North End", "Aston Villa").
const CLUB_LAST_WORD = /^(?:City|United|Athletic|Villa|County|Rovers|Wanderers|Albion|Hotspur|FC|AFC|Town|End|Rangers|Orient|Argyle|Wednesday|Forest|Palace|Vale|Stanley|Alexandra)$/;
// A batting line: names, then how the batter was out, then the runs. The notation between the names.
const DISMISSAL = /(?:^|[ \t])(?:c[ \t]*&[ \t]*b|lbw[ \t]+b|c|b|st|lbw|run[ \t]+out|not[ \t]+out)(?=[ \t])/g;
const BATTING_LINE = /(?:^|[ \t])(?:c|b|st|lbw)[ \t]+\p{Lu}.*[ \t]\d{1,3}[ \t]*$/u;
// A bowler's figures: overs-maidens-runs-wickets.
const BOWLER = new RegExp(String.raw`(${NAME})[ \t]+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b`, 'gu');

// City-states whose clubs play in a neighbour's league, under the state's name: AS Monaco, FC Andorra, San Marino.
const CLUB_STATES = new Set(['monaco', 'andorra', 'san marino']);

/**
 * `mentions` with the tables of a sports report read by their layout: each side in a results or standings line an
 * organisation (a country stays a place, as the CoNLL guidelines have a national side), the names on a
 * scorecard line and scorers in brackets people, and section labels and table headings no names at all.
 */
export function withSportsTables(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  // Only a sport's label: "EUROPEAN UNION - Ministers agreed…" is a name and a sentence.
  const labels = sectionLabels(text).filter(([from, to]) => text.slice(from, to).split(/[\s-]+/).some((w) => SPORT_NAMES.has(w.toLowerCase())));
  const out = withoutSectionLabels(text, mentions, labels);
  // A report filed under a sport ("BASKETBALL - NBA RESULTS", "CRICKET - SHEFFIELD SHIELD SCORE") is a sports
  // report whatever its words. (Table lines alone are not: a weather table, a poll, an election's seats.)
  if (labels.length === 0 && !isSportsReport(text)) return out;
  const rows: Array<[number, number, EntityType]> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const names = namesInRow(line);
    for (const [start, end, type] of names) rows.push([lineStart + start, lineStart + end, type]);
    lineStart += line.length + 1;
  }
  const read = out
    .filter((m) => !TABLE_WORDS.has(m.text.toLowerCase()) && !m.words.every((w) => COLUMN_HEADINGS.has(w)))
    .map((m) => (m.words.length > 1 && (m.type === 'other' || (m.type === 'organization' && lexiconKind(m.words[0]!.toLowerCase()) === 'first-name')) && fromCountry(text, m) ? { ...m, type: 'person' as const } : m))
    .map((m) => (m.type === 'other' && m.words.length > 1 && VENUE_HEADS.has(m.words[m.words.length - 1]!) ? { ...m, type: 'place' as const } : m));
  if (rows.length === 0) return read;
  // (Not a year before a country, in a list of past finals: "1966 England 4 West Germany 2".)
  const found = rows.map(([start, end, type]) => {
    const year = /^1[89]\d\d[ \t]+/.exec(text.slice(start, end));
    return year !== null && isCountry(text.slice(start + year[0].length, end)) ? mentionAt(text, start + year[0].length, end, 'place') : mentionAt(text, start, end, type);
  });
  // (And in every row of the report: "Monaco 19 13 4 2 35 13 43" in the standings under those results.)
  const clubNames = new Set(found.filter((m) => m.type === 'organization').map((m) => m.text));
  for (let i = 0; i < found.length; i++) if (found[i]!.type === 'place' && clubNames.has(found[i]!.text)) found[i] = { ...found[i]!, type: 'organization' };
  const rowNames = new SpanIndex(found);
  const kept = read.filter((m) => !rowNames.overlaps(m.start, m.end));
  return [...asClubs(text, kept, found), ...found].sort((a, b) => a.start - b.start);
}

// "NBA BASKETBALL - STANDINGS": the sport words of a wire headline's label are no name (the league's is).
function withoutSectionLabels(text: string, mentions: MentionCandidate[], labels: Array<[number, number]>): MentionCandidate[] {
  if (labels.length === 0) return mentions;
  const index = new SpanIndex(labels.map(([start, end]) => ({ start, end })));
  const out: MentionCandidate[] = [];
  for (const m of mentions) {
    const label = index.containing(m.start);
    if (label === undefined) {
      out.push(m);
      continue;
    }
    if (m.end > label.end) {
      // "RUGBY UNION - BATH", read across the dash as one name: the name is what follows the label.
      const rest = text.slice(label.end, m.end).trim();
      if (rest !== '') out.push({ ...mentionAt(text, m.end - rest.length, m.end, m.type ?? 'organization'), type: m.type });
      continue;
    }
    let count = m.words.length;
    while (count > 0 && SPORT_LABEL_WORDS.has(m.words[count - 1]!.toLowerCase())) count--;
    if (count === m.words.length) out.push(m);
    else if (count > 0 && m.words.slice(0, count).every((w) => !SPORT_LABEL_WORDS.has(w.toLowerCase()))) {
      const name = m.words.slice(0, count).join(' ');
      if (m.text.startsWith(name)) out.push({ ...mentionAt(text, m.start, m.start + name.length, 'organization'), acronym: m.acronym });
    }
  }
  return out;
}

// A club in the report's table is the club in its prose too ("held by Hamburg … Hamburg 1"), in capitals in a
// headline ("BAYERN HELD BY HAMBURG") and by the first word of its name ("Bayern Munich … Bayern coach"),
// but where the name is plainly the town: after "in", or a dateline.
function asClubs(text: string, mentions: MentionCandidate[], table: MentionCandidate[]): MentionCandidate[] {
  const clubs = table.filter((m) => m.type === 'organization');
  if (clubs.length === 0) return mentions;
  const names = new Set(clubs.map((m) => m.text.toLowerCase()));
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.words.length > 1).map((m) => m.words[m.words.length - 1]!));
  const shortNames = new Set(clubs.filter((m) => m.words.length > 1).map((m) => m.words[0]!.toLowerCase()));
  const typed = mentions.map((m): MentionCandidate => {
    if (m.type === 'organization' || m.country || (m.type === 'person' && (m.words.length > 1 || surnames.has(m.text)))) return m;
    const key = m.text.toLowerCase();
    const club = names.has(key) || (shortNames.has(key) && m.type !== 'place');
    if (!club || IN_TOWN.test(text.slice(Math.max(0, m.start - 10), m.start)) || VENUE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) || isDateline(text, m)) return m;
    return { ...m, type: 'organization' };
  });
  return [...typed, ...unreadClubs(text, [...typed, ...table], clubs)];
}

// "Celtic 3 Hibernian 1 … Celtic went top": a club of the table that the prose names where the tagger found no
// name at all (here a word it knows as an adjective) is the club there too, written as in the table.
const MAX_CLUB_MENTIONS = 200;
function unreadClubs(text: string, found: MentionCandidate[], clubs: MentionCandidate[]): MentionCandidate[] {
  const named = new SpanIndex(found);
  // The characters of the clubs added so far, so no two overlap ("Bayern" inside "Bayern Munich").
  let taken: Uint8Array | undefined;
  const added: MentionCandidate[] = [];
  for (const name of new Set(clubs.map((m) => m.text))) {
    if (name.length < 3 || /[^\p{L} .'’&-]/u.test(name)) continue;
    // (A report names a club a few dozen times; a page that names it thousands of times has its first few read.)
    let seen = 0;
    for (let at = text.indexOf(name); at >= 0 && seen++ < MAX_CLUB_MENTIONS; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (named.overlaps(at, end) || (taken !== undefined && taken.subarray(at, end).includes(1)) || IN_TOWN.test(text.slice(Math.max(0, at - 10), at))) continue;
      added.push(mentionAt(text, at, end, 'organization'));
      (taken ??= new Uint8Array(text.length)).fill(1, at, end);
    }
  }
  return added;
}

// "Karina Habsudova ( Slovakia ) beat Arantxa Sanchez Vicario ( Spain )", "Greg Norman (Australia) 68 66": in a
// sports report a name with its country in brackets after it is a competitor (read by the tagger as a thing now
// and then, or as a body where it opens with a first name, "Jim Courier ( U.S. )"; a club's name is rarely
// followed by its country).
function fromCountry(text: string, m: MentionCandidate): boolean {
  const country = /^[ \t]*\([ \t]*([^()\n]{2,30}?)[ \t]*\)/.exec(text.slice(m.end, m.end + 40));
  return country !== null && !/\d/.test(m.text) && isCountry(country[1]!);
}

function isCountry(name: string): boolean {
  const key = placeKey(name);
  return lookupPlace(key)?.kind === 'country' || lookupAlias(key)?.kind === 'place';
}

// A competitor's country or home in a placing: "( U.S. )", "( Trinidad )" (not a share's code, "( NVDA )").
function isHome(name: string): boolean {
  return isCountry(name) || isListedPlace(placeKey(name));
}

/** Where each wire headline's sport label is: [start, end) of "RUGBY UNION" in "RUGBY UNION - WALES …". */
function sectionLabels(text: string): Array<[number, number]> {
  const labels: Array<[number, number]> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const label = SECTION_LABEL.exec(line.slice(0, 100));
    if (label !== null) labels.push([lineStart + label.index, lineStart + label.index + label[0].length]);
    lineStart += line.length + 1;
  }
  return labels;
}

/** The names a table line gives, as [start, end, type] within the line, or none if it is not a table line. */
function namesInRow(line: string): Array<[number, number, EntityType]> {
  // Every table line has a number in it: most lines of prose are passed over on that alone.
  if (line.length > MAX_ROW || !/\d/.test(line)) return [];
  if (BATTING_LINE.test(line)) return battingNames(line);
  const bowlers = !/\d-\d{1,2}-\d/.test(line) ? [] : [...line.matchAll(BOWLER)].map((m): [number, number, EntityType] => [m.index, m.index + m[1]!.trimEnd().length, 'person']);
  if (bowlers.length > 0) return bowlers;
  const placed = PLACED_ROW.exec(line);
  // "Men 's 200 metres : 1. Michael Johnson ( U.S. ) 19.80 2. Frankie Fredericks ( Namibia ) 19.97": placings
  // in a line, each competitor with a country.
  const placings = [...line.matchAll(PLACING)].filter((m) => isHome(m[2]!));
  if (placings.length > 1) return placings.map((m): [number, number, EntityType] => [m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.trimEnd().length, 'person']);
  const golfer = LEADERBOARD_ROW.test(line) ? [...line.matchAll(ROUNDS_AFTER_NAME)] : [];
  if (golfer.length > 0) return golfer.map((m): [number, number, EntityType] => [m.index, m.index + m[1]!.trimEnd().length, 'person']);
  if (placed !== null) {
    const person = placed.index + placed[0].indexOf(placed[1]!);
    const team = placed.index + placed[0].lastIndexOf(placed[2]!);
    return [
      [person, person + placed[1]!.trimEnd().length, 'person'],
      [team, team + placed[2]!.trimEnd().length, 'organization'],
    ];
  }
  // Brackets hold scorers, not sides: blank them out (same length, so offsets hold) before finding the sides; and
  // so the venue a European cup's results line opens with: "In Glasgow : Celtic ( Scotland ) 0 Hamburg ( Germany ) 2".
  const sides = line.replace(/\([^()\n]*\)/g, (group) => ' '.repeat(group.length)).replace(VENUE_OPENING, (venue) => ' '.repeat(venue.length));
  const first = ROW_START.exec(sides);
  if (first === null || isTableWord(first[1]!)) return [];
  const standings = STANDINGS_ROW.test(sides);
  const sides2 = standings ? [first] : [...sides.matchAll(NAME_BEFORE_SCORE)].filter((m) => !isTableWord(m[1]!));
  // One side's score ("West Indies 277 and 296 ( Chanderpaul 71 , Lara 44 )") names its scorers, not a match.
  const teams = sides2.length >= 2 || standings ? sides2 : [];
  const names: Array<[number, number, EntityType]> = [];
  for (const m of teams) {
    const start = m.index + m[0].indexOf(m[1]!);
    const name = m[1]!.trimEnd();
    const words = name.split(/[ \t]+/);
    const player = words.length > 1 && lexiconKind(words[0]!.toLowerCase()) === 'first-name' && !CLUB_LAST_WORD.test(words[words.length - 1]!) && /^[ \t]*\(/.test(line.slice(start + name.length));
    names.push([start, start + name.length, player ? 'person' : lookupPlace(placeKey(name))?.kind === 'country' ? 'place' : 'organization']);
  }
  // A city-state's name against a club is its club ("Paris St Germain 1 Monaco 2"); any other country's stays its
  // national side, whoever it plays ("French Barbarians 30 Fiji 22").
  if (!standings && names.some(([, , type]) => type === 'organization')) {
    for (const name of names) if (name[2] === 'place' && CLUB_STATES.has(line.slice(name[0], name[1]).toLowerCase())) name[2] = 'organization';
  }
  for (const group of line.matchAll(/\(([^()\n]*)\)/g)) {
    let scorers = 0;
    for (const s of group[1]!.matchAll(SCORER)) {
      const start = group.index + 1 + s.index;
      scorers++;
      if (!isTableWord(s[1]!)) names.push([start, start + s[1]!.trimEnd().length, 'person']);
    }
    // "Philadelphia 3 ( Lindros 2 , LeClair )", "NY Rangers 4 ( Gretzky , Messier )": beside scorers with their
    // count, or in brackets after a side's score, a name alone scored once.
    if (scorers === 0 && !/\d[ \t]*$/.test(line.slice(0, group.index))) continue;
    for (const item of group[1]!.matchAll(LONE_SCORER)) {
      const start = group.index + 1 + item.index + item[0].indexOf(item[1]!);
      // (Not a note in capitals: "( OT )", "( SO )".)
      if (!isTableWord(item[1]!) && !/^\p{Lu}{1,3}$/u.test(item[1]!) && !names.some(([from, to]) => from < start + item[1]!.length && start < to)) names.push([start, start + item[1]!.length, 'person']);
    }
  }
  return names;
}

/** "N. Hussain c Saeed Anwar b Waqar Younis 12": the batter, the catcher, the bowler. */
function battingNames(line: string): Array<[number, number, EntityType]> {
  const names: Array<[number, number, EntityType]> = [];
  const cuts = [...line.matchAll(DISMISSAL)].map((m) => [m.index, m.index + m[0].length] as const);
  let from = 0;
  for (const [cutStart, cutEnd] of [...cuts, [line.length, line.length] as const]) {
    const piece = line.slice(from, cutStart);
    const name = new RegExp(String.raw`^[ \t(]*(${NAME})`, 'u').exec(piece);
    if (name !== null && !isTableWord(name[1]!)) {
      const start = from + name[0].length - name[1]!.length;
      names.push([start, start + name[1]!.trimEnd().length, 'person']);
    }
    from = cutEnd;
  }
  return names;
}

function isTableWord(name: string): boolean {
  return TABLE_WORDS.has(name.trim().toLowerCase());
}
