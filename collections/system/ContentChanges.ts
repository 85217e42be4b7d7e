import { systemCollection } from './systemCollection'

/**
 * The log through which every server process learns of a content change made by another: the
 * process that made it appends the cache tags it expired once the change is committed, and each
 * process polls for rows newer than the last it saw (server/changes/). Rows older than an hour
 * are pruned.
 */
export const ContentChanges = systemCollection({
  slug: 'content-changes',
  dbName: 'content_changes',
  fields: [
    // Comma-separated cache tags (lib/cacheTags.ts); tags never contain commas.
    { name: 'tags', type: 'textarea', required: true },
    // The server process that wrote the row: it applied the change already and skips it.
    { name: 'origin', type: 'text', required: true },
  ],
})
