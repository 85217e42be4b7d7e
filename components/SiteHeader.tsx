import Link from 'next/link'

import { t } from '../lib/i18n'
import { STANDINGS } from '../lib/programme/figures'
import { categories } from '../lib/queries/globals'
import { criteriaSets } from '../lib/queries/programme'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'
import type { Media } from '../payload-types'
import { AccessibilityBar } from './AccessibilityBar'
import { standingName } from './CommuneDirectory'
import { SearchForm } from './SearchForm'
import { type NavEntry, SiteNav } from './SiteNav'
import { SiteEmblem } from './SiteEmblem'

const more = (name: string) => t.nav.more.replace('{name}', name)

/** A path's first segment (`''` for the home page): what marks a section in the route tree. */
const sectionOf = (path: string): string => path.split('/')[1] ?? ''

/**
 * The menu's entries and sub-menus. A section is named by the route builders' paths: the first
 * segment of its entry's page, and of the pages that belong to it (a category's page is news).
 */
export const navEntries = async (): Promise<NavEntry[]> => {
  const [allCategories, sets] = await Promise.all([categories(), criteriaSets()])
  return [
    { href: here(routes.home()), text: t.nav.home, segments: [sectionOf(routes.home())] },
    {
      href: here(routes.news()),
      text: t.nav.news,
      segments: [sectionOf(routes.news()), sectionOf(routes.category('-'))],
      moreLabel: more(t.nav.news),
      children: allCategories.map((category) => ({
        href: here(routes.category(category.slug)),
        text: category.name,
      })),
    },
    {
      href: here(routes.communes()),
      text: t.nav.communes,
      segments: [sectionOf(routes.communes())],
      moreLabel: more(t.nav.communes),
      children: STANDINGS.map((standing) => ({
        href: here(routes.communes(standing)),
        text: standingName(standing),
      })),
    },
    {
      href: here(routes.criteriaSets()),
      text: t.nav.criteria,
      segments: [sectionOf(routes.criteriaSets())],
      moreLabel: more(t.nav.criteria),
      children: sets.map((set) => ({ href: here(routes.criteriaSets(set.slug)), text: set.name })),
    },
    { href: here(routes.events()), text: t.nav.events, segments: [sectionOf(routes.events())] },
    { href: here(routes.contact()), text: t.nav.contact, segments: [sectionOf(routes.contact())] },
  ]
}

export const SiteHeader = async ({
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
        <SiteNav label={t.nav.label} entries={await navEntries()} />
        <SearchForm compact />
      </div>
    </div>
  </header>
)
