import { describe, expect, it } from 'vitest';
import { parseAnnotateReply, parseBackgroundRequest, parseContentRequest } from '../messages';

describe('messages', () => {
  it('accepts well-formed requests and rejects anything else', () => {
    expect(parseContentRequest({ type: 'whosaid:annotate', wholePage: true })).toEqual({ type: 'whosaid:annotate', wholePage: true });
    expect(parseContentRequest({ type: 'whosaid:reveal', id: 'q1', mention: 2 })).toEqual({ type: 'whosaid:reveal', id: 'q1', mention: 2 });
    expect(parseContentRequest({ type: 'whosaid:reveal', id: 7 })).toBeNull();
    expect(parseContentRequest({ type: 'whosaid:set-visibility', visible: { quote: true } })).toBeNull();
    expect(parseContentRequest('whosaid:annotate')).toBeNull();
    expect(parseContentRequest(null)).toBeNull();
    expect(parseBackgroundRequest({ type: 'whosaid:annotated', quoteCount: -1 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'whosaid:annotated', quoteCount: 3 })).toEqual({ type: 'whosaid:annotated', quoteCount: 3 });
    expect(parseBackgroundRequest({ type: 'whosaid:wake', extra: 1 })).toEqual({ type: 'whosaid:wake' });
    expect(parseBackgroundRequest({ type: 'whosaid:insert-styles' })).toEqual({ type: 'whosaid:insert-styles' });
    expect(parseBackgroundRequest({ type: 'whosaid:insert' })).toBeNull();
  });

  it('rejects an annotate reply with a malformed quotation', () => {
    const page = {
      url: 'https://example.com/',
      article: { title: 't', byline: '', siteName: '', lang: 'en' },
      visible: { quote: true, person: true, organization: true, place: true },
      entities: [],
      quotes: [{ id: 'q1', start: 0, end: 3, text: 'abc', kind: 'shout', speaker: null, cue: null }],
    };
    expect(parseAnnotateReply({ ok: true, page })).toBeNull();
    page.quotes[0]!.kind = 'direct';
    expect(parseAnnotateReply({ ok: true, page })?.ok).toBe(true);
    expect(parseAnnotateReply({ ok: false, reason: 'no-article', message: 'x' })).toEqual({ ok: false, reason: 'no-article', message: 'x' });
  });
});
