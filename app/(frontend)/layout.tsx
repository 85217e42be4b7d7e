import './fonts.css'

import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import type React from 'react'

import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { displayControls, prePaint, statsBeacon } from '@/browser/bundled'
import type { ControlMessages } from '@/lib/a11y/preferences'
import { t } from '@/lib/i18n'
import { feedAlternates, siteUrl } from '@/lib/metadata'
import { relatedLinks, siteSettings } from '@/lib/queries/globals'
import { readSummary } from '@/lib/stats/service'
import './globals.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await siteSettings()
  const name = settings.portalName || t.site.defaultName
  return {
    metadataBase: siteUrl(),
    title: { default: name, template: `%s — ${name}` },
    description: settings.agency ?? undefined,
    openGraph: { siteName: name, locale: 'vi_VN', type: 'website' },
    alternates: { types: feedAlternates() },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

const Layout = async ({ children }: { children: React.ReactNode }) => {
  const [settings, links, stats, draft] = await Promise.all([
    siteSettings(),
    relatedLinks(),
    readSummary(),
    draftMode(),
  ])
  return (
    // The pre-paint script sets the reader's text size and contrast on <html> before React runs.
    <html lang="vi" suppressHydrationWarning>
      <head>
        <script id="ntm-prepaint" dangerouslySetInnerHTML={{ __html: prePaint }} />
      </head>
      <body>
        <a className="skip-link" href="#noi-dung">
          {t.site.skipToContent}
        </a>
        <SiteHeader portalName={settings.portalName || t.site.defaultName} agency={settings.agency} />
        <main id="noi-dung" className="container site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} links={links.links} stats={stats} />
        {draft.isEnabled ? <LivePreviewRefresh /> : null}
        {/* Page scripts: TypeScript in browser/, bundled by scripts/bundleBrowser.ts. */}
        <script
          id="ntm-controls"
          data-messages={JSON.stringify({
            announceSize: t.a11y.announceSize,
            announceHigh: t.a11y.announceHigh,
            announceNormal: t.a11y.announceNormal,
          } satisfies ControlMessages)}
          dangerouslySetInnerHTML={{ __html: displayControls }}
        />
        <script id="ntm-stats" dangerouslySetInnerHTML={{ __html: statsBeacon }} />
      </body>
    </html>
  )
}

export default Layout
