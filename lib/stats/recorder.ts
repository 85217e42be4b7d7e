import type { Caps, Hit, Outcome } from './counting'
import type { StatsStore } from './store'

type Pending = { hit: Hit; resolve: (outcome: Outcome) => void; reject: (error: unknown) => void }

/**
 * Group commit: a beacon is answered only after the transaction holding it has committed, so an
 * accepted hit is never lost, not even to `kill -9`. Hits that arrive while a transaction runs
 * wait for the next one, which takes them all: under load one transaction carries hundreds of
 * hits, at rest each hit gets its own.
 */
export class Recorder {
  #pending: Pending[] = []
  #draining: Promise<void> | null = null
  #store: StatsStore
  #caps: Caps
  #maxBatch: number
  #afterCommit: () => void

  constructor(store: StatsStore, options: { caps: Caps; maxBatch?: number; afterCommit?: () => void }) {
    this.#store = store
    this.#caps = options.caps
    this.#maxBatch = options.maxBatch ?? 1000
    this.#afterCommit = options.afterCommit ?? (() => undefined)
  }

  submit(hit: Hit): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ hit, resolve, reject })
      // Started on the next turn of the event loop, so the requests read in this turn share it.
      this.#draining ??= new Promise<void>((started) => setImmediate(started)).then(() => this.#drain())
    })
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending.length) {
        const batch = this.#pending.splice(0, this.#maxBatch)
        try {
          const outcomes = await this.#store.record(
            batch.map((item) => item.hit),
            this.#caps,
          )
          this.#afterCommit()
          batch.forEach((item, index) => item.resolve(outcomes[index]))
        } catch (error) {
          batch.forEach((item) => item.reject(error))
        }
        // Let the requests that arrived meanwhile be read before the next transaction.
        await new Promise((next) => setImmediate(next))
      }
    } finally {
      this.#draining = null
    }
  }

  /** Resolves once every hit submitted so far is committed (or has failed). */
  async flush(): Promise<void> {
    while (this.#draining) await this.#draining
  }
}
