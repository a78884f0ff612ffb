import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../entities';
import type { Entity, EntityType } from '../types';

function find(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name || e.mentions.some((m) => m.text === name));
}

function names(text: string, type?: EntityType): string[] {
  return recogniseEntities(text)
    .filter((e) => type === undefined || e.type === type)
    .map((e) => e.name);
}

describe('recogniseEntities: spans', () => {
  it('keeps the possessive out of NATO’s', () => {
    const text = 'The summit addressed NATO’s eastward expansion.';
    const nato = find(recogniseEntities(text), 'NATO');
    expect(nato?.type).toBe('organization');
    expect(nato?.mentions).toEqual([{ start: 21, end: 25, text: 'NATO' }]);
  });

  it("keeps straight-apostrophe possessives out of the span: Russia's", () => {
    const russia = find(recogniseEntities("He spoke of Russia's security."), 'Russia');
    expect(russia?.mentions.map((m) => m.text)).toEqual(['Russia']);
  });

  it('keeps trailing punctuation and quotation marks out of the span', () => {
    const text = '“Peace in Ukraine,” he said, “starts in Kyiv.”';
    const entities = recogniseEntities(text);
    expect(find(entities, 'Ukraine')?.mentions.map((m) => m.text)).toEqual(['Ukraine']);
    expect(find(entities, 'Kyiv')?.mentions.map((m) => m.text)).toEqual(['Kyiv']);
  });

  it('leaves titles and nationality adjectives out of a person’s mention', () => {
    const text = 'Russian President Vladimir Putin arrived.';
    const putin = find(recogniseEntities(text), 'Vladimir Putin');
    expect(putin?.type).toBe('person');
    expect(putin?.mentions).toEqual([{ start: 18, end: 32, text: 'Vladimir Putin' }]);
  });

  it('always gives mention text equal to the slice of the article', () => {
    const text = 'U.S. Secretary of State Marco Rubio met Ursula von der Leyen in Brussels; Omar al-Bashir stayed in Khartoum.';
    for (const entity of recogniseEntities(text)) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('recogniseEntities: people', () => {
  it('groups a bare surname with the full name named earlier', () => {
    const text = 'Vladimir Putin spoke first. Later Putin added a remark, and President Putin left.';
    const people = recogniseEntities(text).filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Vladimir Putin');
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin', 'Putin']);
  });

  it('treats a capitalised word after President as a person', () => {
    const text = 'The talks were hosted by President Trump at a base.';
    const trump = find(recogniseEntities(text), 'Trump');
    expect(trump?.type).toBe('person');
    expect(trump?.mentions).toEqual([{ start: 35, end: 40, text: 'Trump' }]);
  });

  it('takes a bare surname as the person a title names elsewhere, before or after', () => {
    const text = 'He met with Trump at a base. Trump’s team agreed. “President Trump said so,” he added.';
    const trump = find(recogniseEntities(text), 'Trump');
    expect(trump?.type).toBe('person');
    const at = (from: number): number => text.indexOf('Trump', from);
    expect(trump?.mentions.map((m) => m.start)).toEqual([at(0), at(13), at(30)]);
  });

  it('reads titles with abbreviations and several words', () => {
    const text = 'Gov. Newsom spoke after Prime Minister Keir Starmer and Foreign Minister Sergei Lavrov. Dr. Smith agreed.';
    const people = names(text, 'person');
    expect(people).toEqual(expect.arrayContaining(['Newsom', 'Keir Starmer', 'Sergei Lavrov', 'Smith']));
  });

  it('reads a lower-case title before a name', () => {
    expect(names('She met with former president Biden on Monday.', 'person')).toEqual(['Biden']);
  });

  it('finds people named by a known first name', () => {
    expect(names('The deal was signed by Tim Cook and Theresa May.', 'person')).toEqual(['Tim Cook', 'Theresa May']);
  });

  it('keeps two people with one surname apart and links the surname to the latest one', () => {
    const text = 'Donald Trump spoke. Melania Trump smiled. Trump waved.';
    const people = recogniseEntities(text).filter((e) => e.type === 'person');
    expect(people.map((p) => p.name)).toEqual(['Donald Trump', 'Melania Trump']);
    expect(people[1]!.mentions.map((m) => m.text)).toEqual(['Melania Trump', 'Trump']);
  });

  it('keeps name particles inside the name', () => {
    const text = 'Ursula von der Leyen spoke. Von der Leyen is in charge.';
    expect(names(text, 'person')[0]).toBe('Ursula von der Leyen');
  });

  it('does not read a title-word surname as a title: Stephen King', () => {
    expect(names('A novel by Stephen King sold well.', 'person')).not.toContain('Stephen');
  });
});

describe('recogniseEntities: organisations', () => {
  it('takes an unknown acronym as an organisation', () => {
    const nato = find(recogniseEntities('Finland joined NATO last year.'), 'NATO');
    expect(nato?.type).toBe('organization');
  });

  it('groups an acronym with its expansion', () => {
    const text = 'The North Atlantic Treaty Organization (NATO) met. Later NATO agreed.';
    const org = recogniseEntities(text).filter((e) => e.type === 'organization');
    expect(org).toHaveLength(1);
    expect(org[0]!.name).toBe('North Atlantic Treaty Organization');
    expect(org[0]!.mentions.map((m) => m.text)).toEqual(['North Atlantic Treaty Organization', 'NATO', 'NATO']);
  });

  it('does not take an abbreviation of ordinary words as an organisation', () => {
    expect(recogniseEntities('They collect personally identifiable information (PII) daily.')).toEqual([]);
  });

  it('reads organisation suffixes and "X of Y" names', () => {
    const text = 'Officials at the Bank of England and the Foreign Ministry briefed Acme Holdings and the Brookings Institution.';
    expect(names(text, 'organization')).toEqual(['Bank of England', 'Foreign Ministry', 'Acme Holdings', 'Brookings Institution']);
  });

  it('does not take common acronyms, roman numerals or shouted words as organisations', () => {
    const entities = recogniseEntities('The CEO said GDP grew and AI helped, like in World War II. That is NOT true.');
    // World War II is a named thing, just not a person, organisation or place: at most an `other`.
    expect(entities.filter((e) => e.type !== 'other')).toEqual([]);
    expect(entities.map((e) => e.name).filter((n) => n !== 'World War II')).toEqual([]);
  });
});

describe('recogniseEntities: places', () => {
  it('finds places compromise may mistag: Kyiv and Alaska', () => {
    const entities = recogniseEntities('Talks in Alaska were watched in Kyiv.');
    expect(find(entities, 'Alaska')?.type).toBe('place');
    expect(find(entities, 'Kyiv')?.type).toBe('place');
  });

  it('prefers the place reading of a state name before an occasion word', () => {
    const alaska = find(recogniseEntities('They met at the Alaska Summit.'), 'Alaska');
    expect(alaska?.type).toBe('place');
    expect(alaska?.mentions).toEqual([{ start: 16, end: 22, text: 'Alaska' }]);
  });

  it('groups spellings of one country under its name', () => {
    const entities = recogniseEntities('The U.S. and the United States are one; the US agrees.');
    const us = entities.filter((e) => e.type === 'place');
    expect(us).toHaveLength(1);
    expect(us[0]!.name).toBe('United States');
    expect(us[0]!.mentions).toHaveLength(3);
  });

  it('splits hyphenated pairs of places', () => {
    expect(names('The Russia-Ukraine war goes on.', 'place')).toEqual(['Russia', 'Ukraine']);
  });

  it('keeps multi-word places whole at the start of a sentence', () => {
    expect(names('New York is large. South Africa too.', 'place')).toEqual(['New York', 'South Africa']);
  });

  it('reads a city as a person when the article names a person of that surname', () => {
    const text = 'Denzel Washington starred. Washington said he was proud. He lives in Washington.';
    const entities = recogniseEntities(text);
    expect(find(entities, 'Denzel Washington')?.mentions.map((m) => m.start)).toEqual([0, 27]);
    expect(entities.find((e) => e.type === 'place')?.mentions.map((m) => m.start)).toEqual([69]);
  });
});

describe('recogniseEntities: what is not an entity', () => {
  it('does not take Russian as an entity', () => {
    expect(recogniseEntities('The Russian leader met European allies. Russians and Europeans watched.')).toEqual([]);
  });

  it('does not take capitalised sentence-initial words as entities', () => {
    const text = 'However, the talks ended. Speaking later, officials agreed. Both sides left. The summit closed.';
    expect(recogniseEntities(text)).toEqual([]);
  });

  it('does not take months or weekdays as entities', () => {
    expect(recogniseEntities('On Monday, March 3, and again in May, the vote was held. By Friday it was over.')).toEqual([]);
  });

  it('does not take headline capitals as entities', () => {
    const text = 'Leaders Agree On New Plan For Peace In Region\nThe plan was agreed.';
    expect(recogniseEntities(text)).toEqual([]);
  });
});

describe('recogniseEntities: shape of the result', () => {
  it('numbers entities in order of first mention with sorted mentions', () => {
    const text = 'Ukraine and Russia talked. Russia and Ukraine agreed; Moscow waited.';
    const entities = recogniseEntities(text);
    expect(entities.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(entities.map((e) => e.name)).toEqual(['Ukraine', 'Russia', 'Moscow']);
    for (const e of entities) {
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});
