import { clientAddress, type TrustedProxies } from '../net/clientAddress'
import { isAutomated, MAX_BEACON_BYTES, parseBeacon } from './beacon'
import type { Hit, Outcome } from './counting'
import { countablePath } from '../routes'
import { ALL_SITES, DEFAULT_SITE_ID } from '../sites'
import type { StatsService } from './service'
import { vnDayKey } from './time'
import { addressHash, visitorHash } from './visitor'
import { log } from '../log'

export type Headers = Record<string, string | string[] | undefined>

export type BeaconRequest = {
  method: string
  headers: Headers
  /** The raw body, or null when it was larger than MAX_BEACON_BYTES (not read further). */
  body: Buffer | null
  socketAddress: string | undefined
  trustedProxies: TrustedProxies
  /**
   * The site a page path was served for on this request's host (server/sites/routing.ts: a path
   * under `/don-vi/<slug>` is that site's) and the path as that site serves it; site null for a
   * host that is not one (not counted).
   */
  placeOf: (pagePath: string) => { site: string | null; path: string }
}

export type JsonAnswer = { status: number; body?: unknown; headers?: Record<string, string> }

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

const error = (status: number, message: string, headers?: Record<string, string>): JsonAnswer => ({
  status,
  body: { error: message },
  headers,
})

const unavailable = (cause: unknown): JsonAnswer => {
  log.error({ err: cause, msg: 'statistics: store unavailable' })
  return error(503, 'visitor statistics are unavailable, try again later', { 'retry-after': '5' })
}

/**
 * `POST /api/stats/hit`: one page view from the page script. Every answer to bad input is a 4xx
 * with a message; a database failure is a 503. A beacon that is understood but not counted
 * (bot, do-not-track, unknown path, over the per-minute cap) is still a 200: the page script has
 * nothing to retry, and the filtered hit is counted as such.
 */
export const handleBeacon = async (service: StatsService, request: BeaconRequest): Promise<JsonAnswer> => {
  if (request.method !== 'POST') return error(405, 'use POST', { allow: 'POST' })
  if (request.body === null) return error(413, `a beacon is at most ${MAX_BEACON_BYTES} bytes`)
  let json: unknown
  try {
    json = JSON.parse(request.body.toString('utf8'))
  } catch {
    return error(400, 'body must be JSON such as {"path":"/tin-tuc/abc"}')
  }
  const parsed = parseBeacon(json)
  if (!parsed.ok) return error(400, parsed.error)

  try {
    const at = service.now()
    const userAgent = header(request.headers, 'user-agent') ?? ''
    const settings = await service.settings()
    const declines = header(request.headers, 'dnt') === '1' || header(request.headers, 'sec-gpc') === '1'
    // Another site's page posting here (its readers would count as ours): browsers say so.
    const fetchSite = header(request.headers, 'sec-fetch-site')
    const foreign = fetchSite !== undefined && fetchSite !== 'same-origin'
    const placed = request.placeOf(parsed.beacon.path)
    const path = foreign || placed.site === null ? null : countablePath(placed.path)
    // A beacon for an unknown host is counted, as ignored, under the default site.
    const site = placed.site ?? DEFAULT_SITE_ID
    let hit: Hit
    if (settings.honourDoNotTrack && declines) hit = { at, site, kind: 'declined' }
    else if (isAutomated(userAgent, parsed.beacon)) hit = { at, site, kind: 'bot' }
    else if (!path) hit = { at, site, kind: 'ignored' }
    else {
      const address = clientAddress(
        request.socketAddress,
        request.headers['x-forwarded-for'],
        request.trustedProxies,
      )
      const salt = await service.salt(vnDayKey(new Date(at)))
      hit = {
        at,
        site,
        kind: 'view',
        path,
        visitor: visitorHash(salt, site, address, userAgent),
        address: addressHash(salt, site, address),
      }
    }
    const outcome: Outcome = await service.submit(hit)
    return { status: 200, body: { outcome }, headers: { 'cache-control': 'no-store' } }
  } catch (cause) {
    return unavailable(cause)
  }
}

/** `GET /api/stats`: the four public figures of a site, from a cache at most a few seconds old. */
export const handleSummary = async (
  service: StatsService,
  method: string,
  site: string = ALL_SITES,
): Promise<JsonAnswer> => {
  if (method !== 'GET' && method !== 'HEAD') return error(405, 'use GET', { allow: 'GET, HEAD' })
  try {
    return {
      status: 200,
      body: await service.summary(site),
      headers: { 'cache-control': 'public, max-age=10' },
    }
  } catch (cause) {
    return unavailable(cause)
  }
}
