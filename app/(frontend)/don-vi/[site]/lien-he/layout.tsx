import type React from 'react'

import { SiteSection } from '@/components/SiteSection'

/** Every page under /lien-he belongs to the menu's "lien-he" entry. */
const SectionLayout = ({ children }: { children: React.ReactNode }) => (
  <SiteSection section="lien-he">{children}</SiteSection>
)

export default SectionLayout
