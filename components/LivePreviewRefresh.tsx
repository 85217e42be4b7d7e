'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Live preview: inside the admin's preview pane (draft mode only), the page re-renders on the
 * server each time the document is saved or autosaved, so the editor sees the real page change.
 * This is Payload's "refresh route on save" protocol (tell the admin we are ready; refresh on
 * each `payload-document-event` from the admin's origin), written out because Payload's React
 * package lags a patch version behind Payload and its version check refuses the mix.
 * Readers never get this component or the client runtime it needs.
 */
export const LivePreviewRefresh = () => {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string } | null
      if (
        event.origin === origin &&
        data &&
        typeof data === 'object' &&
        data.type === 'payload-document-event'
      ) {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
