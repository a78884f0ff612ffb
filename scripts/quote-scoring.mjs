// Scores found quotations against hand-made gold, by the rules of the quotation issue:
// - terms (scare quotes, titles) are left out on both sides;
// - a found quotation matches a gold one when their overlap is at least half the longer span
//   (one found quotation matches at most one gold quotation, and the other way round);
// - among matched quotations with a gold speaker, the speaker is right when the found
//   `speaker.mention` overlaps the gold mention, or the gold mention contains the surname of
//   `speaker.name`.
// Plain JavaScript so the eval script (Node 20, no TypeScript loader) and the Vitest test share it.

/** @typedef {{ start: number, end: number, text: string }} Span */
/** @typedef {{ start: number, end: number, text: string, kind: string, speaker: string | null, speakerMention?: Span }} GoldQuote */
/** @typedef {{ start: number, end: number, text: string, kind: string, speaker: { name: string, mention: Span } | null }} FoundQuote */

/** Characters two spans share. */
export function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The matching rule: overlap at least half the longer of the two spans. */
export function spansMatch(a, b) {
  const overlapping = overlap(a, b);
  return overlapping > 0 && overlapping >= Math.max(a.end - a.start, b.end - b.start) / 2;
}

/** Last word of a name, without trailing punctuation or a generational suffix: `Martin Luther King Jr.` → `King`. */
export function surnameOf(name) {
  const words = String(name).split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv)$/i.test(words[words.length - 1])) words.pop();
  return words[words.length - 1] ?? '';
}

/** Whether `text` contains `word` as a whole word, ignoring case. */
function containsWord(text, word) {
  if (!word) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The speaker rule for one matched pair. */
export function speakerIsCorrect(found, gold) {
  if (!found.speaker || gold.speaker === null) return false;
  const mention = found.speaker.mention;
  const goldMention = gold.speakerMention;
  if (!goldMention) return false;
  if (mention && overlap(mention, goldMention) > 0) return true;
  return containsWord(goldMention.text, surnameOf(found.speaker.name));
}

/**
 * Pairs found and gold quotations one-to-one: the pair with the largest overlap first, so a long found
 * span that covers two gold halves matches the one it covers most.
 */
export function matchQuotations(found, gold) {
  const candidates = [];
  found.forEach((f, fi) => {
    gold.forEach((g, gi) => {
      if (spansMatch(f, g)) candidates.push({ fi, gi, size: overlap(f, g) });
    });
  });
  candidates.sort((a, b) => b.size - a.size || a.gi - b.gi || a.fi - b.fi);
  const usedFound = new Set();
  const usedGold = new Set();
  const pairs = [];
  for (const c of candidates) {
    if (usedFound.has(c.fi) || usedGold.has(c.gi)) continue;
    usedFound.add(c.fi);
    usedGold.add(c.gi);
    pairs.push({ found: found[c.fi], gold: gold[c.gi] });
  }
  return { pairs, unmatchedFound: found.filter((_, i) => !usedFound.has(i)), unmatchedGold: gold.filter((_, i) => !usedGold.has(i)) };
}

const isQuotation = (q) => q.kind !== 'term';

/**
 * Scores one document. Returns counts and a list of errors in reading order:
 * `missed` (gold not found), `spurious` (found, not in gold), `wrong-speaker`, `no-speaker`,
 * and `speaker-not-in-gold` (a speaker named where the gold has none; counted, not scored).
 */
export function scoreDocument(name, foundQuotes, goldQuotes) {
  const found = foundQuotes.filter(isQuotation);
  const gold = goldQuotes.filter(isQuotation);
  const { pairs, unmatchedFound, unmatchedGold } = matchQuotations(found, gold);
  const errors = [];
  let speakerTotal = 0;
  let speakerCorrect = 0;
  let speakerUnwanted = 0;
  for (const { found: f, gold: g } of pairs) {
    if (g.speaker === null) {
      if (f.speaker) {
        speakerUnwanted++;
        errors.push({ type: 'speaker-not-in-gold', name, at: g.start, text: g.text, got: describeFound(f), want: null });
      }
      continue;
    }
    speakerTotal++;
    if (speakerIsCorrect(f, g)) speakerCorrect++;
    else errors.push({ type: f.speaker ? 'wrong-speaker' : 'no-speaker', name, at: g.start, text: g.text, got: describeFound(f), want: describeGold(g) });
  }
  for (const g of unmatchedGold) errors.push({ type: 'missed', name, at: g.start, text: g.text, got: null, want: describeGold(g) });
  for (const f of unmatchedFound) errors.push({ type: 'spurious', name, at: f.start, text: f.text, got: describeFound(f), want: null });
  errors.sort((a, b) => a.at - b.at);
  return {
    name,
    truePositives: pairs.length,
    falsePositives: unmatchedFound.length,
    falseNegatives: unmatchedGold.length,
    speakerTotal,
    speakerCorrect,
    speakerUnwanted,
    errors,
  };
}

function describeFound(f) {
  return `${f.kind}, ${f.speaker ? `${f.speaker.name} (“${f.speaker.mention.text}”@${f.speaker.mention.start})` : 'no speaker'}`;
}

function describeGold(g) {
  return `${g.kind}, ${g.speaker === null ? 'no speaker' : `${g.speaker} (“${g.speakerMention?.text ?? '?'}”@${g.speakerMention?.start ?? '?'})`}`;
}

/** Sums document scores into precision, recall, F1 and speaker accuracy (percentages). */
export function summarise(documents) {
  const sum = (key) => documents.reduce((total, d) => total + d[key], 0);
  const tp = sum('truePositives');
  const fp = sum('falsePositives');
  const fn = sum('falseNegatives');
  const precision = tp + fp === 0 ? 100 : (100 * tp) / (tp + fp);
  const recall = tp + fn === 0 ? 100 : (100 * tp) / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const speakerTotal = sum('speakerTotal');
  const speakerCorrect = sum('speakerCorrect');
  const speaker = speakerTotal === 0 ? 100 : (100 * speakerCorrect) / speakerTotal;
  return { documents: documents.length, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1, speakerTotal, speakerCorrect, speaker, speakerUnwanted: sum('speakerUnwanted') };
}

/** The report the eval script prints; its last line is `QUOTES F1 <x> SPEAKER <y>`. */
export function formatReport(documents, { showErrors = true } = {}) {
  const s = summarise(documents);
  const lines = [];
  if (showErrors) {
    for (const d of documents) {
      for (const e of d.errors) {
        const text = e.text.length > 70 ? `${e.text.slice(0, 67)}…` : e.text;
        lines.push(`${e.type.padEnd(19)} ${d.name}@${e.at} “${text}”  got: ${e.got ?? '—'}  want: ${e.want ?? '—'}`);
      }
    }
    if (lines.length > 0) lines.push('');
  }
  const f = (x) => x.toFixed(1);
  lines.push(`documents ${s.documents}, gold quotations ${s.truePositives + s.falseNegatives}, found ${s.truePositives + s.falsePositives}, matched ${s.truePositives}`);
  lines.push(`precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}`);
  lines.push(`speaker ${s.speakerCorrect}/${s.speakerTotal} = ${f(s.speaker)}%  (speakers named where the gold has none: ${s.speakerUnwanted})`);
  lines.push(`QUOTES F1 ${f(s.f1)} SPEAKER ${f(s.speaker)}`);
  return lines.join('\n');
}
