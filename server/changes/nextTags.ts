// Next's own record of expired cache tags: a module Next keeps outside its bundles precisely so
// that every copy of its server code in a process shares it (".external").
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

/**
 * Expires cache tags in this process's Next.js exactly as `revalidateTag(tag, { expire: 0 })`
 * does inside a request (Next's FileSystemCache.revalidateTag writes the same two fields): every
 * page and data-cache entry carrying one of them, made before now, is rendered or read again
 * on its next request. Used for changes another process made.
 */
export const expireNextTags = (tags: string[], now = Date.now()): void => {
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now })
}

/** Whether Next considers `tag` expired for an entry made at `madeAt` (for tests). */
export const isTagExpired = (tag: string, madeAt: number): boolean => {
  const expired = tagsManifest.get(tag)?.expired
  return typeof expired === 'number' && expired > madeAt && expired <= Date.now()
}
