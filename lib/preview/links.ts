import { relationId } from '../relations'

/**
 * The admin's Preview button and live preview pane open a document's real public page through
 * /xem-truoc (draft mode for a logged-in staff member), on the document's site (`site`: its ID,
 * for articles, events and uploads, which belong to one). Pure: collections import it.
 */
export const previewUrl =
  (pagePath: (slug: string) => string) =>
  (doc: Record<string, unknown> | null | undefined): string | null => {
    if (typeof doc?.slug !== 'string' || !doc.slug) return null
    const site = relationId(doc.tenant)
    return `/xem-truoc?path=${encodeURIComponent(pagePath(doc.slug))}${
      site === undefined ? '' : `&site=${encodeURIComponent(String(site))}`
    }`
  }

/** `admin.preview` and `admin.livePreview` for a collection whose documents have a public page. */
export const previewAdmin = (pagePath: (slug: string) => string) => {
  const url = previewUrl(pagePath)
  return {
    preview: (doc: Record<string, unknown>) => url(doc),
    livePreview: { url: ({ data }: { data: Record<string, unknown> }) => url(data) ?? '' },
  }
}
