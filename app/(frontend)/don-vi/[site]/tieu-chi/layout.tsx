import type React from 'react'

import { SiteSection } from '@/components/SiteSection'

/** Every page under /tieu-chi belongs to the menu's "tieu-chi" entry. */
const SectionLayout = ({ children }: { children: React.ReactNode }) => (
  <SiteSection section="tieu-chi">{children}</SiteSection>
)

export default SectionLayout
