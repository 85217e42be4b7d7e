import { CriteriaSetView } from '@/components/CriteriaSetView'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'

export const revalidate = 60
export const metadata = pageMetadata({ title: t.criteriaPage.title, path: routes.criteriaSets() })

const CriteriaPage = () => <CriteriaSetView />

export default CriteriaPage
