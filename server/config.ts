import { chooseDatabase, type DatabaseChoice } from '../lib/db/choose'
import { publicOrigin } from '../lib/env'
import { logLevel, type LogLevel } from '../lib/log'
import { mediaStorage, type MediaStorage } from '../lib/mediaStorage'
import { type TrustedProxies, trustedProxies } from '../lib/net/clientAddress'
import { apiLimits, type ApiLimits } from './apiLimits'

/**
 * Everything the server layer reads from the environment, read once at start: a value it cannot
 * use throws here, and the server stops with that one line (server/start.ts).
 */
export type ServerConfig = {
  database: DatabaseChoice
  /** Where uploaded files are kept (the disk, or a bucket: S3_BUCKET …). */
  media: MediaStorage
  /** How long to wait for MongoDB at start before giving up. */
  connectTimeoutMs: number
  logLevel: LogLevel
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES; a malformed entry throws). */
  trusted: TrustedProxies
  port: number
  /** The install's public origin (SERVER_URL): required in production, checked here at start. */
  publicUrl: URL
  hostname: string
  /** The memory of answers: how many, and the age after which one is refreshed in the background. */
  memo: { maxEntries: number; freshMs: number }
  bodies: BodyLimits
  /** Node's own timers on slow clients: whole headers, and the whole request (headers and body). */
  timeouts: { headersMs: number; requestMs: number }
  rate: ApiLimits
  /** How often each process looks for content changes made by the others. */
  changePollMs: number
  runJobs: boolean
}

export type BodyLimits = {
  /** GraphQL request bodies. */
  graphqlBytes: number
  /** File uploads (multipart bodies to upload collections). */
  uploadBytes: number
  /** Every other request body (REST writes, admin forms, login). */
  otherBytes: number
}

const number = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const serverConfig = (env: NodeJS.ProcessEnv = process.env): ServerConfig => ({
  database: chooseDatabase(env.DATABASE_URI, env),
  media: mediaStorage(env),
  connectTimeoutMs: number(env.DATABASE_CONNECT_TIMEOUT_SECONDS, 5) * 1000,
  logLevel: logLevel(env),
  trusted: trustedProxies(env),
  port: number(env.PORT, 3000),
  publicUrl: publicOrigin(env),
  hostname: env.HOST || '0.0.0.0',
  memo: {
    maxEntries: number(env.PAGE_MEMO_ENTRIES, 500),
    freshMs: number(env.PAGE_MEMO_FRESH_SECONDS, 5) * 1000,
  },
  bodies: {
    graphqlBytes: number(env.GRAPHQL_MAX_BODY_BYTES, 100_000),
    uploadBytes: number(env.UPLOAD_MAX_BYTES, 20_000_000),
    otherBytes: number(env.MAX_BODY_BYTES, 2_000_000),
  },
  timeouts: {
    headersMs: number(env.HEADERS_TIMEOUT_SECONDS, 20) * 1000,
    requestMs: number(env.REQUEST_TIMEOUT_SECONDS, 120) * 1000,
  },
  rate: apiLimits(env),
  changePollMs: number(env.CHANGE_POLL_MS, 200),
  runJobs: env.PAYLOAD_JOBS_AUTORUN !== 'false',
})
