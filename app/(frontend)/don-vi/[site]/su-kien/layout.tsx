import type React from 'react'

import { SiteSection } from '@/components/SiteSection'

/** Every page under /su-kien belongs to the menu's "su-kien" entry. */
const SectionLayout = ({ children }: { children: React.ReactNode }) => (
  <SiteSection section="su-kien">{children}</SiteSection>
)

export default SectionLayout
