import Link from 'next/link'

import { routes } from '../lib/routes'
import { relationId } from '../lib/relations'
import { hereOn } from '../lib/sites/registry'
import { formatDate } from '../lib/vi/format'
import type { Article } from '../payload-types'
import { MediaImage } from './MediaImage'

export const ArticleCard = ({
  article,
  headingLevel = 3,
  lead = false,
  compact = false,
}: {
  article: Article
  headingLevel?: 2 | 3
  /** The page's main story: a wide image loaded at once (it is the largest thing on screen). */
  lead?: boolean
  /** In a side block: title and date only. */
  compact?: boolean
}) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const variant = lead ? ' article-card--lead' : compact ? ' article-card--compact' : ''
  return (
    <article className={`article-card${variant}`}>
      {/* The title link is the one accessible link; the image is decoration beside it. */}
      {compact ? null : (
        <MediaImage
          media={article.cover}
          sizes={lead ? '(max-width: 64rem) 100vw, 42rem' : '(max-width: 40rem) 100vw, 16rem'}
          className="article-card__image"
          priority={lead}
          decorative
        />
      )}
      <div>
        <Heading className="article-card__title">
          <Link href={hereOn(relationId(article.tenant), routes.article(article.slug))}>{article.title}</Link>
        </Heading>
        {article.publishedAt ? (
          <p className="meta">
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          </p>
        ) : null}
        {article.summary && !compact ? <p>{article.summary}</p> : null}
      </div>
    </article>
  )
}
