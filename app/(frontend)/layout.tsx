import type { Metadata } from 'next'
import type React from 'react'

import { SiteFooter } from '../../components/SiteFooter'
import { SiteHeader } from '../../components/SiteHeader'
import { t } from '../../lib/i18n'
import { siteSettings } from '../../lib/queries/globals'
import './globals.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await siteSettings()
  const name = settings.portalName || t.site.defaultName
  return { title: { default: name, template: `%s — ${name}` } }
}

const Layout = async ({ children }: { children: React.ReactNode }) => {
  const settings = await siteSettings()
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          {t.site.skipToContent}
        </a>
        <SiteHeader portalName={settings.portalName || t.site.defaultName} agency={settings.agency} />
        <main id="noi-dung" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}

export default Layout
