import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'

import { CONTENT_CHANGED_EVENT } from '../../lib/contentChanged'
import type { LayerDatabase } from '../database'
import type { ChangeLog } from './log'
import { expireNextTags } from './nextTags'
import { log as logger } from '../../lib/log'

/**
 * Every process sees every content change within a second:
 * 1. The revalidation hooks (hooks/revalidate.ts) emit the cache tags a change expires, inside the
 *    request that makes it; they are collected per request (AsyncLocalStorage, so concurrent
 *    requests and the documents of one bulk request never mix).
 * 2. When that request's answer starts (Payload commits before it answers), before a byte of it
 *    leaves, the tags are expired in this process's Next.js and `onChange` runs, so the client
 *    that made the change never reads the old version afterwards; the tags are appended to the
 *    shared log.
 * 3. Every other process polls the log every `pollMs`, expires the same tags in its own Next.js
 *    (server/changes/nextTags.ts) and runs `onChange`.
 */
export type ChangeSync = {
  /** Runs `handle` with this request's change collection; publishes what it collected as its answer starts. */
  track: (res: ServerResponse, handle: () => void) => void
  /** How many changes this process has applied: taken when a render starts. */
  sequence: () => number
  /**
   * For a render that started at `since` and ended after a change: it may have read the old
   * version and stored it in Next's cache as new. Expires that change's tags again, now and once
   * Next has surely stored what it rendered.
   */
  straddled: (since: number) => void
  stop: () => void
}

/** Changes remembered for `straddled`: far more than can happen during one render. */
const HISTORY = 500
const SECOND_EXPIRY_MS = 100

const PRUNE_EVERY_MS = 10 * 60_000
const KEEP_MS = 60 * 60_000

export const openChangeLog = async (database: LayerDatabase): Promise<ChangeLog> =>
  database.engine === 'sqlite'
    ? (await import('./sqlite')).sqliteChangeLog(database.client)
    : (await import('./mongo')).mongoChangeLog(database.db)

export const startChangeSync = async ({
  log,
  pollMs,
  onChange,
}: {
  log: ChangeLog
  pollMs: number
  onChange: (tags: string[]) => void
}): Promise<ChangeSync> => {
  const origin = randomUUID()
  const collecting = new AsyncLocalStorage<Set<string>>()

  let sequence = 0
  const history: { sequence: number; tags: string[] }[] = []
  const apply = (tags: string[]) => {
    expireNextTags(tags)
    sequence += 1
    history.push({ sequence, tags })
    if (history.length > HISTORY) history.shift()
    onChange(tags)
  }

  const publish = (tags: string[]) => {
    apply(tags)
    log
      .append(tags, origin)
      .catch((error: unknown) =>
        logger.error({ err: error, msg: 'content changes: could not record a change' }),
      )
  }

  const onEmitted = (tags: string[]) => {
    const pending = collecting.getStore()
    if (pending) for (const tag of tags) pending.add(tag)
    else publish(tags) // Outside any request (a timer): nothing to wait for.
  }
  process.on(CONTENT_CHANGED_EVENT, onEmitted)

  let cursor = await log.cursor()
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let lastPrune = 0
  const poll = async () => {
    try {
      const found = await log.since(cursor)
      cursor = found.cursor
      const tags = found.rows.filter((row) => row.origin !== origin).flatMap((row) => row.tags)
      if (found.reset) apply([])
      if (tags.length) apply(tags)
      if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = Date.now()
        await log.prune(new Date(Date.now() - KEEP_MS))
      }
    } catch (error) {
      logger.error({ err: error, msg: 'content changes: could not read the log' })
    }
    if (!stopped) timer = setTimeout(poll, pollMs).unref()
  }
  timer = setTimeout(poll, pollMs).unref()

  return {
    track: (res, handle) => {
      const pending = new Set<string>()
      let published = false
      const flush = () => {
        if (published) return
        published = true
        if (pending.size) publish([...pending])
      }
      // Whichever Next calls first; a failed request that never answers publishes on close.
      for (const method of ['writeHead', 'write', 'end'] as const) {
        const original = res[method].bind(res) as (...args: unknown[]) => unknown
        ;(res as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          flush()
          return original(...args)
        }
      }
      res.once('close', flush)
      collecting.run(pending, handle)
    },
    sequence: () => sequence,
    straddled: (since) => {
      const tags = [
        ...new Set(history.filter((change) => change.sequence > since).flatMap((change) => change.tags)),
      ]
      if (!tags.length) return
      expireNextTags(tags)
      setTimeout(() => expireNextTags(tags), SECOND_EXPIRY_MS).unref()
    },
    stop: () => {
      stopped = true
      clearTimeout(timer)
      process.off(CONTENT_CHANGED_EVENT, onEmitted)
    },
  }
}
