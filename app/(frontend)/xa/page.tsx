import { CommuneDirectory } from '@/components/CommuneDirectory'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'

export const revalidate = 60
export const metadata = pageMetadata({
  title: t.communePage.title,
  path: routes.communes(),
  description: t.communePage.intro,
})

const CommunesPage = () => <CommuneDirectory />

export default CommunesPage
