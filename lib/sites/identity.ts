import type { Media, RelatedLink } from '../../payload-types'
import { t } from '../i18n'
import { cachedRead } from '../queries/cache'
import { relatedLinks, siteSettings } from '../queries/globals'
import { payloadClient } from '../queries/payload'
import { currentSite, type SiteContext } from './registry'

/** Who a site speaks for, as its header and footer show it. */
export type SiteIdentity = {
  name: string
  agency: string | null
  address: string | null
  phone: string | null
  email: string | null
  responsiblePerson: string | null
  licence: string | null
  links: RelatedLink['links']
  archivedFrom: string | null
  /** The site's uploaded logo (its "Đơn vị" record), or null for the neutral default emblem. */
  logo: Media | null
}

const siteRecord = cachedRead('siteRecord', ['tenants', 'media'], async (id: number | string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'tenants',
    overrideAccess: false,
    // The logo, populated; nothing else of the record is a relation.
    depth: 1,
    limit: 1,
    pagination: false,
    where: { id: { equals: id } },
  })
  return docs[0] ?? null
})

/**
 * The site being rendered: the province's is the install's settings (site-settings and the
 * related-links global, as before sites existed); a commune's or an archive's is its own record
 * ("Đơn vị"), with the install's licence line.
 */
export const siteIdentity = async (context: SiteContext = currentSite()): Promise<SiteIdentity> => {
  const { site, isProvince } = context
  const [settings, shared, record] = await Promise.all([siteSettings(), relatedLinks(), siteRecord(site.id)])
  const logo = record?.logo && typeof record.logo === 'object' ? record.logo : null
  if (isProvince) {
    return {
      name: settings.portalName || t.site.defaultName,
      agency: settings.agency ?? null,
      address: settings.address ?? null,
      phone: settings.phone ?? null,
      email: settings.email ?? null,
      responsiblePerson: settings.responsiblePerson ?? null,
      licence: settings.licence ?? null,
      links: shared.links,
      archivedFrom: null,
      logo,
    }
  }
  return {
    name: site.name,
    agency: site.name,
    address: record?.address ?? null,
    phone: record?.phone ?? null,
    email: record?.email ?? null,
    responsiblePerson: null,
    licence: settings.licence ?? null,
    links: record?.links?.length
      ? record.links.map((link) => ({ label: link.label, url: link.url, id: link.id }))
      : shared.links,
    archivedFrom: site.archivedFrom,
    logo,
  }
}
