// A wire's press digest ("BANGLADESH - Newspaper headlines", "Kenya press digest"): each paper's name alone on a
// line in capitals, its stories below it after dashes ("THE DAILY STAR\n- Prime Minister Sheikh Hasina will…").
// The tagger reads those names as nothing or as places ("THE BANGLADESH OBSERVER"); their layout says they are
// papers, organisations (a leading "The" left out, as the CoNLL guidelines have it).
import type { MentionCandidate } from './entity-recogniser';
import { mentionAt } from './name-edges';

// (Said at the top: "NEWSPAPER HEADLINES", "PRESS DIGEST", "stories in Bangladesh newspapers".)
const DIGEST_WORDS = /\b(?:newspapers?|press\s+digest|press\s+review|headlines)\b/i;
const PAPER_LINE = /^(?:THE[ \t]+)?([A-Z][A-Z0-9'’&.-]*(?:[ \t]+[A-Z][A-Z0-9'’&.-]*){0,3})[ \t]*\n[ \t]*[-–—][ \t]/gm;
// (A digest names a few papers: a text with more such lines is something else, a list of some kind.)
const MAX_PAPERS = 30;

/** `mentions` with the papers of a press digest found, in place of whatever the tagger read on their lines. */
export function withPressDigestPapers(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  if (!DIGEST_WORDS.test(text.slice(0, 400))) return mentions;
  const papers: MentionCandidate[] = [];
  for (const line of text.matchAll(PAPER_LINE)) {
    const start = line.index + line[0].indexOf(line[1]!);
    papers.push(mentionAt(text, start, start + line[1]!.length, 'organization'));
    if (papers.length > MAX_PAPERS) return mentions;
  }
  if (papers.length < 2) return mentions;
  const kept = mentions.filter((m) => !papers.some((p) => p.start < m.end && m.start < p.end));
  return [...kept, ...papers.map((p) => ({ ...p, country: false }))].sort((a, b) => a.start - b.start);
}
