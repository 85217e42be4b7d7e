import Link from 'next/link'

import { t } from '../lib/i18n'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'
import { AccessibilityBar } from './AccessibilityBar'
import { SearchForm } from './SearchForm'

const NAV = [
  [routes.home(), t.nav.home],
  [routes.news(), t.nav.news],
  [routes.communes(), t.nav.communes],
  [routes.criteriaSets(), t.nav.criteria],
  [routes.events(), t.nav.events],
  [routes.contact(), t.nav.contact],
] as const

export const SiteHeader = ({ portalName, agency }: { portalName: string; agency?: string | null }) => (
  <header className="site-header">
    <div className="container site-header__top">
      <AccessibilityBar labels={t.a11y} />
    </div>
    <div className="container site-header__brand">
      {agency ? <p className="site-header__agency">{agency}</p> : null}
      <p className="site-header__name">
        <Link href={here(routes.home())}>{portalName}</Link>
      </p>
    </div>
    <div className="site-header__nav">
      <div className="container site-header__nav-inner">
        <nav aria-label={t.nav.label}>
          <ul className="site-nav">
            {NAV.map(([href, text]) => (
              <li key={href}>
                <Link href={here(href)}>{text}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm compact />
      </div>
    </div>
  </header>
)
