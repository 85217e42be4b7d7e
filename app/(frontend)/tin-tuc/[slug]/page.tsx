import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MediaImage } from '../../../../components/MediaImage'
import { RelatedDocuments } from '../../../../components/RelatedDocuments'
import { RichTextBody } from '../../../../components/RichTextBody'
import { t } from '../../../../lib/i18n'
import { articleBySlug } from '../../../../lib/queries/articles'
import { safeHref } from '../../../../lib/routes'
import { formatDate } from '../../../../lib/vi/format'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const article = await articleBySlug((await params).slug)
  if (!article) return {}
  return { title: article.title, description: article.summary ?? undefined }
}

const ArticlePage = async ({ params }: Props) => {
  const article = await articleBySlug((await params).slug)
  if (!article) notFound()
  const cover = typeof article.cover === 'object' ? article.cover : null
  const coverCaption = article.coverCaption || cover?.caption
  const sourceHref = safeHref(article.source?.url)
  const sourceName = article.source?.name || article.source?.url
  return (
    <article>
      <h1>{article.title}</h1>
      <p className="meta">
        {article.publishedAt ? (
          <>
            {t.site.publishedOn}: <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          </>
        ) : null}
        {article.byline ? ` · ${t.site.byline}: ${article.byline}` : null}
      </p>
      {article.summary ? <p className="lead">{article.summary}</p> : null}
      {cover ? (
        <figure>
          <MediaImage media={cover} sizes="(max-width: 60rem) 100vw, 60rem" priority />
          {coverCaption ? <figcaption>{coverCaption}</figcaption> : null}
        </figure>
      ) : null}
      <RichTextBody data={article.body} />
      {sourceName ? (
        <p className="source">
          {t.site.source}: {sourceHref ? <a href={sourceHref}>{sourceName}</a> : sourceName}
        </p>
      ) : null}
      <RelatedDocuments heading={t.site.relatedCommunes} collection="communes" docs={article.communes} />
      <RelatedDocuments heading={t.site.relatedCriteria} collection="criteria" docs={article.criteria} />
      <RelatedDocuments heading={t.site.relatedEvents} collection="events" docs={article.events} />
    </article>
  )
}

export default ArticlePage
