import { NotFoundContent } from '@/components/NotFoundContent'
import { t } from '@/lib/i18n'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateMetadata = async ({ params }: SiteParams) => {
  await siteOf(params)
  return { title: t.site.notFoundTitle, robots: { index: false } }
}

/**
 * The 404 page as a static page. Next.js 16 sends the body of a notFound() response as a bare
 * shell to be filled in by its client runtime (vercel/next.js#62228); the production server
 * (server/pipeline.ts), which sends readers' pages without that runtime, answers such 404s with
 * this page's HTML instead.
 */
const NotFoundPage = async ({ params }: SiteParams) => {
  await siteOf(params)
  return <NotFoundContent />
}

export default NotFoundPage
