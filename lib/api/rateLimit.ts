/**
 * A fixed-window counter per client per window, in this process's memory. With several server
 * processes each keeps its own windows, so the most one client can do is processes × limit per
 * window (documented in the README); that bound is what protects the database here.
 */
export class RateLimiter {
  #windowMs: number
  #windowStart = 0
  #counts = new Map<string, number>()

  constructor(windowMs: number) {
    this.#windowMs = windowMs
  }

  /** Counts one request; says whether it is allowed and when the window ends. */
  take(
    key: string,
    limit: number,
    now = Date.now(),
  ): { allowed: boolean; remaining: number; resetMs: number } {
    const start = now - (now % this.#windowMs)
    if (start !== this.#windowStart) {
      this.#windowStart = start
      this.#counts.clear()
    }
    const used = (this.#counts.get(key) ?? 0) + 1
    this.#counts.set(key, used)
    return {
      allowed: used <= limit,
      remaining: Math.max(0, limit - used),
      resetMs: start + this.#windowMs - now,
    }
  }
}
