import { CriteriaSetView } from '@/components/CriteriaSetView'
import { pageMetadata } from '@/lib/metadata'
import { criteriaSets } from '@/lib/queries/programme'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ set: string }>

export const generateMetadata = async ({ params }: Props) => {
  await siteOf(params)
  const { set: slug } = await params
  const set = (await criteriaSets()).find((s) => s.slug === slug)
  return set
    ? pageMetadata({ title: set.name, path: routes.criteriaSets(set.slug), description: set.legalBasis })
    : {}
}

const CriteriaSetPage = async ({ params }: Props) => {
  await siteOf(params)
  return <CriteriaSetView setSlug={(await params).set} />
}

export default CriteriaSetPage
