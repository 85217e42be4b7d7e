import type React from 'react'

import { SiteSection } from '@/components/SiteSection'

/** Every page under /chuyen-muc belongs to the menu's "tin-tuc" entry. */
const SectionLayout = ({ children }: { children: React.ReactNode }) => (
  <SiteSection section="tin-tuc">{children}</SiteSection>
)

export default SectionLayout
