import './fonts.css'

import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import type React from 'react'

import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { displayControls, prePaint, siteMenu, statsBeacon } from '@/browser/bundled'
import type { ControlMessages } from '@/lib/a11y/preferences'
import { t } from '@/lib/i18n'
import { feedAlternates } from '@/lib/metadata'
import { statsKeyOf } from '@/lib/sites'
import { siteIdentity } from '@/lib/sites/identity'
import { type SiteParams, siteOf } from '@/lib/sites/registry'
import { readSummary } from '@/lib/stats/service'
import './globals.css'

type Props = SiteParams & { children: React.ReactNode }

export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: SiteParams): Promise<Metadata> => {
  const { links } = await siteOf(params)
  const identity = await siteIdentity()
  return {
    metadataBase: new URL(links.absolute('/')),
    title: { default: identity.name, template: `%s — ${identity.name}` },
    description: identity.agency ?? undefined,
    openGraph: { siteName: identity.name, locale: 'vi_VN', type: 'website' },
    alternates: { types: feedAlternates() },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

const Layout = async ({ children, params }: Props) => {
  const context = await siteOf(params)
  const [identity, stats, draft] = await Promise.all([
    siteIdentity(),
    readSummary(statsKeyOf(context.site, context.isProvince)),
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
        <SiteHeader portalName={identity.name} agency={identity.agency} logo={identity.logo} />
        <main id="noi-dung" className="container site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter identity={identity} stats={stats} />
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
        <script id="ntm-menu" dangerouslySetInnerHTML={{ __html: siteMenu }} />
        <script
          id="ntm-stats"
          data-base={context.directory.prefixOf(context.site)}
          dangerouslySetInnerHTML={{ __html: statsBeacon }}
        />
      </body>
    </html>
  )
}

export default Layout
