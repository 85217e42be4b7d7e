import type { AfterErrorHook } from 'payload'

import { isStorageFailure } from '../lib/db/storageFailure'
import { message } from '../lib/i18n'

/** Seconds a client should wait before trying again (`Retry-After`). */
export const STORAGE_RETRY_AFTER_SECONDS = 30

/**
 * A write the database refused for lack of space or permission is answered 503 with a message
 * the journalist can act on (the admin shows it in its toast), not "Something went wrong" 500.
 */
export const storageFailureResponse: AfterErrorHook = ({ error, req }) => {
  if (!isStorageFailure(error)) return
  // Payload has logged the error already; it merges these headers into its answer.
  const headers = new Headers(req.responseHeaders)
  headers.set('retry-after', String(STORAGE_RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return {
    status: 503,
    response: {
      errors: [
        {
          name: 'StorageUnavailable',
          message: message(req, (d) => d.errors.storageUnavailable),
          data: { retryAfterSeconds: STORAGE_RETRY_AFTER_SECONDS },
        },
      ],
    },
  }
}
