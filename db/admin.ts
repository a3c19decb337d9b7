// Creating and dropping whole databases on a PostgreSQL server, for the tests on PostgreSQL and the benchmarks.
// Names are ours (never user input), so they go into the statement as they are.
import postgres from 'postgres';

/** The same server's URL with another database name. */
export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(base: string, statement: string): Promise<void> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

export function createDatabase(base: string, name: string, { template }: { template?: string } = {}): Promise<void> {
  return onServer(base, `create database ${name}${template ? ` template ${template}` : ''}`);
}

export function dropDatabase(base: string, name: string): Promise<void> {
  return onServer(base, `drop database if exists ${name} with (force)`);
}
