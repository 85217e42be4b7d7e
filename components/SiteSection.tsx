import type React from 'react'

import type { Section } from './SiteHeader'

/**
 * A section's pages declare which menu entry they belong to (in the section's layout.tsx); the
 * stylesheet marks that entry (`body:has([data-current-section=…])`), so the current section
 * shows in the static, cached HTML without JavaScript and without reading the request's path.
 */
export const SiteSection = ({ section, children }: { section: Section; children: React.ReactNode }) => (
  <div data-current-section={section}>{children}</div>
)
