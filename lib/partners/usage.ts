import { APIError, type PayloadRequest, type Where } from 'payload'

import { vnDayKey } from '../stats/time'

type Partner = {
  id: number | string
  collection?: string
  enabled?: boolean | null
  dailyLimit?: number | null
}
type Context = { ntmPartnerCounted?: boolean }

const DAY_MS = 24 * 60 * 60 * 1000
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** Seconds until the next midnight in Việt Nam, when a partner's daily count starts again. */
export const secondsToVietnamMidnight = (now: number): number => {
  const local = now + VIETNAM_OFFSET_MS
  return Math.max(1, Math.ceil((DAY_MS - (local % DAY_MS)) / 1000))
}

const increment = async (req: PayloadRequest, partner: Partner, day: string): Promise<number> => {
  const where: Where = { and: [{ partner: { equals: partner.id } }, { day: { equals: day } }] }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const updated = await req.payload.db.updateOne({
      collection: 'partner-usage',
      where,
      data: { requests: { $inc: 1 } },
      req,
      returning: true,
    })
    if (updated) return Number((updated as { requests?: number }).requests ?? 0)
    try {
      await req.payload.db.create({
        collection: 'partner-usage',
        data: { partner: partner.id, day, requests: 1 },
        req,
      })
      return 1
    } catch {
      // Another request created the day's row first (unique partner + day): increment it.
    }
  }
  throw new APIError('partner usage could not be recorded, try again', 503, null, true)
}

/**
 * Once per API request made with a partner's key: a disabled partner is refused (403), the
 * request is counted in the database for the partner's Việt Nam day (so the count holds across
 * server processes), and past the partner's daily limit the answer is 429 until midnight.
 */
export const countPartnerRequest = async (req: PayloadRequest, now = Date.now()): Promise<void> => {
  const partner = req.user as Partner | null | undefined
  const context = req.context as Context
  if (!partner || partner.collection !== 'partners' || context.ntmPartnerCounted) return
  context.ntmPartnerCounted = true
  if (partner.enabled === false) throw new APIError('this partner key is disabled', 403, null, true)
  const used = await increment(req, partner, vnDayKey(new Date(now)))
  const limit = partner.dailyLimit ?? 0
  if (limit > 0 && used > limit) {
    throw new APIError(
      `daily limit of ${limit} requests reached; it resets at midnight (Asia/Ho_Chi_Minh)`,
      429,
      { retryAfterSeconds: secondsToVietnamMidnight(now) },
      true,
    )
  }
}
