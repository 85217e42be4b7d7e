import Link from 'next/link'

import { formatDate } from '../lib/vi/format'
import { routes } from '../lib/routes'
import type { Article } from '../payload-types'
import { MediaImage } from './MediaImage'

export const ArticleCard = ({ article }: { article: Article }) => (
  <article className="article-card">
    <MediaImage media={article.cover} sizes="(max-width: 40rem) 100vw, 20rem" className="article-card__image" />
    <div>
      <h3 className="article-card__title">
        <Link href={routes.article(article.slug)}>{article.title}</Link>
      </h3>
      {article.publishedAt ? (
        <p className="meta">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      ) : null}
      {article.summary ? <p>{article.summary}</p> : null}
    </div>
  </article>
)
