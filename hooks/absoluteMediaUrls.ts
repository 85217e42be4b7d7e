import type { CollectionAfterReadHook } from 'payload'

import { publicOrigin } from '../lib/env'

type Sized = { url?: string | null }

const absolute = (url: string | null | undefined, origin: string) =>
  typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? `${origin}${url}` : url

/**
 * Partners read media through REST and GraphQL from their own servers, where a path like
 * `/api/media/file/x.jpg` means nothing: there the file URLs (original, every size, thumbnail)
 * are absolute, on the install's public origin (SERVER_URL; /api is served on every host). The
 * portal's own pages read through the local API and keep paths, which next/image serves.
 */
export const absoluteMediaUrls: CollectionAfterReadHook = ({ doc, req }) => {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return doc
  const origin = publicOrigin().origin
  const sizes = doc.sizes as Record<string, Sized | null> | undefined
  return {
    ...doc,
    url: absolute(doc.url, origin),
    thumbnailURL: absolute(doc.thumbnailURL, origin),
    ...(sizes
      ? {
          sizes: Object.fromEntries(
            Object.entries(sizes).map(([name, size]) => [
              name,
              size ? { ...size, url: absolute(size.url, origin) } : size,
            ]),
          ),
        }
      : {}),
  }
}
