import { ContentChanges } from './ContentChanges'
import { RateLimits } from './RateLimits'

export const systemCollections = [ContentChanges, RateLimits]
