import { IncomingMessage } from 'node:http'

import getRawBody from 'raw-body'

import { GRAPHQL_AS_GET_MAX_BYTES, graphqlGetSearch } from '../lib/api/graphqlGet'

export type GraphqlPost =
  /** Now a GET of `url` (the request was rewritten): decided and answered as one. */
  | { asGet: true; url: string; search: string }
  /** Answered as POSTed, by this request, which carries the body already read. */
  | { asGet: false; req: IncomingMessage }

/**
 * An anonymous reader's GraphQL POST of queries only is answered exactly as its GET form
 * (lib/api/graphqlGet.ts): the same query, and, being the same read, from the memory of answers
 * until the content changes, as a REST read is. Reads the body (its length is known and capped
 * by then: server/bodyLimits.ts). Anything else — a mutation, a batch, a body that is not JSON, a
 * body over GRAPHQL_AS_GET_MAX_BYTES — goes on as a POST, in a request carrying the same body.
 */
export const takeGraphqlPost = async (req: IncomingMessage, pathname: string): Promise<GraphqlPost> => {
  const declared = Number(req.headers['content-length'] ?? 0)
  const body = await getRawBody(req, { length: declared, limit: declared })
  const json = /^application\/json\b/i.test(req.headers['content-type'] ?? '')
  const search =
    json && body.length <= GRAPHQL_AS_GET_MAX_BYTES ? graphqlGetSearch(body.toString('utf8')) : null
  if (search !== null) {
    const url = `${pathname}?${search}`
    req.method = 'GET'
    req.url = url
    delete req.headers['content-length']
    delete req.headers['content-type']
    return { asGet: true, url, search: `?${search}` }
  }
  return { asGet: false, req: replay(req, body) }
}

/** A request as `req` was received, its body `body` still to read (`req`'s has been). */
const replay = (req: IncomingMessage, body: Buffer): IncomingMessage => {
  const copy = new IncomingMessage(req.socket)
  copy.method = req.method
  copy.url = req.url
  copy.headers = req.headers
  copy.rawHeaders = req.rawHeaders
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  copy.push(body)
  copy.push(null)
  // Received whole: Node destroys the socket under a request that ends incomplete (it takes it
  // for an aborted upload), and this one shares the client's socket.
  copy.complete = true
  return copy
}
