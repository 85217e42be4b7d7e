import type { MongoClient } from 'mongodb'
import { RateLimiterMongo } from 'rate-limiter-flexible'

import { MONGO_COLLECTIONS } from '../../lib/db/rawSchema'

/** Compiles against MongoDB; never run here (no MongoDB server on these machines). */
export const mongoLimiterFactory = (client: MongoClient, windowSeconds: number) => (limit: number) =>
  new RateLimiterMongo({
    storeClient: client,
    tableName: MONGO_COLLECTIONS.rateLimits,
    keyPrefix: `api${limit}`,
    points: limit,
    duration: windowSeconds,
    inMemoryBlockOnConsumed: limit + 1,
  })
