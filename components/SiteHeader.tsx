import Link from 'next/link'

import { t } from '../lib/i18n'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'
import type { Media } from '../payload-types'
import { AccessibilityBar } from './AccessibilityBar'
import { SiteEmblem } from './SiteEmblem'
import { SearchForm } from './SearchForm'

/**
 * The menu: path and name, and the section a page declares (`<SiteSection>` in the section's
 * layout) so the menu marks where the reader is, without JavaScript.
 */
const NAV = [
  [routes.home(), t.nav.home, 'trang-chu'],
  [routes.news(), t.nav.news, 'tin-tuc'],
  [routes.communes(), t.nav.communes, 'xa'],
  [routes.criteriaSets(), t.nav.criteria, 'tieu-chi'],
  [routes.events(), t.nav.events, 'su-kien'],
  [routes.contact(), t.nav.contact, 'lien-he'],
] as const

export type Section = (typeof NAV)[number][2]

export const SiteHeader = ({
  portalName,
  agency,
  logo,
}: {
  portalName: string
  agency?: string | null
  logo: Media | null
}) => (
  <header className="site-header">
    <div className="container site-header__top">
      <AccessibilityBar labels={t.a11y} />
    </div>
    <div className="container site-header__brand">
      <SiteEmblem logo={logo} />
      <div>
        {agency ? <p className="site-header__agency">{agency}</p> : null}
        <p className="site-header__name">
          <Link href={here(routes.home())}>{portalName}</Link>
        </p>
      </div>
    </div>
    <div className="site-header__nav">
      <div className="container site-header__nav-inner">
        <nav aria-label={t.nav.label}>
          <ul className="site-nav">
            {NAV.map(([href, text, section]) => (
              <li key={href}>
                <Link href={here(href)} data-section={section}>
                  {text}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm compact />
      </div>
    </div>
  </header>
)
