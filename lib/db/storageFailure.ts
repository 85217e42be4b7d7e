/**
 * Whether an error means "the database cannot be written right now" rather than "this request
 * is wrong": disk full, read-only file system or database, an I/O error, a lock held too long,
 * (MongoDB) no reachable primary, or (media in a bucket) the bucket refused or did not answer.
 * Such a request should be answered 503 and retried later; the data already stored is untouched
 * (SQLite refuses the failed write; a bucket is asked before an upload is saved:
 * hooks/mediaStorageCheck.ts).
 *
 * Drizzle and Payload wrap the driver's error, so the whole `cause` chain is read.
 */
const STORAGE_FAILURE =
  /SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED|PROTOCOL)|database or disk is full|readonly database|disk I\/O error|database is locked|ENOSPC|EROFS|EDQUOT|EFBIG/i
const MONGO_UNAVAILABLE = /^Mongo(NetworkError|NetworkTimeoutError|ServerSelectionError|NotConnectedError)$/
/** MongoDB's "out of disk space" and "not writable primary" codes. */
const MONGO_CODES = new Set([14031, 10107, 13435, 11600, 11602, 189, 91])

/** A service that did not answer at all (the media bucket; MongoDB's have names of their own above). */
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; $metadata?: unknown }

export const isStorageFailure = (error: unknown): boolean => {
  const seen = new Set<unknown>()
  for (let current = error; current && typeof current === 'object' && !seen.has(current);) {
    seen.add(current)
    const { name, code, message, cause, $metadata } = current as ErrorLike
    if (typeof code === 'string' && STORAGE_FAILURE.test(code)) return true
    if (typeof code === 'string' && UNREACHABLE.test(code)) return true
    // Any answer but success from S3 (the AWS SDK's errors carry `$metadata`): the upload is fine,
    // the bucket is not (down, full, or its credentials or policy wrong).
    if ($metadata && typeof $metadata === 'object') return true
    if (typeof code === 'number' && MONGO_CODES.has(code)) return true
    if (typeof name === 'string' && MONGO_UNAVAILABLE.test(name)) return true
    if (typeof message === 'string' && STORAGE_FAILURE.test(message)) return true
    current = cause
  }
  return false
}
