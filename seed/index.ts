import path from 'node:path'

import type { CollectionSlug, Payload, Where } from 'payload'

import {
  ATTAINMENT_ORDER,
  communes,
  CURRENT_ASSESSMENT,
  DEMO_NOTE,
  MERGER_DECISION,
  MERGER_NOTE,
} from './data/communes'
import { articles, categories, events, media, relatedLinks, siteSettings } from './data/content'
import { criteriaSets, criterionSlug } from './data/criteria'
import { VN_TIME_ZONE } from '../lib/vi/format'
import type { Media } from '../payload-types'
import { editorState, isImage, uploadNode } from './lexical'
import { seedSiteContent, seedSites } from './sites'

// From the project root (the seed may run bundled from another folder).
const mediaDir = path.resolve(process.cwd(), 'seed', 'media')

/** Finds a document (drafts included) by `where`, or makes it with `create`; counts what it made. */
export type Ensure = (
  collection: CollectionSlug,
  where: Where,
  create: () => Promise<{ id: Id }>,
) => Promise<Id>

export type SeedReport = { skipped: boolean; created: Partial<Record<CollectionSlug | 'globals', number>> }

/** IDs as the generated types have them (numbers on SQLite; MongoDB's strings pass through). */
type Id = Media['id']

/**
 * Loads the demo content. Idempotent and non-destructive: a document is created only when no
 * document with its slug (media: filename) exists, globals are filled only while empty, and
 * nothing is ever updated or deleted, so editors' changes survive any number of runs.
 */
