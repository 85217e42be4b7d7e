import fs from 'node:fs/promises'
import path from 'node:path'

import type { TypeWithID } from 'payload'

type UploadHandler = (
  req: unknown,
  args: { doc: TypeWithID; params: { collection: string; filename: string } },
) => Promise<Response>

/** "Not mine: go on" to Payload, which checks `instanceof Response` (its type wants a Response). */
const PASS = undefined as unknown as Response

/**
 * An upload handler (Payload's `upload.handlers`, run before its own file serving): a file that
 * is not on disk is a 404 with a message. Payload's own handler answers it with a 500 on purpose
 * ("to cut down log noise"), which tells a reader or a partner that the server failed.
 */
export const missingFileIs404 =
  (directory: () => string): UploadHandler =>
  async (_req, { params }) => {
    const root = path.resolve(directory())
    const file = path.resolve(root, params.filename)
    if (!file.startsWith(root + path.sep)) return PASS // Payload refuses it with a 400.
    try {
      await fs.stat(file)
      return PASS
    } catch {
      return Response.json({ errors: [{ message: 'no such file' }] }, { status: 404 })
    }
  }
