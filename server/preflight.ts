import { committedMigrations, pendingMigrations } from '../lib/db/migrationNames'
import { destructiveAllowed, destructiveRefusal } from '../lib/db/migrationSafety'
import { serverConfig, type ServerConfig } from './config'
import { type LayerDatabase, openLayerDatabase } from './database'
import { mongoProbe } from './health/mongo'
import { sqliteProbe } from './health/sqlite'

/** What the server cannot start without, checked before Next or Payload load. */
export class CannotStart extends Error {}

/** The migrations a database has applied (none for a new one). */
export const appliedMigrations = (database: LayerDatabase, config: ServerConfig): Promise<string[]> =>
  database.engine === 'mongodb'
    ? mongoProbe(database.db)
    : config.database.engine === 'sqlite'
      ? sqliteProbe(database.client, config.database.file)
      : Promise.resolve([])

/**
 * Everything that would stop the server, in the order it would: its configuration, its database
 * (reachable, a database), and the committed migrations it would apply at start (one that would
 * lose data, over a database in use, needs ALLOW_DESTRUCTIVE_MIGRATIONS=1). Each failure throws
 * CannotStart with one line; `npm start` prints it and exits 1 (server/main.ts, and
 * scripts/serve.mjs before it starts several processes).
 */
export const preflight = async (
  env: NodeJS.ProcessEnv = process.env,
  root: string = process.cwd(),
): Promise<{ config: ServerConfig; database: LayerDatabase }> => {
  let config: ServerConfig
  try {
    config = serverConfig(env)
  } catch (error) {
    throw new CannotStart((error as Error).message)
  }
  let database: LayerDatabase
  try {
    database = await openLayerDatabase(config.database, config)
  } catch (error) {
    throw new CannotStart((error as Error).message)
  }
  if (env.NODE_ENV === 'production' && !destructiveAllowed(env)) {
    const applied = await appliedMigrations(database, config).catch(() => [])
    // A new database has nothing to lose.
    const refusal = applied.length
      ? destructiveRefusal(pendingMigrations(committedMigrations(root), applied))
      : null
    if (refusal) {
      await database.close()
      throw new CannotStart(refusal)
    }
  }
  return { config, database }
}

/** Prints the one line and leaves with a non-zero status, for a service manager to see. */
export const cannotStart = (error: unknown): never => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`ntm: cannot start: ${message.split('\n')[0]}\n`)
  process.exit(1)
}
