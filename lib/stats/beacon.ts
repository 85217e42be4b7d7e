import { isbot } from 'isbot'

/** A beacon is small; anything bigger is refused with 413 before it is parsed. */
export const MAX_BEACON_BYTES = 2048
const MAX_PATH_LENGTH = 512

export type Beacon = { path: string; webdriver: boolean; headless: boolean }
export type BeaconParse = { ok: true; beacon: Beacon } | { ok: false; error: string }

/**
 * The body the page script sends: `{ "path": "/tin-tuc/…", "webdriver"?: bool, "headless"?: bool }`.
 * Anything else is a malformed beacon (400), never an exception.
 */
export const parseBeacon = (body: unknown): BeaconParse => {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, error: 'body must be a JSON object' }
  const { path, webdriver = false, headless = false } = body as Record<string, unknown>
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
    return { ok: false, error: 'path must be a path on this site, such as /tin-tuc/abc' }
  }
  if (path.length > MAX_PATH_LENGTH)
    return { ok: false, error: `path longer than ${MAX_PATH_LENGTH} characters` }
  if (typeof webdriver !== 'boolean' || typeof headless !== 'boolean') {
    return { ok: false, error: 'webdriver and headless must be true or false' }
  }
  return { ok: true, beacon: { path: path.split('#')[0], webdriver, headless } }
}

/** Crawlers by user agent (the `isbot` list), and automated browsers by what the page saw. */
export const isAutomated = (
  userAgent: string | null | undefined,
  beacon: Pick<Beacon, 'webdriver' | 'headless'>,
) => !userAgent || isbot(userAgent) || beacon.webdriver || beacon.headless
