import { describe, expect, it } from 'vitest'

import { Articles } from '../../collections/Articles'
import { Communes } from '../../collections/Communes'
import { Events } from '../../collections/Events'

describe('admin preview and live preview', () => {
  it.each([
    ['articles', Articles, '/tin-tuc/xa-cao-lau'],
    ['communes', Communes, '/xa/xa-cao-lau'],
    ['events', Events, '/su-kien/xa-cao-lau'],
  ] as const)('%s open their real page through /xem-truoc', (_name, collection, path) => {
    const expected = `/xem-truoc?path=${encodeURIComponent(path)}`
    const admin = collection.admin as {
      preview: (doc: Record<string, unknown>) => string | null
      livePreview: { url: (args: { data: Record<string, unknown> }) => string }
    }
    expect(admin.preview({ slug: 'xa-cao-lau' })).toBe(expected)
    expect(admin.livePreview.url({ data: { slug: 'xa-cao-lau' } })).toBe(expected)
    expect(admin.preview({})).toBeNull()
  })
})
