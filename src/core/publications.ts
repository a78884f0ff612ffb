// The paper a page comes from, named where its layout says so: the writer's note at the foot ("Faiza Qureshi
// reports on civic affairs for Dawn", "Nikhil Rathore is a senior sports correspondent with HT"), the print
// line ("Published in Dawn, March 11th, 2026"), and a news agency ("the
// official Antara news agency"). The tagger reads a paper with a one-word name as a person or a place ("told
// Dawn that…"); where the page says once what it is, every mention of that name is the paper.
import type { MentionCandidate } from './entity-recogniser';
import { isDemonym, isListedPlace, lexiconKind } from './name-lookup';
import { placeKey } from './gazetteer';
import { mentionAt } from './name-edges';
import { BYLINE_JOBS, TIME_LINE } from './bylines';

// A paper's name: "The" and up to three capitalised words, or capitals ("HT").
const NAME = String.raw`((?:The[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})`;
const JOB = String.raw`(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Jj]ournalist|[Ww]riter|[Cc]olumnist|[Pp]hotographer|[Pp]hotojournalist|[Cc]ontributor)`;
// "the official Antara news agency", "the Interfax news agency".
const AGENCY = new RegExp(String.raw`${NAME}[ \t]+news[ \t]+agency\b`, 'gu');
const NEWS_AGENCY = /news[ \t]+agency\b/;
const CUES = [
  // "… is a principal correspondent with HT", "… is a housing correspondent at The Straits Times" (a person's
  // job: not "an image editor with Wasm plugins").
  new RegExp(String.raw`\b(?:is|was|as)[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?${JOB}[ \t]+(?:with|at|for)[ \t]+${NAME}`, 'gu'),
  // "… reports on civic affairs for Dawn from Karachi", "… covers crime and the courts on the east coast for The Star":
  // a writer's note, a name opening its line or sentence (not "Antonoff, who writes and produces for Taylor Swift").
  new RegExp(String.raw`(?:^|\n|[.!?][ \t]+)\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}[ \t]+(?:reports|writes|covers)[ \t]+(?:[\p{Ll},]+[ \t]+){0,10}?for[ \t]+${NAME}`, 'gu'),
  // "Published in Dawn, March 11th, 2026".
  new RegExp(String.raw`(?:^|\n)[ \t]*(?:First[ \t]+)?[Pp]ublished[ \t]+in[ \t]+${NAME}[ \t]*,`, 'gu'),
  AGENCY,
];
// Words a cue's capture may open with that are no paper's name: "for Europe" is a beat, "with The" a stray.
const NOT_PAPERS = /^(?:The|A|An|This|That|Our|Its|His|Her|Their|State|Official|Government|National|Independent|Private|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

// The outlet after a byline's comma, "By Kelsey Marrow, The Oregonian", "By Mathieu Lavallée-Drouin, CBC News", and
// after a credit's slash, "(Photo: Emily Vance/The Kansas City Star)", "(Aaron Wojcik/The Plain Dealer)": the
// outlet's whole name, "The" and all, read by the tagger as a place ("Kansas City Star") or not at all.
const OUTLET = String.raw`((?:The[ \t]+)?\p{Lu}[\p{L}&.'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}&.'’-]*){0,4})`;
const BYLINE_OUTLET = new RegExp(String.raw`(?:^|\n)[ \t]*(?:By|BY)[ \t]+[^,\n]{2,60},[ \t]*${OUTLET}[ \t]*(?=\n|$)`, 'gu');
// And an agency before its photographer, "(Antara/Mohamad Hamzah)"; and the outlet before a writer's job, "Wu Yi-ling,
// Nikkei staff writer".
// (An agency by its capitals, "(AFP/Jane Doe)", or by a name only agencies have; not a credit's word, "(Supplied/Emma
// Brown)", nor a person, "(Lennon/Paul McCartney)".)
const AGENCIES_BY_NAME = /^(?:Antara|Xinhua|Yonhap|Kyodo|Bernama|Anadolu|Reuters|Getty|Shutterstock|Alamy|Zuma|Sipa|Imago|Tass|Sputnik|Efe|Ansa|Belga|Dpa|Epa|Pixsell|Jiji)$/;
const AGENCY_CREDIT = /\((\p{Lu}[\p{L}\p{N}]+)[ \t]*\/[ \t]*\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3}\)/gu;
// (A byline's whole line, a name of two to four words first: not "In March, American journalist Evan Gershkovich".)
const OUTLET_BEFORE_JOB = /(?:^|\n)[ \t]*(?:By[ \t]+)?\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3},[ \t]*((?:The[ \t]+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})[ \t]+(?:staff[ \t]+)?(?:writer|reporter|correspondent|journalist)s?[ \t]*(?=\n|$)/gu;
const NOT_OUTLETS = /^(?:Senior|Guest|Freelance|Staff|Contributing|Political|Diplomatic|Chief|Special|Foreign|Economics|Business|Sports?|Science|Technology|Health|Education|Environment|Investigative|Data|Legal|Culture|Arts|Music|Film|Food|Travel|Fashion|Crime|Courts?|Local|Regional|National|International|Lead|Principal|Associate|Assistant|Deputy|Digital|Video|Audio|F1|Formula One|Football|Soccer|Cricket|Rugby|Tennis|Golf|Boxing|MMA|NFL|NBA|NHL|MLB|Racing|Motorsport|Athletics|Olympics)(?:[ \t]|$)/;
const CREDIT_OUTLET = new RegExp(String.raw`\((?:(?:Photo|Photograph|Picture|Image)[ \t]*:[ \t]*)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}[ \t]*/[ \t]*${OUTLET}\)`, 'gu');
// A byline's job, not its outlet: "By Gareth Pryce, Local Democracy Reporter" (see bylines.ts), "Sports Director",
// "Herald Staff"; nor letters after a name, "By Jane Doe, MP", "…, CEO".
const JOB_END = new RegExp(`(?:${BYLINE_JOBS}|Director|Contributor|Staff|Manager|Officer|Chief|Analyst|Presenter|Host|Intern|Fellow)s?$`);
const LETTERS_AFTER_NAMES = /^(?:MP|MD|CEO|CFO|COO|CTO|OBE|MBE|CBE|KBE|DBE|QC|KC|PhD|MSP|MEP|RN|CPA|Esq|Jr|Sr|MS|MA|BA)$/;

