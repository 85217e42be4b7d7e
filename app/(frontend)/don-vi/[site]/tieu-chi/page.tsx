import { CriteriaSetView } from '@/components/CriteriaSetView'
import { t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateMetadata = sitePageMetadata({ title: t.criteriaPage.title, path: routes.criteriaSets() })

const CriteriaPage = async ({ params }: SiteParams) => {
  await siteOf(params)
  return <CriteriaSetView />
}

export default CriteriaPage
