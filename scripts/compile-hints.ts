// Run by `npm run build` after `next build`: marks the scripts every page loads first (Next.js's and React's,
// `rootMainFiles` in .next/build-manifest.json) with V8's explicit compile hint, so Chromium compiles them on a
// background thread while they download instead of on the main thread when they first run. On a respondent's cheap
// phone that main-thread compiling is most of what blocks the first page (bench:page's blocking time; measured in
// Chromium 156 with 4x CPU slowdown: the longest task went from ~500 to ~280 ms). Only these files: SurveyJS and the
// staff pages' scripts are mostly not run at load, and compiling them all eagerly would cost a phone time and memory.
// https://v8.dev/blog/explicit-compile-hints · Browsers without the hint read it as a comment.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Adds the hint to the top of each first-loaded script of the build in `buildDir`; returns the files it marked. */
export async function addCompileHints(buildDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(buildDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  const files = (manifest.rootMainFiles ?? []).filter((file) => file.endsWith('.js'));
  if (files.length === 0) throw new Error(`no rootMainFiles in ${buildDir}/build-manifest.json: has Next.js changed?`);
  const marked: string[] = [];
  for (const file of files) {
    const fullPath = path.join(buildDir, file);
    const script = await readFile(fullPath, 'utf8');
    if (script.startsWith(COMPILE_HINT)) continue; // a second run changes nothing
    await writeFile(fullPath, `${COMPILE_HINT}\n${script}`);
    marked.push(file);
  }
  return marked;
}

if (process.argv[1]?.endsWith('compile-hints.ts')) {
  addCompileHints(process.argv[2] ?? '.next')
    .then((marked) => console.log(`compile hints: ${marked.length} first-loaded script(s) marked`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
