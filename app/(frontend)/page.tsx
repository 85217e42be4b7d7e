import { ArticleCard } from '../../components/ArticleCard'
import { t } from '../../lib/i18n'
import { latestArticles } from '../../lib/queries/articles'

// Read at request time for now; the readers' portal issue makes pages static with on-demand
// revalidation.
export const dynamic = 'force-dynamic'

const HomePage = async () => {
  const articles = await latestArticles(10)
  return (
    <>
      <h1>{t.site.latestArticles}</h1>
      {articles.length ? (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.site.noArticles}</p>
      )}
    </>
  )
}

export default HomePage
