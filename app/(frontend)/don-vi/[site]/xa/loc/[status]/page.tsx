import { notFound } from 'next/navigation'

import { CommuneDirectory, STATUSES } from '@/components/CommuneDirectory'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import type { Commune } from '@/payload-types'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ status: string }>

const statusOf = async ({ params }: Props): Promise<Commune['status']> => {
  await siteOf(params)
  const { status } = await params
  if (!STATUSES.includes(status as Commune['status'])) notFound()
  return status as Commune['status']
}

export const generateMetadata = async (props: Props) => {
  const status = await statusOf(props)
  return pageMetadata({
    title: `${t.communePage.title}: ${t.options.ntmStatus[status]}`,
    path: routes.communes(status),
  })
}

const FilteredCommunesPage = async (props: Props) => <CommuneDirectory status={await statusOf(props)} />

export default FilteredCommunesPage
