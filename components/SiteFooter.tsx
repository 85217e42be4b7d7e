import { t } from '../lib/i18n'
import { routes } from '../lib/routes'
import type { Summary } from '../lib/stats/store'
import type { SiteIdentity } from '../lib/sites/identity'
import { here } from '../lib/sites/registry'
import { type Fact, FactList } from './FactList'
import { RelatedLinks } from './RelatedLinks'
import { VisitorStats } from './VisitorStats'

/** The contact block every state portal must show, the related links and the visitor statistics. */
export const SiteFooter = ({ identity, stats }: { identity: SiteIdentity; stats: Summary | null }) => {
  const rows: Fact[] = [
    [t.site.address, identity.address],
    [t.site.phone, identity.phone],
    [t.site.email, identity.email ? <a href={`mailto:${identity.email}`}>{identity.email}</a> : null],
    [t.site.responsible, identity.responsiblePerson],
  ]
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <RelatedLinks links={identity.links} />
        <section aria-labelledby="thong-tin-lien-he">
          <h2 id="thong-tin-lien-he">{identity.agency || identity.name}</h2>
          <FactList facts={rows} className="site-footer__contact" />
          {identity.licence ? <p>{identity.licence}</p> : null}
          <p>
            <a href={here(routes.partners())}>{t.site.partnersLink}</a>
          </p>
        </section>
        <VisitorStats summary={stats} />
      </div>
    </footer>
  )
}
