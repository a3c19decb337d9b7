import { describe, expect, it } from 'vitest';
import { fail } from '@/lib/result';
import { plainFailure } from '@/lib/platform/hsds-http';

describe('the HSDS API answers errors as one plain sentence', () => {
  it('a bad page becomes 400 text/plain in the reader\u2019s language', async () => {
    const failure = fail('guard.checkFields', { page: 'platform.hsds.badPage' });
    const english = plainFailure(
      failure,
      new Request('http://x/api/hsds/services?page=0', { headers: { 'accept-language': 'en-GB,en' } }),
      400,
    );
    expect(english.status).toBe(400);
    expect(english.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await english.text()).toBe('page and per_page must be whole numbers, page 1 or more and per_page 1–100.\n');
    const swedish = plainFailure(
      failure,
      new Request('http://x/api/hsds/services?page=0', { headers: { cookie: 'lang=sv' } }),
      400,
    );
    expect(await swedish.text()).toMatch(/^page och per_page måste vara heltal/);
  });

  it('two fields with the same problem say it once; a missing service is a plain 404', async () => {
    const both = plainFailure(
      fail('guard.checkFields', { page: 'platform.hsds.badPage', per_page: 'platform.hsds.badPage' }),
      new Request('http://x/', { headers: { 'accept-language': 'en' } }),
      400,
    );
    expect((await both.text()).match(/page and per_page/g)).toHaveLength(1);
    const missing = plainFailure(
      fail('guard.notFound'),
      new Request('http://x/', { headers: { 'accept-language': 'en' } }),
      404,
    );
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('What you are looking for does not exist.\n');
  });
});
