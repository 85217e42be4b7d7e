/**
 * The admin's Preview button and live preview pane open a document's real public page through
 * /xem-truoc (draft mode for a logged-in staff member). Pure: collections import it.
 */
export const previewUrl =
  (pagePath: (slug: string) => string) =>
  (doc: Record<string, unknown> | null | undefined): string | null =>
    typeof doc?.slug === 'string' && doc.slug
      ? `/xem-truoc?path=${encodeURIComponent(pagePath(doc.slug))}`
      : null

/** `admin.preview` and `admin.livePreview` for a collection whose documents have a public page. */
export const previewAdmin = (pagePath: (slug: string) => string) => {
  const url = previewUrl(pagePath)
  return {
    preview: (doc: Record<string, unknown>) => url(doc),
    livePreview: { url: ({ data }: { data: Record<string, unknown> }) => url(data) ?? '' },
  }
}
