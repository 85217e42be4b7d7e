import { notFound } from 'next/navigation'

import { CommuneDirectory, standingName } from '@/components/CommuneDirectory'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { STANDINGS, type Standing } from '@/lib/programme/figures'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ status: string }>

const statusOf = async ({ params }: Props): Promise<Standing> => {
  await siteOf(params)
  const { status } = await params
  if (!STANDINGS.includes(status as Standing)) notFound()
  return status as Standing
}

export const generateMetadata = async (props: Props) => {
  const status = await statusOf(props)
  return pageMetadata({
    title: `${t.communePage.title}: ${standingName(status)}`,
    path: routes.communes(status),
  })
}

const FilteredCommunesPage = async (props: Props) => <CommuneDirectory status={await statusOf(props)} />

export default FilteredCommunesPage
