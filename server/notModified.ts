import type { IncomingMessage } from 'node:http'

import fresh from 'fresh'

/**
 * Whether the client's copy (`If-None-Match`) is the current one, by `fresh`. Only the validator
 * is given to it: `fresh` also honours a request's `Cache-Control: no-cache`, which is right for a
 * shared cache but not for the origin, and which fetch() adds to every conditional request.
 */
export const notModified = (req: IncomingMessage, etag: string): boolean => {
  const match = req.headers['if-none-match']
  return match !== undefined && fresh({ 'if-none-match': match }, { etag })
}
