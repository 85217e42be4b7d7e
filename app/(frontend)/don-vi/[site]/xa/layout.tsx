import type React from 'react'

import { SiteSection } from '@/components/SiteSection'

/** Every page under /xa belongs to the menu's "xa" entry. */
const SectionLayout = ({ children }: { children: React.ReactNode }) => (
  <SiteSection section="xa">{children}</SiteSection>
)

export default SectionLayout
