import type { Payload } from 'payload'

import { FIRST_SITE } from '../lib/sites/defaultSite'
import type { Commune, Media } from '../payload-types'
import { MERGER_DECISION } from './data/communes'
import { ARCHIVE_SITE, COMMUNE_SITES, paragraphs, PROVINCE_ARTICLE, PROVINCE_SITE } from './data/sites'
import type { Ensure } from './index'
import { editorState } from './lexical'

/** IDs as the generated types have them (numbers on SQLite; MongoDB's strings pass through). */
type Id = Media['id']
export type DemoSites = { province: Id; archive: Id; communes: Map<string, Id> }

/**
 * The demo's sites. The install's first site (made by the migration or at start) becomes the
 * province's office while it still has its default name; the others are made when missing.
 */
export const seedSites = async (payload: Payload, ensure: Ensure): Promise<DemoSites> => {
  const { docs } = await payload.find({
    collection: 'tenants',
    sort: 'id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const first = docs[0]
  let province: Id
  if (first && first.slug === FIRST_SITE.slug) {
    await payload.update({ collection: 'tenants', id: first.id, overrideAccess: true, data: PROVINCE_SITE })
    province = first.id
  } else {
    province = await ensure('tenants', { slug: { equals: PROVINCE_SITE.slug } }, () =>
      payload.create({ collection: 'tenants', overrideAccess: true, data: PROVINCE_SITE }),
    )
  }
  const archive = await ensure('tenants', { slug: { equals: ARCHIVE_SITE.slug } }, () =>
    payload.create({ collection: 'tenants', overrideAccess: true, data: ARCHIVE_SITE }),
  )
  const communes = new Map<string, Id>()
  for (const site of COMMUNE_SITES) {
    communes.set(
      site.slug,
      await ensure('tenants', { slug: { equals: site.slug } }, () =>
        payload.create({
          collection: 'tenants',
          overrideAccess: true,
          data: { name: site.name, slug: site.slug, kind: 'xa', address: site.address },
        }),
      ),
    )
  }
  return { province, archive, communes }
}

/** Each merged commune's registry entry, news and event, and the province's own article. */
export const seedSiteContent = async (
  payload: Payload,
  ensure: Ensure,
  args: {
    sites: DemoSites
    criteriaSet: Id
    category: Id
    attainment: (met: number) => NonNullable<Commune['attainment']>
  },
) => {
  const { sites } = args
  for (const site of COMMUNE_SITES) {
    const siteId = sites.communes.get(site.slug) as Id
    const communeId = await ensure('communes', { slug: { equals: site.commune.slug } }, () =>
      payload.create({
        collection: 'communes',
        overrideAccess: true,
        data: {
          name: site.name,
          slug: site.commune.slug,
          kind: 'xa',
          criteriaSet: args.criteriaSet,
          status: site.commune.status,
          attainment: args.attainment(site.commune.ntmMet),
          history: {
            validFrom: '2025-07-01T00:00:00.000Z',
            mergerDecision: MERGER_DECISION,
            note: `Hình thành từ: ${site.commune.formedFrom.join(', ')}.`,
          },
        },
      }),
    )
    // The site speaks for its registry entry.
    await payload.update({
      collection: 'tenants',
      id: siteId,
      overrideAccess: true,
      data: { commune: communeId },
    })
    for (const article of site.articles) {
      await ensure('articles', { slug: { equals: article.slug } }, () =>
        payload.create({
          collection: 'articles',
          overrideAccess: true,
          data: {
            tenant: siteId,
            title: article.title,
            slug: article.slug,
            summary: article.summary,
            _status: 'published',
            publishedAt: article.publishedAt,
            category: args.category,
            communes: [communeId],
            body: editorState(paragraphs(article.body)),
          },
        }),
      )
    }
    await ensure('events', { slug: { equals: site.event.slug } }, () =>
      payload.create({
        collection: 'events',
        overrideAccess: true,
        data: {
          ...site.event,
          tenant: siteId,
          kind: 'hoi-nghi',
          organiser: site.name,
          startsAt_tz: 'Asia/Ho_Chi_Minh',
          endsAt_tz: 'Asia/Ho_Chi_Minh',
          communes: [communeId],
        },
      }),
    )
  }
  await ensure('articles', { slug: { equals: PROVINCE_ARTICLE.slug } }, () =>
    payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        tenant: sites.province,
        title: PROVINCE_ARTICLE.title,
        slug: PROVINCE_ARTICLE.slug,
        summary: PROVINCE_ARTICLE.summary,
        _status: 'published',
        publishedAt: PROVINCE_ARTICLE.publishedAt,
        category: args.category,
        body: editorState(PROVINCE_ARTICLE.body),
      },
    }),
  )
}
