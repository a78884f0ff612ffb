import { describe, expect, it } from 'vitest';
import { parseContentRequest, parseNotesReply } from '../messages';

describe('note messages', () => {
  it('accepts a highlight request and falls back to yellow for an unknown colour', () => {
    expect(parseContentRequest({ type: 'whosaid:add-note', colour: 'ultraviolet', text: null })).toEqual({
      type: 'whosaid:add-note',
      colour: 'yellow',
      text: null,
      inPage: false,
    });
  });

  it('refuses a note whose text is not a string or far too long, and an edit without an id', () => {
    expect(parseContentRequest({ type: 'whosaid:add-note', colour: 'blue', text: 42 })).toBeNull();
    expect(parseContentRequest({ type: 'whosaid:add-note', colour: 'blue', text: 'x'.repeat(50_000) })).toBeNull();
    expect(parseContentRequest({ type: 'whosaid:edit-note', text: 'hello' })).toBeNull();
  });

  it('checks a notes reply field by field and keeps page text as plain strings', () => {
    const reply = parseNotesReply({
      ok: true,
      page: {
        url: 'https://news.example/a',
        title: '<b>Title</b>',
        selection: 'words',
        site: 'https://news.example',
        notes: [{ id: 'urn:uuid:1', motivation: 'commenting', colour: 'pink', quote: '<img src=x>', text: 'a\nb', orphan: true, modified: '2025-01-01' }],
      },
    });
    expect(reply).toEqual({
      ok: true,
      page: {
        url: 'https://news.example/a',
        title: '<b>Title</b>',
        selection: 'words',
        site: 'https://news.example',
        notes: [{ id: 'urn:uuid:1', motivation: 'commenting', colour: 'pink', quote: '<img src=x>', text: 'a\nb', orphan: true, modified: '2025-01-01' }],
      },
    });
    expect(parseNotesReply({ ok: true, page: { notes: [{ id: 'x', motivation: 'shouting' }] } })).toBeNull();
    expect(parseNotesReply({ ok: false, message: 'Storage is full', page: null })).toEqual({ ok: false, message: 'Storage is full', page: null });
  });
});
