import path from 'node:path'

/** Which engine a DATABASE_URI means. Pure, so the choice is unit-tested without a database. */
export type DatabaseChoice =
  { engine: 'sqlite'; url: string; file: string } | { engine: 'mongodb'; url: string }

export const ACCEPTED_FORMS = 'file:<path>.db (SQLite, the default), mongodb://… or mongodb+srv://… (MongoDB)'

/** The embedded default; `next dev` gets its own file so that pushed dev schemas never touch it. */
export const defaultSqliteFile = (env: NodeJS.ProcessEnv = process.env): string =>
  env.NODE_ENV === 'production' ? 'data/ntm-portal.db' : 'data/ntm-portal-dev.db'

export class DatabaseUriError extends Error {
  constructor(uri: string) {
    // The URI may hold a password: name only its scheme.
    const scheme = uri.includes(':') ? `${uri.split(':')[0]}:` : uri ? 'a value without a scheme' : '(empty)'
    super(`DATABASE_URI is not supported (got ${scheme}). Accepted forms: ${ACCEPTED_FORMS}.`)
    this.name = 'DatabaseUriError'
  }
}

export const chooseDatabase = (
  uri: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseChoice => {
  const value = uri?.trim()
  if (!value) {
    const file = path.resolve(defaultSqliteFile(env))
    return { engine: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('file:')) {
    const file = path.resolve(value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    if (!value.slice('file:'.length)) throw new DatabaseUriError(value)
    return { engine: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { engine: 'mongodb', url: value }
  }
  throw new DatabaseUriError(value)
}
