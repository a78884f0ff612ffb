import { describe, expect, it } from 'vitest';
import { joinQuotations } from '../joined-quotes';
import type { Quotation } from '../types';

const speaker = { name: 'Vladimir Putin', entity: 'e1', mention: { start: 40, end: 45, text: 'Putin' } };
const span = (id: string, text: string, group?: string): Quotation => ({
  id, start: 0, end: text.length, text, kind: 'direct', speaker, cue: null, ...(group ? { group } : {}),
});

describe('joined quotations', () => {
  it('shows the halves of a split quotation as one, without the comma that handed over to the cue', () => {
    const joined = joinQuotations([span('q1', 'We are interested in it,', 'q1'), span('q2', 'but we need more.', 'q1'), span('q3', 'Later.')]);
    expect(joined).toEqual([
      { id: 'q1', kind: 'direct', speaker: 'Vladimir Putin', text: 'We are interested in it … but we need more.' },
      { id: 'q3', kind: 'direct', speaker: 'Vladimir Putin', text: 'Later.' },
    ]);
  });
});
