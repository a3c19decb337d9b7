// How many responses the server stored, seen as a strategist sees them: the raw export of the open demo round. The
// one place the browser tests count stored responses. Submissions wait in a holding table until a release, so it
// releases first, as an operator would (`npm run responses:release`, which goes through the running app).
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** The export's rows of the feedback survey whose free text contains `marker` (the page must be a strategist's). */
export async function storedFeedbackRows(staff: Page, marker: string): Promise<Record<string, string>[]> {
  const released = spawnSync('node_modules/.bin/tsx', ['scripts/release-responses.ts'], {
    env: { ...process.env, PGLITE_DIR: inject('pgliteDir'), DATABASE_URL: '', NODE_ENV: 'development' },
    encoding: 'utf8',
  });
  if (released.status !== 0) throw new Error(`release failed: ${released.stderr || released.stdout}`);
  await staff.goto(`${baseUrl()}/rounds`);
  const href = await staff.locator('a[href^="/rounds/"]', { hasText: 'Uppföljning 2025' }).first().getAttribute('href');
  const roundId = Number(href?.split('/')[2]);
  // A CSV holds one table, chosen by its name: the feedback survey's responses.
  const response = await staff.request.get(
    `${baseUrl()}/api/rounds/${roundId}/export?content=responses&format=csv&table=malgruppernas-svar`,
  );
  if (!response.ok()) throw new Error(`export failed: ${response.status()}`);
  const parsed = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true });
  return parsed.data.filter((row) => Object.values(row).some((value) => value?.includes(marker)));
}
