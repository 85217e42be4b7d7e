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

/**
 * The install's public origin (SERVER_URL: `https://ntm.langson.gov.vn`), from which every
 * absolute link is made: canonical and OpenGraph URLs, sitemaps, robots, feeds, calendars,
 * OpenAPI `servers`, media URLs for partners. A site with hosts of its own uses its first host,
 * with this origin's scheme (lib/sites/directory.ts).
 * Production refuses to start without one: a default would print links to a machine readers cannot
 * reach. `next build` needs none (it renders no site page); development serves on localhost.
 */
export const publicOrigin = (env: NodeJS.ProcessEnv = process.env): URL => {
  const configured = env.SERVER_URL?.trim()
  if (!configured) {
    const building = env.NEXT_PHASE === 'phase-production-build'
    if (env.NODE_ENV === 'production' && !building) {
      throw new Error(
        'SERVER_URL is required in production: the public address readers use (e.g. https://ntm.langson.gov.vn). `npm run demo` sets it from PORT.',
      )
    }
    return new URL(`http://localhost:${Number(env.PORT) || 3000}`)
  }
  let url: URL
  try {
    url = new URL(configured)
  } catch {
    throw new Error(`SERVER_URL is not a URL: "${configured}" (e.g. https://ntm.langson.gov.vn).`)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw new Error(`SERVER_URL must be an http or https origin without credentials: "${configured}".`)
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(
      `SERVER_URL must be an origin without a path, query or fragment: "${configured}" (the portal is served at the root of its host).`,
    )
  }
  return new URL(url.origin)
}
