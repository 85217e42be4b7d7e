import { describe, expect, it } from 'vitest'

import { isStorageFailure } from '../../lib/db/storageFailure'

/** Errors shaped as the drivers throw them, wrapped as Drizzle and Payload wrap them. */
const libsql = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code })
const wrapped = (cause: unknown) => new Error('Failed query: insert into "articles" …', { cause })

describe('storage failures (answered 503) and request errors (not)', () => {
  it.each([
    ['disk full', wrapped(libsql('SQLITE_FULL', 'database or disk is full'))],
    ['read-only database', wrapped(libsql('SQLITE_READONLY', 'attempt to write a readonly database'))],
    ['I/O error', libsql('SQLITE_IOERR_WRITE', 'disk I/O error')],
    ['lock held too long', wrapped(wrapped(libsql('SQLITE_BUSY', 'database is locked')))],
    [
      'media folder read-only',
      Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' }),
    ],
    [
      'media disk full',
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
    ],
    [
      'MongoDB without a primary',
      Object.assign(new Error('Server selection timed out'), { name: 'MongoServerSelectionError' }),
    ],
    ['MongoDB out of disk space', Object.assign(new Error('out of disk space'), { code: 14031 })],
    [
      'the media bucket not answering',
      new Error('Upload failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9000'), { code: 'ECONNREFUSED' }),
      }),
    ],
    [
      'the media bucket refusing',
      Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }),
    ],
  ])('%s', (_, error) => {
    expect(isStorageFailure(error)).toBe(true)
  })

  it.each([
    ['a validation error', Object.assign(new Error('The following field is invalid: slug'), { status: 400 })],
    [
      'a constraint violation',
      wrapped(libsql('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: articles.slug')),
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s', (_, error) => {
    expect(isStorageFailure(error)).toBe(false)
  })

  it('survives a cause chain that loops', () => {
    const a = new Error('a') as Error & { cause?: unknown }
    a.cause = wrapped(a)
    expect(isStorageFailure(a)).toBe(false)
  })
})
