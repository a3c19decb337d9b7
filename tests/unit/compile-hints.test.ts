// The build step that asks V8 to compile Next.js's and React's first-loaded scripts while they download
// (scripts/compile-hints.ts): those files and no others, once.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPILE_HINT, addCompileHints } from '@/scripts/compile-hints';

describe('compile hints after the build', () => {
  let buildDir: string;
  const chunk = (name: string) => path.join(buildDir, 'static/chunks', name);
  beforeEach(async () => {
    buildDir = await mkdtemp(path.join(os.tmpdir(), 'compile-hints-'));
    await mkdir(path.join(buildDir, 'static/chunks'), { recursive: true });
    for (const name of ['framework.js', 'runtime.js', 'survey.js']) await writeFile(chunk(name), `/* ${name} */`);
    await writeFile(
      path.join(buildDir, 'build-manifest.json'),
      JSON.stringify({ rootMainFiles: ['static/chunks/framework.js', 'static/chunks/runtime.js'] }),
    );
  });
  afterEach(() => rm(buildDir, { recursive: true, force: true }));

  it('marks the scripts every page loads first and leaves the others as they are', async () => {
    expect(await addCompileHints(buildDir)).toEqual(['static/chunks/framework.js', 'static/chunks/runtime.js']);
    expect(await readFile(chunk('framework.js'), 'utf8')).toBe(`${COMPILE_HINT}\n/* framework.js */`);
    expect(await readFile(chunk('runtime.js'), 'utf8')).toBe(`${COMPILE_HINT}\n/* runtime.js */`);
    expect(await readFile(chunk('survey.js'), 'utf8')).toBe('/* survey.js */');
  });

  it('a second run changes nothing', async () => {
    await addCompileHints(buildDir);
    expect(await addCompileHints(buildDir)).toEqual([]);
    expect(await readFile(chunk('framework.js'), 'utf8')).toBe(`${COMPILE_HINT}\n/* framework.js */`);
  });

  it('fails the build when the manifest no longer names the first-loaded scripts', async () => {
    await writeFile(path.join(buildDir, 'build-manifest.json'), JSON.stringify({ pages: {} }));
    await expect(addCompileHints(buildDir)).rejects.toThrow(/no rootMainFiles/);
  });
});
