import type { Media } from '../payload-types'

/**
 * The banner's mark: the site's uploaded logo, or a neutral default (a rice sprout in a ring:
 * the rural programme, not any state emblem, which a portal must not imitate). Decorative: the
 * agency and portal names beside it say who this is.
 */
export const SiteEmblem = ({ logo }: { logo: Media | null }) =>
  logo?.url ? (
    // A small fixed-size mark, the same file at every width: a plain <img>, loaded at once.
    // eslint-disable-next-line @next/next/no-img-element
    <img className="site-emblem" src={logo.url} alt="" width={64} height={64} />
  ) : (
    <svg
      className="site-emblem"
      viewBox="0 0 64 64"
      width="64"
      height="64"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="32" cy="32" r="29" fill="none" stroke="currentColor" strokeWidth="4" />
      <path d="M32 50V24" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
      <path d="M32 36c-8 0-13-5-14-12 8 0 13 5 14 12Z" fill="currentColor" />
      <path d="M32 30c8 0 13-5 14-12-8 0-13 5-14 12Z" fill="currentColor" />
      <path d="M22 50h20" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
    </svg>
  )
