import type { CollectionConfig } from 'payload'

type CollectionHooks = NonNullable<CollectionConfig['hooks']>

/**
 * The collection with `added` hooks run after the ones it already has, kind by kind: how the
 * cross-cutting concerns (search index, audit log, Vietnamese order) attach to a collection
 * without knowing what else is attached.
 */
export const appendHooks = (
  collection: CollectionConfig,
  added: { [K in keyof CollectionHooks]?: CollectionHooks[K] },
): CollectionConfig => {
  const hooks: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]>) }
  for (const [kind, list] of Object.entries(added) as [string, unknown[]][])
    hooks[kind] = [...(hooks[kind] ?? []), ...list]
  return { ...collection, hooks: hooks as CollectionHooks }
}
