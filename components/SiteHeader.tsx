import Link from 'next/link'

import { t } from '../lib/i18n'
import { routes } from '../lib/routes'

export const SiteHeader = ({ portalName, agency }: { portalName: string; agency?: string | null }) => (
  <header className="site-header">
    <div className="container">
      {agency ? <p className="site-header__agency">{agency}</p> : null}
      <p className="site-header__name">
        <Link href={routes.home()}>{portalName}</Link>
      </p>
      <nav aria-label="Chính">
        <ul className="site-nav">
          <li>
            <Link href={routes.home()}>{t.site.home}</Link>
          </li>
        </ul>
      </nav>
    </div>
  </header>
)
