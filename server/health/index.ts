import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

import { committedMigrations, pendingMigrations } from '../../lib/db/migrationNames'
import { chooseDatabase } from '../../lib/db/choose'
import type { MediaStorage } from '../../lib/mediaStorage'
import { UPLOAD_COLLECTIONS } from '../../lib/uploads'
import type { LayerDatabase } from '../database'
import { sendJson } from '../json'
import { bucketProbe } from '../../lib/mediaBucket'
import { mongoProbe } from './mongo'
import { sqliteProbe } from './sqlite'

/** A probe slower than this counts as a failure: a proxy must not wait on a stuck database. */
const CHECK_TIMEOUT_MS = 2000

type Check = { ok: boolean; ms: number; detail?: string }

const timed = async (run: () => Promise<string | undefined>): Promise<Check> => {
  const start = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const detail = await Promise.race([
      run(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        )
      }),
    ])
    return { ok: true, ms: Math.round(performance.now() - start), ...(detail ? { detail } : {}) }
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - start), detail: (error as Error).message }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A file written, synced and removed in `dir`: the disk takes writes there. A folder not made yet
 * (uploads before the first one) is made, as Payload would make it.
 */
const writable = async (dir: string): Promise<void> => {
  const probe = path.join(dir, `.readyz-${process.pid}-${randomUUID()}`)
  try {
    await fs.mkdir(dir, { recursive: true })
    const handle = await fs.open(probe, 'wx')
    try {
      await handle.writeFile('ok')
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    throw new Error(`${path.basename(dir)}/ is not writable`)
  } finally {
    await fs.rm(probe, { force: true })
  }
}

/**
 * `GET /healthz` and `GET /readyz`, answered by the server layer without rendering or Payload
 * (rows of kind `health` in the route table):
 * - /healthz: the process is alive and answering (200 while it runs);
 * - /readyz: it can serve: the database answers (within 2 s), every committed migration is
 *   applied (production; `next dev` pushes its schema instead), the database's and the
 *   uploads' folders take writes, and the media bucket answers when media are in one. 503 with
 *   the failing checks otherwise, and while stopping, so a proxy or a service manager stops
 *   sending it requests.
 */
export const createHealth = ({
  database,
  uri,
  production,
  root,
  media,
}: {
  database: LayerDatabase
  uri: string | undefined
  production: boolean
  root: string
  /** Where uploads are kept (the server's configuration). */
  media: MediaStorage
}) => {
  const choice = chooseDatabase(uri)
  const committed = committedMigrations(root)
  const started = Date.now()
  let stopping = false
  const bucket = media.kind === 's3' ? bucketProbe(media) : null
  // Media in a bucket have no folder here to check.
  const uploadDirs = media.kind === 'disk' ? UPLOAD_COLLECTIONS.map((upload) => upload.dir()) : []

  const ready = async () => {
    let applied: string[] = []
    const databaseCheck = await timed(async () => {
      applied =
        database.engine === 'sqlite' && choice.engine === 'sqlite'
          ? await sqliteProbe(database.client, choice.file)
          : database.engine === 'mongodb'
            ? await mongoProbe(database.db)
            : []
      return undefined
    })
    const pending = databaseCheck.ok ? pendingMigrations(committed, applied) : committed
    const migrations: Check = !databaseCheck.ok
      ? { ok: false, ms: 0, detail: 'not checked: the database did not answer' }
      : !production
        ? { ok: true, ms: 0, detail: 'not checked in development (the schema is pushed)' }
        : pending.length
          ? { ok: false, ms: 0, detail: `${pending.length} pending: ${pending.join(', ')}` }
          : { ok: true, ms: 0, detail: `${committed.length} applied` }
    const dirs = [...(choice.engine === 'sqlite' ? [path.dirname(choice.file)] : []), ...uploadDirs]
    const disk = await timed(async () => {
      for (const dir of dirs) await writable(dir)
      return undefined
    })
    const checks = {
      database: databaseCheck,
      migrations,
      disk,
      ...(bucket ? { media: await timed(bucket) } : {}),
    }
    const ok = !stopping && Object.values(checks).every((check) => check.ok)
    return { ok, checks }
  }

  return {
    /** Answers a health route; `pathname` is `/healthz` or `/readyz`. */
    handle: async (pathname: string, res: ServerResponse): Promise<void> => {
      if (pathname === '/healthz') {
        return sendJson(res, 200, {
          status: 'alive',
          pid: process.pid,
          uptimeSeconds: Math.round((Date.now() - started) / 1000),
        })
      }
      const { ok, checks } = await ready()
      sendJson(res, ok ? 200 : 503, {
        status: ok ? 'ready' : stopping ? 'stopping' : 'unavailable',
        checks,
      })
    },
    /** From now on /readyz answers 503: the process is going away. */
    stopping: () => {
      stopping = true
    },
  }
}
