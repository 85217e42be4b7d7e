import fs from 'node:fs'
import path from 'node:path'

/**
 * The committed migrations' names, from the files in `migrations/` (each `<name>.ts` beside its
 * `<name>.json`): what a current database has applied. Read from the folder so that the server
 * layer and the operations scripts need not load Payload; test/unit/migrationNames.test.ts checks
 * it against `migrations/index.ts`, which Payload runs.
 */
export const committedMigrations = (root: string = process.cwd()): string[] =>
  fs
    .readdirSync(path.join(root, 'migrations'))
    .filter((file) => /^\d{8}_\d{6}_\w+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()

/** Payload marks a schema pushed by `next dev` with this name (batch -1): not a migration. */
export const DEV_PUSH_NAME = 'dev'

/** Committed migrations the database has not applied, in order. */
export const pendingMigrations = (committed: readonly string[], applied: readonly string[]): string[] => {
  const done = new Set(applied)
  return committed.filter((name) => !done.has(name))
}
