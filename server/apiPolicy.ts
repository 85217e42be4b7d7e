import type { IncomingMessage } from 'node:http'

import {
  CLOSED_API_PATHS,
  OTHER_API_SEGMENTS,
  PUBLIC_COLLECTIONS,
  PUBLIC_GLOBALS,
  STAFF_COLLECTIONS,
  VERSIONED_COLLECTIONS,
  VERSIONED_GLOBALS,
} from '../access/apiSurface'

const KNOWN = new Set<string>([...PUBLIC_COLLECTIONS, ...STAFF_COLLECTIONS, ...OTHER_API_SEGMENTS])
const READABLE_COLLECTIONS = new Set<string>(PUBLIC_COLLECTIONS)
const READABLE_GLOBALS = new Set<string>(PUBLIC_GLOBALS)
const VERSIONED = new Set<string>(VERSIONED_COLLECTIONS)
const VERSIONED_GLOBAL = new Set<string>(VERSIONED_GLOBALS)
/** A document's ID: a number on SQLite, an ObjectId's hex on MongoDB. */
const DOCUMENT_ID = /^[0-9a-f]+$/i

/** A request made with a partner's key (`Authorization: partners API-Key …`). */
export const isPartnerRequest = (req: IncomingMessage): boolean =>
  /^partners api-key /i.test(req.headers.authorization ?? '')

export type PolicyVerdict = { ok: true } | { ok: false; status: 400 | 403 | 404; message: string }

/**
 * What the API front lets through, by allow-list, on the decoded path and query:
 * - an unknown first segment under /api, or a path nobody may use over HTTP, is a 404 with no
 *   internals (Payload would name its bind address or fail with a 500);
 * - a partner's key reads, and only reads: GET/HEAD of a public collection's list, count or one
 *   document (not versions, nor any other route) or a public global, and GraphQL (Payload's access rules limit what it returns to
 *   published content). Everything else with a partner's key is a 403, so a key can never lock,
 *   write, unlock or read staff data, whatever Payload's defaults would allow.
 */
export const apiPolicy = (req: IncomingMessage, pathname: string, search: string): PolicyVerdict => {
  const segments = pathname.split('/').slice(2)
  const first = segments[0] ?? ''
  // Versions of a collection or global that keeps none: Payload answers some with a 500.
  const noVersions =
    first === 'globals'
      ? segments[2] === 'versions' && !VERSIONED_GLOBAL.has(segments[1] ?? '')
      : segments[1] === 'versions' && !VERSIONED.has(first)
  if (
    (first && !KNOWN.has(first)) ||
    noVersions ||
    CLOSED_API_PATHS.some((pattern) => pattern.test(pathname))
  ) {
    return { ok: false, status: 404, message: 'no such API route' }
  }
  // The one malformed query Payload answers with a 500 before any hook runs (a plain-string
  // `where`); everything else about queries is checked by hooks/apiQueryGuard.ts inside Payload.
  if (new URLSearchParams(search).has('where')) {
    return {
      ok: false,
      status: 400,
      message: 'where must be an object, such as where[title][like]=nông thôn',
    }
  }
  if (!isPartnerRequest(req)) return { ok: true }
  const read = req.method === 'GET' || req.method === 'HEAD'
  // A list, a count or one document: not versions, not any other route a collection has.
  const readsCollection =
    read &&
    READABLE_COLLECTIONS.has(first) &&
    (segments.length === 1 ||
      (segments.length === 2 && (segments[1] === 'count' || DOCUMENT_ID.test(segments[1]))))
  const readsGlobal =
    read && first === 'globals' && READABLE_GLOBALS.has(segments[1] ?? '') && segments.length === 2
  const graphql = first === 'graphql' && (req.method === 'POST' || read)
  if (readsCollection || readsGlobal || graphql) return { ok: true }
  return {
    ok: false,
    status: 403,
    message: 'a partner key reads published content only (GET of public collections and globals, GraphQL)',
  }
}
