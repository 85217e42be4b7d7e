import type { ServerResponse } from 'node:http'

/** A JSON answer in Payload's error shape (`{"errors":[{"message"}]}`) or any body. */
export const sendJson = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(res.req?.method === 'HEAD' ? undefined : text)
}

export const sendError = (
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void => sendJson(res, status, { errors: [{ message }] }, headers)
