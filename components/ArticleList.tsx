import type { Article } from '../payload-types'
import { ArticleCard } from './ArticleCard'

export const ArticleList = ({
  articles,
  headingLevel = 3,
}: {
  articles: Article[]
  headingLevel?: 2 | 3
}) => (
  <ul className="article-list">
    {articles.map((article) => (
      <li key={article.id}>
        <ArticleCard article={article} headingLevel={headingLevel} />
      </li>
    ))}
  </ul>
)
