import { describe, expect, it } from 'vitest';
import { normalisePageUrl, pageKey } from '../page-url';

describe('page keys', () => {
  it('drops the fragment and tracking parameters and sorts the rest', () => {
    expect(normalisePageUrl('https://News.example/a?utm_source=x&b=2&fbclid=y&a=1#comments')).toBe('https://news.example/a?a=1&b=2');
  });

  it('keeps a page without a query as it is', () => {
    expect(normalisePageUrl('https://news.example/world/story')).toBe('https://news.example/world/story');
  });

  it('has no key for pages that are not on the web', () => {
    expect(normalisePageUrl('about:blank')).toBeNull();
    expect(normalisePageUrl('file:///home/me/page.html')).toBeNull();
  });

  it('prefers the canonical link on the same site', () => {
    expect(pageKey('https://www.news.example/amp/story?utm_medium=social', 'https://news.example/story')).toBe('https://news.example/story');
    expect(pageKey('https://news.example/story', '/story?page=1')).toBe('https://news.example/story?page=1');
  });

  it('ignores a canonical link to another site or to the home page', () => {
    expect(pageKey('https://news.example/story', 'https://other.example/story')).toBe('https://news.example/story');
    expect(pageKey('https://news.example/story', 'https://news.example/')).toBe('https://news.example/story');
  });
});
