// Creating and dropping throw-away databases on the server named by TEST_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openPostgres } from '@/db/client';
import { seed } from '@/db/seed';

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

function admin(base: string) {
  return postgres(base, { max: 1, onnotice: () => {} });
}

export async function createTemplateDatabase(base: string): Promise<string> {
  const name = `hm_template_${randomBytes(4).toString('hex')}`;
  const sql = admin(base);
  try {
    await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end();
  }
  const handle = await openPostgres(databaseUrl(base, name), { max: 1 });
  await seed(handle.db, () => {});
  await handle.close();
  return name;
}

export async function createDatabaseFrom(base: string, template: string): Promise<string> {
  const name = `hm_test_${randomBytes(6).toString('hex')}`;
  const sql = admin(base);
  try {
    await sql.unsafe(`create database ${name} template ${template}`);
  } finally {
    await sql.end();
  }
  return name;
}

export async function dropDatabase(base: string, name: string): Promise<void> {
  const sql = admin(base);
  try {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
  } finally {
    await sql.end();
  }
}
