'use client'

import Link from 'next/link'
import { useSelectedLayoutSegments } from 'next/navigation'

/** A menu entry: where it goes, and the route segments (below the site) that belong to it. */
export type NavEntry = {
  href: string
  text: string
  /** First segments of the paths in this section; `''` is the home page. */
  segments: readonly string[]
  /** The sub-menu: a section's parts (categories, standings, criteria sets). */
  children?: readonly { href: string; text: string }[]
  /** The sub-menu button's name ("Các mục của Tin tức"). */
  moreLabel?: string
}

/**
 * The main menu. A client component only for `useSelectedLayoutSegments`, which Next resolves on
 * the server from the route tree (not the request), so the static HTML already carries
 * `aria-current`; readers' pages are sent without the client runtime and never hydrate this.
 * Sub-menus are `<details>`: opened by keyboard (Enter, Space) and pointer without any script;
 * browser/siteMenu.ts adds Escape and closing on a click or focus elsewhere.
 */
export const SiteNav = ({ label, entries }: { label: string; entries: readonly NavEntry[] }) => {
  const [first = '', ...rest] = useSelectedLayoutSegments()
  return (
    <nav aria-label={label}>
      <ul className="site-nav">
        {entries.map((entry) => {
          const inSection = entry.segments.includes(first)
          const current = inSection
            ? rest.length === 0 && first === entry.segments[0]
              ? 'page'
              : 'true'
            : undefined
          return (
            <li key={entry.href} className="site-nav__item">
              <Link href={entry.href} aria-current={current}>
                {entry.text}
              </Link>
              {entry.children?.length ? (
                <details className="site-nav__more" name="site-menu">
                  <summary aria-label={entry.moreLabel} />
                  <ul className="site-nav__sub">
                    {entry.children.map((child) => (
                      <li key={child.href}>
                        <Link href={child.href}>{child.text}</Link>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
