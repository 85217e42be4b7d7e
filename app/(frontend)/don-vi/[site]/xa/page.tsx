import { CommuneDirectory } from '@/components/CommuneDirectory'
import { t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateMetadata = sitePageMetadata({
  title: t.communePage.title,
  path: routes.communes(),
  description: t.communePage.intro,
})

const CommunesPage = async ({ params }: SiteParams) => {
  await siteOf(params)
  return <CommuneDirectory />
}

export default CommunesPage
