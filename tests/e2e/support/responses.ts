// How many responses the server stored, seen as a strategist sees them: the raw export of the open demo round. The
// one place the browser tests count stored responses, so that it can count held answers too once submissions wait
// in a holding table before release (the anonymity work): change this function, not the tests.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** The export's rows of the feedback survey whose free text contains `marker` (the page must be a strategist's). */
export async function storedFeedbackRows(staff: Page, marker: string): Promise<Record<string, string>[]> {
  await staff.goto(`${baseUrl()}/rounds`);
  const href = await staff.locator('a[href^="/rounds/"]', { hasText: 'Uppföljning 2025' }).first().getAttribute('href');
  const roundId = Number(href?.split('/')[2]);
  // Table 1 (the second) is the feedback survey's responses.
  const response = await staff.request.get(`${baseUrl()}/api/rounds/${roundId}/export?content=responses&format=csv&table=1`);
  if (!response.ok()) throw new Error(`export failed: ${response.status()}`);
  const parsed = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true });
  return parsed.data.filter((row) => Object.values(row).some((value) => value?.includes(marker)));
}