// The outlet on its own between the byline and the time, as news sites lay out an article's head:
// "By Ewan Grant / Press and Journal / Updated: 3 March 2026", "Helen Marsh in Bonn / Financial Times / Published
// June 26 2026", "Arjun Sethi · CBC News · Posted: Feb 26, 2026", "By Conor Phelan / Business Correspondent, Irish
// Independent / Today at 07:12". (Each "/" a line, or a part of one between " · " or " | ".)
// A byline: "By …", or a name alone, with the town it is filed from or the writer's job ("Daniel Okafor, science
// reporter").
const BYLINE_PART = /^(?:(?:By|BY)[ \t]+\S.*|\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}(?:[ \t]+in[ \t]+\p{Lu}[\p{L} .'’-]*)?(?:,[ \t]*[\p{L} ]+)?)$/u;
const OUTLET_PART = /^(?:The[ \t]+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+(?:(?:and|of|&)[ \t]+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}$/u;
const HEAD_PART = /[^\n]+?(?=[ \t]+[·|][ \t]+|\n|$)/gu;
// An outlet by its shape: "The" first, a paper's or a broadcaster's word, or capitals ("CBC News").
const OUTLET_SHAPE = /^The[ \t]|\b(?:News|Times|Post|Star|Herald|Journal|Tribune|Press|Republic|Observer|Gazette|Dispatch|Advocate|Dealer|Inquirer|Chronicle|Globe|Mail|Standard|Express|Telegraph|Guardian|Independent|Mirror|Record|Register|Bee|Review|Today|Radio|Television|TV|Sport|Sports|Media|Network|Magazine|Daily|Weekly|Sun|Courier|Examiner|Bulletin|Reporter)\b|^\p{Lu}{2,}/u;
// (Between a byline and the time, also a name that says "news" or has a figure in it: "Euronews", "News24". Not a
// town, a ground or a job there: "Ballater", "Anfield", "Education Secretary".)
function outletByShape(name: string): boolean {
  return OUTLET_SHAPE.test(name) || /news/i.test(name) || /^\p{Lu}[\p{L}]+\d+$/u.test(name);
}

// (A time opening a line or a part of one: most texts have none, and need not be cut into parts.)
const TIME_AT_PART_START = new RegExp(String.raw`(?:^|[·|])[ \t]*(?:${TIME_LINE.source.slice(1)})`, 'm');
function outletsBetweenBylineAndTime(text: string): MentionCandidate[] {
  if (!TIME_AT_PART_START.test(text.slice(0, 20_000))) return [];
  const found: MentionCandidate[] = [];
  // Only a page's head has these; most texts have no part that looks like a time after a short line.
  const parts = [...text.slice(0, 20_000).matchAll(HEAD_PART)].map((m) => ({ at: m.index, text: m[0].replace(/^[ \t]*[·|]?[ \t]*/, '') }));
  for (let i = 1; i + 1 < parts.length; i++) {
    const outlet = parts[i]!;
    if (!TIME_LINE.test(parts[i + 1]!.text) || outlet.text.length > 60 || /^(?:By|BY)[ \t]/.test(outlet.text) || !BYLINE_PART.test(parts[i - 1]!.text)) continue;
    const lineStart = text.indexOf(outlet.text, outlet.at);
    let offset = 0;
    for (const piece of outlet.text.split(',')) {
      const name = piece.trim();
      const start = lineStart + offset + piece.indexOf(name);
      offset += piece.length + 1;
      if (!OUTLET_PART.test(name) || !outletByShape(name) || JOB_END.test(name) || LETTERS_AFTER_NAMES.test(name) || isListedPlace(placeKey(name))) continue;
      // (Not a second writer's name: "Liam Carter / Priya Nair / 2h ago".)
      const words = name.split(/[ \t]+/);
      if (words.length > 1 && lexiconKind(words[0]!.toLowerCase()) === 'first-name' && !/\b(?:News|Times|Post|Journal|Radio|TV)\b/.test(name)) continue;
      found.push(mentionAt(text, start, start + name.length, 'organization'));
    }
  }
  return found;
}

function outlets(text: string): MentionCandidate[] {
  const between = outletsBetweenBylineAndTime(text);
  if (!/(?:^|\n)[ \t]*(?:By|BY)[ \t]|\/[ \t]*\p{Lu}|(?:writer|reporter|correspondent|journalist)s?\b/u.test(text)) return between;
  const found: MentionCandidate[] = [...between];
  for (const pattern of [AGENCY_CREDIT, OUTLET_BEFORE_JOB]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      if (isListedPlace(placeKey(name)) || JOB_END.test(name) || NOT_OUTLETS.test(name) || isDemonym(name.split(/[ \t]+/)[0]!.toLowerCase())) continue;
      if (pattern === AGENCY_CREDIT && !/^\p{Lu}{2,}$/u.test(name) && !AGENCIES_BY_NAME.test(name)) continue;
      const start = match.index + match[0].indexOf(name, match[0].startsWith('(') ? 1 : match[0].indexOf(',') + 1);
      found.push(mentionAt(text, start, start + name.length, 'organization'));
    }
  }
  for (const pattern of [BYLINE_OUTLET, CREDIT_OUTLET]) {
    for (const match of text.matchAll(pattern)) {
      // (Less a credit's "Photo": "(Vipin Kumar Sharma/HT Photo)".)
      const name = match[1]!.replace(/(?<=\p{Ll})\.$/u, '').replace(/[ \t]+Photos?$/, '');
      // An outlet by its shape, not a place the writer files from ("By Ritika Sehgal, New Delhi", "By Nikhil Rathore,
      // Mullanpur").
      if (!OUTLET_SHAPE.test(name) || isListedPlace(placeKey(name))) continue;
      // (Not a credit's own words, nor a photographer after an agency's "Photo": "AP Photo/Evan Vucci".)
      if (JOB_END.test(name) || LETTERS_AFTER_NAMES.test(name) || /^(?:Handout|File|Pool|Staff|Getty|Reuters|AP|AFP)$/.test(name) || /Photo[ \t]*\/[ \t]*$/.test(match[0].slice(0, match[0].lastIndexOf(match[1]!)))) continue;
      const start = match.index + match[0].lastIndexOf(match[1]!);
      found.push(mentionAt(text, start, start + name.length, 'organization'));
    }
  }
  return found;
}

/** `mentions` with the papers the page names by its layout read as organisations, each wherever it occurs. */
export function withPublications(text: string, given: MentionCandidate[]): MentionCandidate[] {
  // An outlet a byline or a credit names takes the place of what was read inside it.
  const named = outlets(text);
  const mentions = named.length === 0 ? given : [...given.filter((m) => !named.some((o) => m.start < o.end && o.start < m.end)), ...named];
  // (Most texts have none of these words: one quick test spares the patterns.)
  if (!/orrespondent|eporter|ditor|ournalist|riter|olumnist|hotographer|ontributor|reports|writes|covers|ublished in|news agency/.test(text)) return mentions;
  const papers = new Map<string, MentionCandidate>();
  for (const cue of CUES) {
    // (An agency's pattern opens at every capital: its words, looked for first, spare the search of most texts.)
    if (cue === AGENCY && !NEWS_AGENCY.test(text)) continue;
    for (const found of text.matchAll(cue)) {
      // (An agency's "The" is the article: "The Turan news agency".)
      const caught = cue === AGENCY ? found[1]!.replace(/^The[ \t]+/, '') : found[1]!;
      // (Not a person's name: "a writer for Taylor Swift"; an agency's may be a given name too, "Petra".)
      const name = trimmed(caught);
      if (name !== undefined && cue !== AGENCY && lexiconKind(name.split(/[ \t]+/)[0]!.toLowerCase()) === 'first-name') continue;
      if (name === undefined) continue;
      const start = found.index + found[0].lastIndexOf(caught);
      if (!papers.has(name)) papers.set(name, mentionAt(text, start, start + name.length, 'organization'));
    }
  }
  if (papers.size === 0) return mentions;
  const bare = (name: string): string => name.replace(/^The\s+/, '');
  const names = new Set([...papers.keys()].map(bare));
  const withThe = new Set([...papers.keys()].filter((name) => name.startsWith('The ')).map(bare));
  const out = mentions.map((m): MentionCandidate => {
    if (!names.has(bare(m.text))) return m;
    // A paper whose "The" is its name's has it wherever it is written: "Download The Star app" read as "Star".
    if (withThe.has(m.text) && text.slice(m.start - 4, m.start) === 'The ') return { ...mentionAt(text, m.start - 4, m.end, 'organization'), evidence: m.evidence };
    // (Not a person read in full there: the paper's one-word name is a surname too.)
    return m.type !== 'organization' && !(m.type === 'person' && m.words.length > 1) ? { ...m, type: 'organization', country: false } : m;
  });
  // A paper no mention read at the cue ("with The Hindu in Chennai") is added there.
  for (const paper of papers.values()) {
    if (!out.some((m) => m.start < paper.end && paper.start < m.end)) out.push(paper);
  }
  return out;
}

// The name a cue caught, less words after it that are no part of it ("HT Photo"), or undefined when it is no paper.
function trimmed(name: string): string | undefined {
  // (Not the full stop that ends the sentence: "for The Star.", "with HT.")
  const words = name.replace(/(?<=\p{Ll}|\p{Lu}{2})\.$/u, '').split(/[ \t]+/);
  while (words.length > 1 && /^(?:Photo|Photos|App|News|Online)$/.test(words[words.length - 1]!)) words.pop();
  if (words.length === 1 && NOT_PAPERS.test(words[0]!)) return undefined;
  const whole = words.join(' ');
  // A place there is a beat or a bureau: "correspondent for Europe", "reporter at Westminster"; a people's word
  // is the agency's country: "the Russian news agency Tass", "the Bosnian Serb news agency SRNA".
  return isListedPlace(placeKey(whole)) || (words[0] !== 'The' && isDemonym(words[0]!.toLowerCase())) ? undefined : whole;
}
