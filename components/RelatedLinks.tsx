import { t } from '../lib/i18n'
import { safeHref } from '../lib/routes'
import type { RelatedLink } from '../payload-types'

/**
 * "Liên kết website" as a real list of links (many state portals use a <select> that navigates
 * on change, which keyboard and screen-reader users cannot operate). External links open in the
 * same tab and say they lead elsewhere.
 */
export const RelatedLinks = ({ links }: { links: RelatedLink['links'] }) => {
  const safe = (links ?? []).flatMap((link) => {
    const href = safeHref(link.url)
    return href ? [{ ...link, href }] : []
  })
  if (!safe.length) return null
  return (
    <section className="related-links" aria-labelledby="lien-ket-website">
      <h2 id="lien-ket-website">{t.site.relatedLinks}</h2>
      <ul>
        {safe.map((link) => (
          <li key={link.id ?? link.href}>
            <a href={link.href} rel="noopener noreferrer external">
              {link.label}
              <span className="sr-only"> {t.site.externalLink}</span>
            </a>
            {link.description ? <span className="related-links__description">{link.description}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
