/**
 * The event the revalidation hooks (hooks/revalidate.ts, through lib/cacheTags.ts) emit on
 * `process` with the cache tags a content change expires: `process` is the one object Next's
 * bundled server code and the server layer (server/changes/) share. A module of its own, without imports, so that the server layer
 * can name it before Next.js has set up its runtime.
 */
export const CONTENT_CHANGED_EVENT = 'ntm:content-changed'
