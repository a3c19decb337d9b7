import { describe, expect, it } from 'vitest';
import { hasForbiddenKey, isJsonMediaType, nestingDepth, readJsonBody } from '@/lib/http/json-body';

const limits = { maxBytes: 1024, maxDepth: 4 };
const post = (body: BodyInit, contentType: string | null = 'application/json') =>
  new Request('http://localhost/x', {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  });

describe('reading a public JSON body', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON; charset="UTF-8"', true],
    ['application/json; charset=iso-8859-1', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonx', false],
    [null, false],
  ])('media type %s → %s', (type, ok) => {
    expect(isJsonMediaType(type)).toBe(ok);
  });

  it('counts nesting without parsing, ignoring brackets inside strings and escaped quotes', () => {
    expect(nestingDepth('{}')).toBe(1);
    expect(nestingDepth('{"a":[{"b":1}]}')).toBe(3);
    expect(nestingDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1);
    expect(nestingDepth('['.repeat(100_000))).toBe(100_000);
  });

  it('finds a forbidden key at any depth, in arrays too, and nothing in ordinary data', () => {
    expect(hasForbiddenKey(JSON.parse('{"a":[{"b":{"__proto__":1}}]}'))).toBe(true);
    expect(hasForbiddenKey({ a: [{ constructor: 1 }] })).toBe(true);
    expect(hasForbiddenKey({ prototype: null })).toBe(true);
    expect(hasForbiddenKey({ a: ['__proto__', 'constructor'], b: { c: 'prototype' } })).toBe(false);
  });

  it('says what is wrong, in the order a hostile body meets the checks', async () => {
    expect(await readJsonBody(post('{"a":1}'), limits)).toEqual({ ok: true, body: { a: 1 } });
    expect(await readJsonBody(post('{"a":1}', 'text/plain'), limits)).toEqual({
      ok: false,
      problem: 'unsupported_media_type',
    });
    expect(await readJsonBody(post('x'.repeat(2000)), limits)).toEqual({ ok: false, problem: 'too_large' });
    expect(await readJsonBody(post(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])), limits)).toEqual({
      ok: false,
      problem: 'invalid_encoding',
    });
    expect(await readJsonBody(post('[[[[[1]]]]]'), limits)).toEqual({ ok: false, problem: 'too_deep' });
    expect(await readJsonBody(post('{"a":'), limits)).toEqual({ ok: false, problem: 'malformed_json' });
    expect(await readJsonBody(post('{"__proto__":{"admin":true}}'), limits)).toEqual({
      ok: false,
      problem: 'forbidden_key',
    });
  });

  it('checks bytes the server already read exactly as it checks the request’s own body', async () => {
    const bodiless = (type = 'application/json') =>
      new Request('http://feedback.test/', { method: 'POST', headers: { 'content-type': type } });
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(await readJsonBody(bodiless(), limits, bytes('{"a":1}'))).toEqual({ ok: true, body: { a: 1 } });
    expect(await readJsonBody(bodiless('text/plain'), limits, bytes('{"a":1}'))).toEqual({
      ok: false,
      problem: 'unsupported_media_type',
    });
    expect(await readJsonBody(bodiless(), limits, bytes('x'.repeat(2000)))).toEqual({
      ok: false,
      problem: 'too_large',
    });
    expect(await readJsonBody(bodiless(), limits, new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]))).toEqual({
      ok: false,
      problem: 'invalid_encoding',
    });
    expect(await readJsonBody(bodiless(), limits, bytes('{"constructor":1}'))).toEqual({
      ok: false,
      problem: 'forbidden_key',
    });
  });
});
