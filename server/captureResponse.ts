import { IncomingMessage, type OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { log } from '../lib/log'

/**
 * Buffers what Next writes into `res` so the layer can change the finished answer (status,
 * headers, body) before anything leaves: `finish` gets the body and returns the body to send.
 * With `deliver: 'socket'` the result goes to the client; with a function (internal renders) it
 * goes to that function and nothing touches a socket.
 */
export const captureResponse = (
  res: ServerResponse,
  finish: (body: Buffer) => Promise<Buffer>,
  deliver: 'socket' | ((answer: { status: number; headers: OutgoingHttpHeaders; body: Buffer }) => void),
) => {
  const chunks: Buffer[] = []
  const original = { writeHead: res.writeHead.bind(res), end: res.end.bind(res) }
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
    )
  }
  res.writeHead = ((status: number, reason?: unknown, headers?: unknown) => {
    const fields = typeof reason === 'object' ? reason : headers
    res.statusCode = status
    if (Array.isArray(fields))
      for (let i = 0; i < fields.length; i += 2) res.setHeader(fields[i], fields[i + 1])
    else if (fields) for (const [name, value] of Object.entries(fields)) res.setHeader(name, value as string)
    return res
  }) as ServerResponse['writeHead']
  res.flushHeaders = () => {}
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding)
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done as () => void)
    return true
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding)
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as
      (() => void) | undefined
    finish(Buffer.concat(chunks))
      .then((body) => {
        const bodiless = res.statusCode === 304 || res.statusCode === 204
        if (!bodiless) res.setHeader('content-length', body.length)
        if (deliver === 'socket') {
          original.writeHead(res.statusCode)
          original.end(res.req.method === 'HEAD' || bodiless ? undefined : body, done)
          return
        }
        deliver({ status: res.statusCode, headers: res.getHeaders(), body })
        // Next waits for these before it considers the response sent.
        Object.defineProperty(res, 'writableFinished', { value: true })
        res.emit('finish')
        res.emit('close')
        done?.()
      })
      .catch((error: unknown) => {
        log.error({ err: error, msg: 'could not finish an answer' })
        res.destroy(error as Error)
      })
    return res
  }) as ServerResponse['end']
}

/**
 * A GET made inside this process, for Next to answer as if a client had asked: used to refresh a
 * kept answer and to fetch the 404 page, without a request over loopback.
 */
export const internalRequest = (url: string, host: string): { req: IncomingMessage; res: ServerResponse } => {
  const req = new IncomingMessage(new Socket())
  req.method = 'GET'
  req.url = url
  req.headers = { host, 'user-agent': 'ntm-portal-internal' }
  req.rawHeaders = ['host', host, 'user-agent', 'ntm-portal-internal']
  req.httpVersion = '1.1'
  req.httpVersionMajor = 1
  req.httpVersionMinor = 1
  req.push(null)
  const res = new ServerResponse(req)
  return { req, res }
}