export const seedDemo = async (
  payload: Payload,
  /**
   * `sites`: the demo's sites (seed/data/sites.ts): the first site becomes the province's office,
   * the district's content goes to an archived site, and three merged communes get their own.
   * Without it everything goes to the install's first site, as on an install with one site.
   */
  options: { ifEmpty?: boolean; sites?: boolean } = {},
): Promise<SeedReport> => {
  const report: SeedReport = { skipped: false, created: {} }
  if (options.ifEmpty) {
    const { totalDocs } = await payload.count({ collection: 'criteria-sets', overrideAccess: true })
    if (totalDocs > 0) return { ...report, skipped: true }
  }

  const ensure: Ensure = async (
    collection: CollectionSlug,
    where: Where,
    create: () => Promise<{ id: Id }>,
  ): Promise<Id> => {
    const { docs } = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      draft: true,
    })
    if (docs[0]) return docs[0].id
    const doc = await create()
    report.created[collection] = (report.created[collection] ?? 0) + 1
    return doc.id
  }
  const bySlug = (slug: string): Where => ({ slug: { equals: slug } })
  const sites = options.sites ? await seedSites(payload, ensure) : null
  // Where the district's content goes: the archive in the demo, else the install's first site.
  const tenant = sites ? { tenant: sites.archive } : {}

  const mediaIds = new Map<string, Id>()
  for (const item of media) {
    mediaIds.set(
      item.key,
      // `like`: Payload renames a file whose name is taken in the upload folder (name-1.jpg).
      await ensure('media', { filename: { like: item.filename.replace(/\.\w+$/, '') } }, () =>
        payload.create({
          collection: 'media',
          overrideAccess: true,
          data: { alt: item.alt, caption: item.caption, ...tenant },
          filePath: path.join(mediaDir, item.filename),
        }),
      ),
    )
  }

  const categoryIds = new Map<string, Id>()
  for (const category of categories) {
    categoryIds.set(
      category.slug,
      await ensure('categories', bySlug(category.slug), () =>
        payload.create({ collection: 'categories', overrideAccess: true, data: category }),
      ),
    )
  }

  const criterionIds = new Map<string, Id>()
  const setIds = new Map<string, Id>()
  for (const set of criteriaSets) {
    const { criteria, ...setData } = set
    const setId = await ensure('criteria-sets', bySlug(set.slug), () =>
      payload.create({ collection: 'criteria-sets', overrideAccess: true, data: setData }),
    )
    setIds.set(set.slug, setId)
    for (const criterion of criteria) {
      criterionIds.set(
        `${set.slug}#${criterion.number}`,
        await ensure(
          'criteria',
          { and: [{ set: { equals: setId } }, { number: { equals: criterion.number } }] },
          () =>
            payload.create({
              collection: 'criteria',
              overrideAccess: true,
              data: {
                ...criterion,
                set: setId,
                slug: criterionSlug(set.slug, criterion.number, criterion.name),
              },
            }),
        ),
      )
    }
  }

  const set2021 = criteriaSets[0]
  const criterion = (number: number) => criterionIds.get(`${set2021.slug}#${number}`) as Id
  const rows = (level: 'ntm' | 'nang-cao', met: number, on: string) =>
    ATTAINMENT_ORDER.map((number, index) => ({
      criterion: criterion(number),
      level,
      achieved: index < met,
      assessedOn: `${on}T00:00:00.000Z`,
    }))
  const attainment = (kind: string, assessment: { on: string; ntmMet: number; nangCaoMet?: number }) =>
    kind === 'xa'
      ? [
          ...rows('ntm', assessment.ntmMet, assessment.on),
          ...(assessment.nangCaoMet !== undefined
            ? rows('nang-cao', assessment.nangCaoMet, assessment.on)
            : []),
        ]
      : []

  const communeIds = new Map<string, Id>()
  for (const commune of communes) {
    const current = { on: CURRENT_ASSESSMENT, ntmMet: commune.ntmMet, nangCaoMet: commune.nangCaoMet }
    const [first, ...later] = [...(commune.earlier ?? []), current]
    communeIds.set(
      commune.slug,
      await ensure('communes', bySlug(commune.slug), async () => {
        // Each assessment is saved in turn, so the commune's versions record its progress.
        const created = await payload.create({
          collection: 'communes',
          overrideAccess: true,
          data: {
            name: commune.name,
            slug: commune.slug,
            kind: commune.kind,
            criteriaSet: setIds.get(set2021.slug) as Id,
            status: commune.status,
            recognitionYear: commune.recognitionYear,
            target: commune.target,
            attainment: attainment(commune.kind, first),
            history: {
              validTo: '2025-06-30T00:00:00.000Z',
              mergedIntoName: commune.mergedInto,
              mergerDecision: MERGER_DECISION,
              note: `${MERGER_NOTE} ${DEMO_NOTE}`,
            },
          },
        })
        for (const assessment of later) {
          await payload.update({
            collection: 'communes',
            id: created.id,
            overrideAccess: true,
            data: { attainment: attainment(commune.kind, assessment) },
          })
        }
        return created
      }),
    )
  }
  const xaSlugs = communes.filter((c) => c.kind === 'xa').map((c) => c.slug)

  const eventIds = new Map<string, Id>()
  for (const { communeSlugs, ...event } of events) {
    const slugs = communeSlugs === 'all-xa' ? xaSlugs : communeSlugs
    eventIds.set(
      event.slug,
      await ensure('events', bySlug(event.slug), () =>
        payload.create({
          collection: 'events',
          overrideAccess: true,
          data: {
            ...event,
            ...tenant,
            startsAt_tz: VN_TIME_ZONE,
            endsAt_tz: VN_TIME_ZONE,
            communes: slugs.map((slug) => communeIds.get(slug) as Id),
          },
        }),
      ),
    )
  }

  for (const article of articles) {
    await ensure('articles', bySlug(article.slug), () =>
      payload.create({
        collection: 'articles',
        overrideAccess: true,
        draft: article.status === 'draft',
        data: {
          ...tenant,
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          _status: article.status,
          featured: article.featured ?? false,
          publishedAt: article.publishedAt,
          category: categoryIds.get(article.category),
          cover: article.cover ? mediaIds.get(article.cover) : undefined,
          coverCaption: article.coverCaption,
          byline: article.byline,
          source: article.source,
          communes: article.communeSlugs.map((slug) => communeIds.get(slug) as Id),
          criteria: article.criteriaNumbers.map(criterion),
          events: article.eventSlugs.map((slug) => eventIds.get(slug) as Id),
          body: editorState(
            article.body.map((block) =>
              isImage(block) ? uploadNode(mediaIds.get(block.image) as Id, block.caption) : block,
            ),
          ),
        },
      }),
    )
  }

  if (sites) {
    await seedSiteContent(payload, ensure, {
      sites,
      criteriaSet: setIds.get(set2021.slug) as Id,
      category: categoryIds.get(categories[0].slug) as Id,
      attainment: (met: number) => rows('ntm', met, CURRENT_ASSESSMENT),
    })
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  if (!settings.portalName) {
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: siteSettings })
    report.created.globals = (report.created.globals ?? 0) + 1
  }
  const links = await payload.findGlobal({ slug: 'related-links', overrideAccess: true })
  if (!links.links?.length) {
    await payload.updateGlobal({ slug: 'related-links', overrideAccess: true, data: { links: relatedLinks } })
    report.created.globals = (report.created.globals ?? 0) + 1
  }
  return report
}
