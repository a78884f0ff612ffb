// Turns a hand-written gold spec into gold.json offsets, so gold is written by reading the article,
// not by copying offsets. One line per quotation, in any order:
//
//   KIND | QUOTE | SPEAKER | MENTION [@ CONTEXT]
//
// KIND is D (direct), P (partial) or T (term). QUOTE is the start of the quoted text (enough to be
// unique), or `START ... END` for the start and end of it; without END the quotation runs to the mark
// that closes it (or to the paragraph's end, for a paragraph a multi-paragraph quotation leaves open).
// `#N` after QUOTE picks the Nth occurrence. SPEAKER is the full name (`-` for none). MENTION is the
// local mention's text; CONTEXT, a phrase around it, picks which occurrence (the one nearest the
// quotation). Lines starting with `//` and blank lines are ignored.

const OPENERS = '“"‘\'«»„‚「『';
const DOUBLE_CLOSERS = { '“': '”', '"': '"', '„': '“”', '«': '»', '»': '«', '「': '」', '『': '』' };

/** Offsets of every occurrence of `needle` in `text`. */
function occurrences(text, needle, from = 0) {
  const found = [];
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function lineEnd(text, pos) {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** Where the quotation opened just before `start` closes (exclusive end of its text). */
function closeOf(text, start) {
  let open = start - 1;
  while (open >= 0 && /\s/.test(text.charAt(open))) open--;
  const opener = text.charAt(open);
  if (!OPENERS.includes(opener)) throw new Error(`no opening quotation mark before “${text.slice(start, start + 30)}”`);
  const end = lineEnd(text, start);
  if (DOUBLE_CLOSERS[opener]) {
    const closers = DOUBLE_CLOSERS[opener];
    for (let i = start; i < end; i++) if (closers.includes(text.charAt(i)) && (opener !== '"' || i > start)) return i;
    return end;
  }
  // Single marks: the first ’ or ' not followed by a letter (don’t, Russia’s are apostrophes).
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if ((ch === '’' || ch === "'" || ch === '‘') && !/[\p{L}\p{N}]/u.test(text.charAt(i + 1))) return i;
  }
  return end;
}

function trimSpan(text, start, end) {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end, text: text.slice(start, end) };
}

function locateQuote(text, spec, line) {
  let quote = spec;
  let nth = 1;
  const hash = / #(\d+)$/.exec(quote);
  if (hash) {
    nth = Number(hash[1]);
    quote = quote.slice(0, hash.index);
  }
  const [head, tail] = quote.split(' ... ');
  // Only occurrences right after an opening mark (and optional space) are quotations.
  const starts = occurrences(text, head).filter((i) => {
    let j = i - 1;
    while (j >= 0 && text.charAt(j) === ' ') j--;
    return OPENERS.includes(text.charAt(j));
  });
  if (starts.length === 0) throw new Error(`line ${line}: quotation “${head}” not found after an opening mark`);
  if (starts.length > 1 && !hash) throw new Error(`line ${line}: quotation “${head}” occurs ${starts.length} times; add #N`);
  const start = starts[nth - 1];
  if (start === undefined) throw new Error(`line ${line}: no occurrence #${nth} of “${head}”`);
  if (tail !== undefined) {
    const at = text.indexOf(tail, start + head.length);
    if (at < 0 || at > lineEnd(text, start)) throw new Error(`line ${line}: end “${tail}” not found in the paragraph`);
    return trimSpan(text, start, at + tail.length);
  }
  return trimSpan(text, start, closeOf(text, start));
}

function locateMention(text, quote, mention, context, line) {
  const ctx = context ?? mention;
  const offsetInContext = ctx.indexOf(mention);
  if (offsetInContext < 0) throw new Error(`line ${line}: mention “${mention}” is not in its context “${ctx}”`);
  const candidates = occurrences(text, ctx)
    .map((i) => i + offsetInContext)
    .filter((i) => i + mention.length <= quote.start || i >= quote.end)
    // Whole words only: `he` is not the end of `the`.
    .filter((i) => !/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(i + mention.length)));
  if (candidates.length === 0) throw new Error(`line ${line}: mention “${ctx}” not found outside the quotation`);
  const distance = (i) => (i < quote.start ? quote.start - i : i - quote.end);
  candidates.sort((a, b) => distance(a) - distance(b));
  const start = candidates[0];
  return { text: mention, start, end: start + mention.length };
}

const KINDS = { D: 'direct', P: 'partial', T: 'term' };

/** Gold quotations (sorted by start) from a spec, for `article`. Throws on anything it cannot place. */
export function goldFromSpec(article, spec) {
  const quotes = [];
  spec.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    const fields = line.split('|').map((f) => f.trim());
    const kind = KINDS[fields[0]];
    if (!kind || fields.length < 2) throw new Error(`line ${i + 1}: expected KIND | QUOTE | SPEAKER | MENTION`);
    const span = locateQuote(article, fields[1], i + 1);
    const speaker = fields[2] && fields[2] !== '-' ? fields[2] : null;
    const quote = { text: span.text, start: span.start, end: span.end, kind, speaker };
    if (speaker !== null) {
      if (!fields[3]) throw new Error(`line ${i + 1}: a speaker needs a mention`);
      const [mention, context] = fields[3].split(' @ ').map((f) => f.trim());
      quote.speakerMention = locateMention(article, span, mention, context, i + 1);
    }
    quotes.push(quote);
  });
  quotes.sort((a, b) => a.start - b.start);
  for (let i = 1; i < quotes.length; i++) {
    if (quotes[i].start < quotes[i - 1].end) throw new Error(`quotations overlap: “${quotes[i - 1].text.slice(0, 30)}” and “${quotes[i].text.slice(0, 30)}”`);
  }
  return quotes;
}
