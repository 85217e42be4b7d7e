import { t } from '../lib/i18n'
import { routes } from '../lib/routes'
import type { Summary } from '../lib/stats/store'
import type { RelatedLink, SiteSetting } from '../payload-types'
import { type Fact, FactList } from './FactList'
import { RelatedLinks } from './RelatedLinks'
import { VisitorStats } from './VisitorStats'

/** The contact block every state portal must show, the related links and the visitor statistics. */
export const SiteFooter = ({
  settings,
  links,
  stats,
}: {
  settings: SiteSetting
  links: RelatedLink['links']
  stats: Summary | null
}) => {
  const rows: Fact[] = [
    [t.site.address, settings.address],
    [t.site.phone, settings.phone],
    [t.site.email, settings.email ? <a href={`mailto:${settings.email}`}>{settings.email}</a> : null],
    [t.site.responsible, settings.responsiblePerson],
  ]
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <RelatedLinks links={links} />
        <section aria-labelledby="thong-tin-lien-he">
          <h2 id="thong-tin-lien-he">{settings.agency || settings.portalName}</h2>
          <FactList facts={rows} className="site-footer__contact" />
          {settings.licence ? <p>{settings.licence}</p> : null}
          <p>
            <a href={routes.partners()}>{t.site.partnersLink}</a>
          </p>
        </section>
        <VisitorStats summary={stats} />
      </div>
    </footer>
  )
}
