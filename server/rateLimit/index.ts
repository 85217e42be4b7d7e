import { LRUCache } from 'lru-cache'
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

import type { LayerDatabase } from '../database'
import { log } from '../../lib/log'

export type RateVerdict = { allowed: boolean; remaining: number; resetMs: number }

/** A window per key, counted in the database, so a client gets at most `limit` in total across every server process. */
export type SharedRateLimiter = { take: (key: string, limit: number) => Promise<RateVerdict> }

type Make = (points: number) => RateLimiterAbstract

/** Requests a process reserves at once for one key: one database write per block, not per request. */
export const blockSize = (limit: number): number => Math.max(1, Math.floor(limit / 20))

type Lease = { available: number; windowEndsAt: number; remaining: number }

/**
 * `rate-limiter-flexible` over the database the portal already runs: its Drizzle store on SQLite
 * (the ORM Payload's SQLite adapter uses), its MongoDB store on MongoDB; both write the
 * `rate-limits` collection (collections/system/RateLimits.ts).
 *
 * A process takes a block of `blockSize(limit)` requests from the shared count at once and
 * spends it locally, so a busy API costs one write per block. The total still never exceeds the
 * limit: a block is granted only as far as the shared count allows (a block that crosses the limit
 * is granted its part below it), so with N processes a client gets at least
 * limit − (N − 1) × block and at most the limit. A key that ran out is refused from memory until
 * its window ends.
 *
 * If the database cannot be reached the request is let through and the failure logged: a limit
 * protects the server, it must not take the API down with the database.
 */
export const openRateLimiter = async (
  database: LayerDatabase,
  windowSeconds: number,
): Promise<SharedRateLimiter> => {
  const make: Make =
    database.engine === 'sqlite'
      ? (await import('./sqlite')).sqliteLimiterFactory(database.client, windowSeconds)
      : (await import('./mongo')).mongoLimiterFactory(database.client, windowSeconds)
  const limiters = new Map<number, RateLimiterAbstract>()
  const leases = new LRUCache<string, Lease>({ max: 100_000 })
  // Concurrent requests of one key wait for the same reservation instead of taking a block each.
  const reserving = new Map<string, Promise<Lease | null>>()
  let lastFailureLog = 0

  const reserve = async (key: string, limit: number, now: number): Promise<Lease | null> => {
    let limiter = limiters.get(limit)
    if (!limiter) {
      limiter = make(limit)
      limiters.set(limit, limiter)
    }
    const block = blockSize(limit)
    let result: RateLimiterRes
    try {
      result = await limiter.consume(key, block)
    } catch (outcome) {
      if (outcome instanceof Error) {
        if (now - lastFailureLog > 60_000) {
          lastFailureLog = now
          log.error({ err: outcome, msg: 'rate limit: the store failed; letting requests through' })
        }
        return null
      }
      result = outcome as RateLimiterRes
    }
    // What was left below the limit before this block was taken.
    const granted = Math.max(0, Math.min(block, limit - (result.consumedPoints - block)))
    return {
      available: granted,
      windowEndsAt: now + result.msBeforeNext,
      remaining: Math.max(0, limit - result.consumedPoints),
    }
  }

  return {
    take: async (key, limit) => {
      const leaseKey = `${limit}|${key}`
      const now = Date.now()
      let lease = leases.get(leaseKey)
      if (!lease || now >= lease.windowEndsAt || (lease.available === 0 && lease.remaining > 0)) {
        let pending = reserving.get(leaseKey)
        if (!pending) {
          pending = reserve(key, limit, now).finally(() => reserving.delete(leaseKey))
          reserving.set(leaseKey, pending)
        }
        const reserved = await pending
        if (!reserved) return { allowed: true, remaining: limit, resetMs: windowSeconds * 1000 }
        lease = reserved
        leases.set(leaseKey, lease)
      }
      const resetMs = Math.max(0, lease.windowEndsAt - now)
      if (lease.available === 0) return { allowed: false, remaining: 0, resetMs }
      lease.available -= 1
      return { allowed: true, remaining: lease.remaining + lease.available, resetMs }
    },
  }
}
