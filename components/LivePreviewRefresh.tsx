'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * Live preview: inside the admin's preview pane (draft mode only), the page re-renders on the
 * server each time the document is saved or autosaved, so the editor sees the real page change.
 * Readers never get this component or the client runtime it needs.
 */
export const LivePreviewRefresh = () => {
  const router = useRouter()
  return (
    <RefreshRouteOnSave
      refresh={() => router.refresh()}
      serverURL={typeof window === 'undefined' ? '' : window.location.origin}
    />
  )
}
