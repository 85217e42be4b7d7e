import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { MediaImage } from '@/components/MediaImage'
import { PrintButton } from '@/components/PrintButton'
import { RelatedDocuments } from '@/components/RelatedDocuments'
import { RichTextBody } from '@/components/RichTextBody'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { previewUser } from '@/lib/preview/viewer'
import { articleBySlug, previewArticle, relatedArticles } from '@/lib/queries/articles'
import { relationId, sameId } from '@/lib/relations'
import { routes, safeHref } from '@/lib/routes'
import { here, type SiteContext, type SiteParams, siteOf } from '@/lib/sites/registry'
import { formatDate } from '@/lib/vi/format'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ slug: string }>

const loadArticle = async ({ site, scope }: SiteContext, slug: string) => {
  const user = await previewUser()
  return user ? previewArticle(site.id, scope, slug, user) : articleBySlug(site.id, scope, slug)
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await siteOf(params)
  const article = await loadArticle(site, (await params).slug)
  if (!article) return {}
  const cover = typeof article.cover === 'object' ? article.cover : null
  return pageMetadata({
    title: article.title,
    path: routes.article(article.slug),
    description: article.summary,
    image: cover?.sizes?.card?.url ?? cover?.url,
    type: 'article',
  })
}

const ArticlePage = async ({ params }: Props) => {
  const site = await siteOf(params)
  const { slug } = await params
  const article = await loadArticle(site, slug)
  if (!article) notFound()
  // The province finds every site's articles (and the URLs of an install from before sites): the
  // article's page is on its own site.
  if (!sameId(article.tenant, site.site.id))
    permanentRedirect(site.links.on(relationId(article.tenant), routes.article(slug)))
  const cover = typeof article.cover === 'object' ? article.cover : null
  const coverCaption = article.coverCaption || cover?.caption
  const sourceHref = safeHref(article.source?.url)
  const sourceName = article.source?.name || article.source?.url
  const category = typeof article.category === 'object' ? article.category : null
  const related = await relatedArticles(
    site.scope,
    article.id,
    (article.communes ?? []).map((c) => relationId(c)).filter((id) => id !== undefined),
    relationId(article.category) ?? null,
    4,
  )
  return (
    <div className="article-layout">
      <article className="article">
        {article._status === 'draft' ? <p className="preview-note">{t.site.draftNotice}</p> : null}
        {category ? (
          <p className="meta">
            <Link href={here(routes.category(category.slug))}>{category.name}</Link>
          </p>
        ) : null}
        <h1>{article.title}</h1>
        <p className="meta">
          {article.publishedAt ? (
            <>
              {t.site.publishedOn}:{' '}
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </>
          ) : null}
          {article.byline ? ` · ${t.site.byline}: ${article.byline}` : null}
        </p>
        <PrintButton label={t.news.print} />
        {article.summary ? <p className="lead">{article.summary}</p> : null}
        {cover ? (
          <figure>
            <MediaImage media={cover} sizes="(max-width: 56rem) 100vw, 40rem" priority />
            {coverCaption ? <figcaption>{coverCaption}</figcaption> : null}
          </figure>
        ) : null}
        <RichTextBody data={article.body} />
        {sourceName ? (
          <p className="source">
            {t.site.source}:{' '}
            {sourceHref ? (
              <a href={sourceHref} className="source__link">
                {sourceName}
              </a>
            ) : (
              sourceName
            )}
          </p>
        ) : null}
      </article>
      {/* Side blocks: what the article is about, then more to read; after the text on a phone. */}
      <aside className="article-layout__side" aria-label={t.news.aboutThis}>
        <RelatedDocuments heading={t.site.relatedCommunes} collection="communes" docs={article.communes} />
        <RelatedDocuments heading={t.site.relatedEvents} collection="events" docs={article.events} />
        <RelatedDocuments heading={t.site.relatedCriteria} collection="criteria" docs={article.criteria} />
        {related.length ? (
          <section aria-labelledby="tin-lien-quan" className="side-block no-print">
            <h2 id="tin-lien-quan">{t.news.relatedArticles}</h2>
            <ArticleList articles={related} compact />
          </section>
        ) : null}
      </aside>
    </div>
  )
}

export default ArticlePage
