import { t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { here, siteOf, type SiteParams } from '@/lib/sites/registry'

export const generateMetadata = sitePageMetadata({
  title: t.partnersPage.title,
  path: routes.partners(),
  description: t.partnersPage.intro,
})

const EXAMPLE = "curl '/api/articles?limit=10&depth=1&sort=-publishedAt'"

/** How partner sites read the portal: the same text as docs/doi-tac.md, in short. */
const PartnersPage = async ({ params }: SiteParams) => {
  await siteOf(params)
  return (
    <>
      <h1>{t.partnersPage.title}</h1>
      <p>{t.partnersPage.intro}</p>
      <h2>{t.partnersPage.feedsTitle}</h2>
      <p>{t.partnersPage.feeds}</p>
      <h2>{t.partnersPage.apiTitle}</h2>
      <p>
        {t.partnersPage.api} <a href={here(routes.openApi())}>{routes.openApi()}</a>
      </p>
      <p>{t.partnersPage.example}:</p>
      <pre>
        <code>{EXAMPLE}</code>
      </pre>
      <h2>{t.partnersPage.limitsTitle}</h2>
      <p>{t.partnersPage.limits}</p>
      <h2>{t.partnersPage.keyTitle}</h2>
      <p>
        {t.partnersPage.key} <a href={here(routes.contact())}>{t.site.contact}</a>
      </p>
      <section lang="en" aria-labelledby="for-partners">
        <h2 id="for-partners">{t.partnersPage.englishTitle}</h2>
        <p>{t.partnersPage.english}</p>
      </section>
    </>
  )
}

export default PartnersPage
