// A match report's line-ups: "Galatasaray: Çakır, Singo, Sánchez, Bardakcı, Jakobs, Torreira, Gündoğan, Sané (Akgün
// 84), Sara (Lemina 77), Barış Alper Yılmaz, Osimhen." The tagger reads a surname alone among others as a place or
// a club ("Sánchez", "Lukebakio"); a side's eleven after its name and a colon, each one to four capitalised words, a
// substitute in brackets with his minute, are people. Only in a match report, and only after a side's name (one read
// as a body or a place) or under a "Line-ups" heading: a list of nine towns, tags, banks or bands is no side.
import type { MentionCandidate } from './entity-recogniser';
import { mentionAt } from './name-edges';
import { inPlaceOf } from './span-index';
import { isSportsReport } from './sports-teams';

const PLAYER = String.raw`(?:(?:de|da|van|von|der|di|dos|el|al)[ \t]+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|van|von|der|di|dos)){0,3}`;
const LINE = /(?:^|\n)([ \t]*\p{Lu}[^:\n]{0,40}):[ \t]*([^\n]+)/gu;
const HEADING_BEFORE = /(?:^|\n)[ \t]*(?:Line-?ups?|Lineups?|Teams|Starting (?:XI|line-?ups?))[ \t]*:?[ \t]*\n(?:[^\n]*\n)?$/i;
const TITLE_FIRST = /^(?:Sir|Dame|Lord|Lady|Prince|Princess|King|Queen|Dr|Mr|Mrs|Ms|Rev)\b/;
// (A scorer's minutes after him: "Saka 23", "Kane 45+2, pen".)
const ITEM = new RegExp(String.raw`^[ \t]*(${PLAYER})(?:[ \t]*\([ \t]*(${PLAYER})[ \t]+\d{1,3}(?:\+\d)?['’]?[ \t]*\))?(?:[ \t]+\d{1,3}(?:\+\d)?['’]?(?:[ \t]*\(?pen\)?)?)?[ \t]*\.?[ \t]*$`, 'u');
// A line of players by what they did or did not do: "Subs not used: Kepa, White, …", "Booked: Zubimendi, Tonali",
// "Goals: Saka 23, Gyokeres 86; Woltemade 58". (Two or more of them, and only just after a side's line-up: not
// "Goals: Arsenal 2, Chelsea 1", "Booked: Celtic, Rangers" alone.)
const PLAYERS_LABEL = /^[ \t]*(?:Subs(?:titutes)?(?:[ \t]+not[ \t]+used)?|Bench|Booked|Yellow[ \t]+cards?|Red[ \t]+cards?|Sent[ \t]+off|Goals?|Scorers?|Goalscorers?)$/i;
// A side's players and a substitute or two; not a list of a few towns or topics ("Topics: Burundi, Congo, M23").
const MIN_PLAYERS = 9;

/** `mentions` with the players of a line-up read as people. */
export function withLineUps(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  if (!/:[^\n]*[,;]/.test(text) || !isSportsReport(text)) return mentions;
  const players: MentionCandidate[] = [];
  const sides = new Set(mentions.filter((m) => m.type === 'organization' || m.type === 'place').map((m) => m.text));
  let lastLineUpEnd = -Infinity;
  for (const line of text.matchAll(LINE)) {
    const label = line[1]!.trim();
    const list = line[2]!;
    // (A football line-up's lines, defence to attack, are split by semicolons: "Raya; Timber, Mosquera, …; Rice, …".)
    const items = list.split(/[,;]/);
    const byLabel = PLAYERS_LABEL.test(label);
    if (items.length < (byLabel ? 2 : MIN_PLAYERS)) continue;
    const lineStart = line.index + (line[0].startsWith('\n') ? 1 : 0);
    if (byLabel ? lineStart - lastLineUpEnd > 400 : !sides.has(label) && !HEADING_BEFORE.test(text.slice(Math.max(0, lineStart - 400), lineStart))) continue;
    const read = items.map((item) => ITEM.exec(item));
    if (read.some((match) => match === null || TITLE_FIRST.test(match[1]!))) continue;
    lastLineUpEnd = line.index + line[0].length;
    let at = line.index + line[0].length - list.length;
    items.forEach((item, i) => {
      const match = read[i]!;
      for (const written of [match[1], match[2]]) {
        if (written === undefined) continue;
        // (Less the list's full stop: "Osimhen.")
        const name = written.replace(/\.$/, '');
        const start = text.indexOf(name, at);
        players.push(mentionAt(text, start, start + name.length, 'person'));
      }
      at += item.length + 1;
    });
  }
  return players.length === 0 ? mentions : inPlaceOf(mentions, players);
}
