/**
 * PAYLOAD_SECRET signs sessions. Production refuses to start without one; `next build` does not
 * need it (it never signs anything), and development gets a per-process random one.
 */
export const payloadSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    throw new Error(
      'PAYLOAD_SECRET is required in production. `npm run demo` writes a random one to .env; elsewhere set it in the environment.',
    )
  }
  return devSecret
}

const devSecret = `dev-${crypto.randomUUID()}`

/**
 * Origins allowed to call the API from a browser (CORS): CORS_ORIGINS, comma-separated
 * (`https://langson.gov.vn,https://baolangson.vn`), plus the site itself (SERVER_URL). None by
 * default: partner servers do not need CORS, only partner web pages do.
 */
export const corsOrigins = (env: NodeJS.ProcessEnv = process.env): string[] =>
  [...(env.CORS_ORIGINS ?? '').split(','), env.SERVER_URL ?? '']
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => /^https?:\/\/[^/]+$/.test(origin))
