// A photo's credit, "Photo: Hendrik Brauer/dpa", "Credit: NASA/JPL-Caltech/ASU/MSSS": the photographer, then
// after each slash the agency or the body that holds the picture. The tagger reads an agency in lower case as
// nothing and a body's short name as a named thing ("JPL-Caltech"); the credit's layout says they are bodies.
import type { MentionCandidate } from './entity-recogniser';
import { mentionAt } from './name-edges';
import { SpanIndex } from './span-index';

// (Up to the end of the line or a closing bracket: "(Photo: Sam Yeh/AFP)".)
const CREDIT = /(?:^|[\s(])(?:Photo|Photograph|Photos|Picture|Pictures|Image|Images|Credit|Illustration)\s*:[ \t]*([^\n()]{2,120})/g;
// One word of a body's short name: capitals, or a known agency's lower case ("dpa"); not a file's name
// ("Header.JPG") nor a credit's own words ("Reuters/Handout", "AP/File").
const SHORT_BODY = /^(?:\p{Lu}[\p{L}\p{N}&.-]*|dpa|epa)$/u;
const NOT_BODIES = /^(?:Handout|File|Files|Pool|Staff|Stringer|Supplied|Screenshot|Courtesy|Unsplash|Shutterstock|iStock)$|\.[A-Za-z]{2,4}$/;

/** `mentions` with the agencies and bodies after the slashes of photo credits read as organisations. */
export function withPhotoCredits(text: string, mentions: MentionCandidate[]): MentionCandidate[] {
  // (Most texts credit no photo: one quick look spares the scan.)
  if (!text.includes('/') || !/(?:Photo|Photograph|Picture|Image|Credit|Illustration)s?\s*:/.test(text)) return mentions;
  const bodies: MentionCandidate[] = [];
  for (const credit of text.matchAll(CREDIT)) {
    const parts = credit[1]!.split('/');
    // (Not an address: "Image: https://cdn.example.com/uploads/…".)
    if (parts.length < 2 || /:\/\/|www\./.test(credit[1]!)) continue;
    let at = credit.index + credit[0].length - credit[1]!.length;
    parts.forEach((part, i) => {
      const word = part.trim();
      const start = at + part.indexOf(word);
      at += part.length + 1;
      // (The first part is the photographer, unless a body's capitals: "NASA/JPL-Caltech", "EPA-EFE/Olivier Hoslet".)
      if (!SHORT_BODY.test(word) || NOT_BODIES.test(word) || (i === 0 && !/^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u.test(word))) return;
      bodies.push(mentionAt(text, start, start + word.length, 'organization'));
    });
  }
  if (bodies.length === 0) return mentions;
  // (Looked up by halves: a long page credits thousands of photos.)
  const credited = new SpanIndex(bodies);
  // (A mention no longer than the body it starts in gives way to it: "JPL-Caltech" read as a named thing.)
  const kept = mentions.filter((m) => {
    const body = credited.containing(m.start);
    return body === undefined || m.end - m.start > body.end - body.start;
  });
  const keptIndex = new SpanIndex(kept);
  const added = bodies.filter((b) => !keptIndex.overlaps(b.start, b.end));
  return [...kept, ...added.map((b) => ({ ...b, country: false }))].sort((a, b) => a.start - b.start);
}
