import type { IncomingMessage } from 'node:http'

import type { RouteEntry } from '../lib/routes'
import type { BodyLimits } from './config'

/** Collections that take file uploads (multipart bodies up to `uploadBytes`). */
const UPLOAD_COLLECTIONS = new Set(['media'])

/** The most bytes a request to this route may send. */
export const bodyCap = (route: RouteEntry, pathname: string, limits: BodyLimits): number => {
  if (route.kind === 'graphql') return limits.graphqlBytes
  const collection = route.kind === 'api' ? pathname.split('/')[2] : undefined
  if (collection && UPLOAD_COLLECTIONS.has(collection)) return limits.uploadBytes
  return limits.otherBytes
}

/** A refused body up to this size is read and discarded so the client reads the 413 (server/main.ts). */
export const DRAIN_LIMIT = 16 * 1024 * 1024

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; message: string }

/**
 * Checked before a byte of the body is read. A body must declare its length (411 otherwise:
 * browsers and HTTP clients do for every form and JSON body), and the declared length must be
 * within the route's cap (413). Node's parser then never delivers more than was declared.
 */
export const checkBody = (req: IncomingMessage, cap: number): BodyVerdict => {
  const length = req.headers['content-length']
  const chunked = req.headers['transfer-encoding'] !== undefined
  if (length === undefined) {
    return chunked
      ? { ok: false, status: 411, message: 'a request body must have a Content-Length' }
      : { ok: true }
  }
  const bytes = Number(length)
  if (!Number.isSafeInteger(bytes) || bytes < 0)
    return { ok: false, status: 411, message: 'invalid Content-Length' }
  if (bytes > cap)
    return {
      ok: false,
      status: 413,
      message: `the body is larger than the ${cap} bytes this address accepts`,
    }
  return { ok: true }
}
