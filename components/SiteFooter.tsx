import type React from 'react'

import { t } from '../lib/i18n'
import type { SiteSetting } from '../payload-types'

/** The contact block every state portal must show, from `site-settings`. */
export const SiteFooter = ({ settings }: { settings: SiteSetting }) => {
  const rows: [string, React.ReactNode][] = [
    [t.site.address, settings.address],
    [t.site.phone, settings.phone],
    [t.site.email, settings.email ? <a href={`mailto:${settings.email}`}>{settings.email}</a> : null],
    [t.site.responsible, settings.responsiblePerson],
  ]
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name">{settings.agency || settings.portalName}</p>
        <dl className="site-footer__contact">
          {rows
            .filter(([, value]) => value)
            .map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {settings.licence ? <p>{settings.licence}</p> : null}
      </div>
    </footer>
  )
}
