import type { Article } from '../payload-types'
import { ArticleCard } from './ArticleCard'

export const ArticleList = ({
  articles,
  headingLevel = 3,
  compact = false,
}: {
  articles: Article[]
  headingLevel?: 2 | 3
  /** Titles and dates only (a side block). */
  compact?: boolean
}) => (
  <ul className={compact ? 'article-list article-list--compact' : 'article-list'}>
    {articles.map((article) => (
      <li key={article.id}>
        <ArticleCard article={article} headingLevel={headingLevel} compact={compact} />
      </li>
    ))}
  </ul>
)
