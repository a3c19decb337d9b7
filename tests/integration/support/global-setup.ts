// Runs once per `npm test`: migrates and seeds a template database that every test file copies.
// PGlite: a migrated data folder is dumped to a file; PostgreSQL (TEST_DATABASE_URL): a template database.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '@/db/client';
import { seed } from '@/lib/demo/seed';
import { dropDatabase } from '@/db/admin';
import { createTemplateDatabase } from './postgres-admin';

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = await createTemplateDatabase(url);
    project.provide('postgresTemplate', template);
    return () => dropDatabase(url, template);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hm-pglite-template-'));
  const handle = await openPglite();
  await seed(handle.db, () => {});
  const dump = await handle.pglite.dumpDataDir('none');
  await handle.close();
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  return () => rm(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate?: string;
    pgliteTemplateFile?: string;
  }
}
