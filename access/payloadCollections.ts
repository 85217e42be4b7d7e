import type { SanitizedConfig } from 'payload'

import { apiQueryGuard } from '../hooks/apiQueryGuard'
import { missingPreference } from '../hooks/missingPreference'
import { applyLockRules, LOCKS } from './locks'

const PREFERENCES = 'payload-preferences'

/**
 * Payload adds collections of its own (locks, preferences, jobs, key-value store, migrations)
 * when it builds the config, with its own defaults. Once built, they get what ours have: the
 * query guard on every API read and bulk write (a bad `where`, `limit` or `joins` is a 400,
 * not a 500), the newsroom's lock rules, and a 404 for deleting a preference that does not
 * exist (Payload's SQLite adapter fails that query with a 500).
 */
export const withPayloadCollectionRules = async (
  built: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> => {
  const config = await built
  for (const collection of config.collections) {
    if (!collection.slug.startsWith('payload-')) continue
    collection.hooks = {
      ...collection.hooks,
      beforeOperation: [apiQueryGuard, ...(collection.hooks?.beforeOperation ?? [])],
    }
    if (collection.slug === LOCKS) applyLockRules(collection)
    if (collection.slug === PREFERENCES) {
      collection.endpoints = (collection.endpoints || []).map((endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key' ? missingPreference(endpoint) : endpoint,
      )
    }
  }
  return config
}
