import { describe, expect, it } from 'vitest';
import { fail } from '@/lib/auth/guarded';
import { withPlainErrors } from '@/lib/platform/hsds-http';

const answering = (response: () => Response) => withPlainErrors(async () => response());

describe('the HSDS API answers errors as one plain sentence', () => {
  it('a bad page becomes 400 text/plain in the reader\u2019s language', async () => {
    const handler = answering(() => Response.json(fail('guard.checkFields', { page: 'platform.hsds.badPage' }), { status: 400 }));
    const english = await handler(new Request('http://x/api/hsds/services?page=0', { headers: { 'accept-language': 'en-GB,en' } }), {});
    expect(english.status).toBe(400);
    expect(english.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await english.text()).toBe('page and per_page must be whole numbers, page 1 or more and per_page 1–100.\n');
    const swedish = await handler(new Request('http://x/api/hsds/services?page=0', { headers: { cookie: 'lang=sv' } }), {});
    expect(await swedish.text()).toMatch(/^page och per_page måste vara heltal/);
  });

  it('two fields with the same problem say it once; a missing service is a plain 404', async () => {
    const both = answering(() => Response.json(fail('guard.checkFields', { page: 'platform.hsds.badPage', per_page: 'platform.hsds.badPage' }), { status: 400 }));
    expect((await (await both(new Request('http://x/', { headers: { 'accept-language': 'en' } }), {})).text()).match(/page and per_page/g)).toHaveLength(1);
    const missing = await answering(() => Response.json(fail('guard.notFound'), { status: 404 }))(new Request('http://x/', { headers: { 'accept-language': 'en' } }), {});
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('What you are looking for does not exist.\n');
  });

  it('a success passes through untouched', async () => {
    const body = { total_items: 0, contents: [] };
    const response = await answering(() => Response.json(body))(new Request('http://x/'), {});
    expect(await response.json()).toEqual(body);
  });
});
