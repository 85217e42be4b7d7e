import Negotiator from 'negotiator'
import { LRUCache } from 'lru-cache'

/**
 * Whether a client takes gzip, by `negotiator` (q-values, `*`, `identity;q=0` handled). Browsers
 * send a handful of distinct headers, so the answers are remembered per header value.
 */
const decided = new LRUCache<string, boolean>({ max: 256 })

export const acceptsGzip = (header: string | string[] | undefined): boolean => {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  if (!value) return false
  let answer = decided.get(value)
  if (answer === undefined) {
    answer =
      new Negotiator({ headers: { 'accept-encoding': value } }).encoding(['gzip', 'identity']) === 'gzip'
    decided.set(value, answer)
  }
  return answer
}
