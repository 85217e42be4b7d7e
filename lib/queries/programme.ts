import type { Commune, Criterion, CriteriaSet } from '../../payload-types'
import { programmeFigures } from '../programme/figures'
import { byVietnameseName } from '../vi/collate'
import { cachedRead } from './cache'
import { findBySlug, payloadClient } from './payload'

const COMMUNE_LIST_FIELDS = {
  name: true,
  slug: true,
  kind: true,
  status: true,
  recognitionYear: true,
  target: true,
  progress: true,
  criteriaSet: true,
  history: true,
} as const

export const communes = cachedRead('communes', ['communes', 'criteria'], async (): Promise<Commune[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'communes',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: COMMUNE_LIST_FIELDS,
  })
  return byVietnameseName(docs as Commune[])
})

/** Ids, names and slugs only, in Vietnamese order: what a filter's options need (the search page). */
export const communeNames = cachedRead(
  'communeNames',
  ['communes'],
  async (): Promise<{ id: number; name: string; slug: string }[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'communes',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true, slug: true },
    })
    return docs.map(({ id, name, slug }) => ({ id, name, slug }))
  },
)

export const communeBySlug = cachedRead(
  'communeBySlug',
  ['communes', 'criteria', 'criteria-sets'],
  (slug: string): Promise<Commune | undefined> =>
    findBySlug('communes', slug, { depth: 1, joins: { articles: false, events: false } }),
)

export type ProgressPoint = { at: string; ntmMet: number; nangCaoMet: number }

/**
 * A commune's criteria met over time, from its versions (every save is one). Versions are staff
 * data, so only the counts and assessment dates are read, and only of a commune the reader can
 * see. A point is dated by the latest assessment it records (when the criteria were assessed),
 * or else by when it was saved.
 */
export const communeProgress = cachedRead(
  'communeProgress',
  ['communes'],
  async (communeId: number | string): Promise<ProgressPoint[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.findVersions({
      collection: 'communes',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      sort: 'updatedAt',
      where: { parent: { equals: communeId } },
      select: { version: { progress: true, attainment: true }, updatedAt: true },
    })
    const assessedAt = (rows: Commune['attainment']): string | undefined =>
      (rows ?? [])
        .map((row) => row.assessedOn)
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1)
    return docs.map((doc) => ({
      at: assessedAt(doc.version.attainment) ?? doc.updatedAt,
      ntmMet: doc.version.progress?.ntmMet ?? 0,
      nangCaoMet: doc.version.progress?.nangCaoMet ?? 0,
    }))
  },
)

export const programmeOverview = cachedRead('programmeOverview', ['communes', 'criteria'], async () =>
  programmeFigures(await communes()),
)

export const criteriaSets = cachedRead(
  'criteriaSets',
  ['criteria-sets'],
  async (): Promise<CriteriaSet[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'criteria-sets',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: '-validFrom',
      joins: { criteria: false },
    })
    return docs
  },
)

export const criteriaOfSet = cachedRead(
  'criteriaOfSet',
  ['criteria', 'criteria-sets'],
  async (setId: number | string): Promise<Criterion[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'criteria',
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'number',
      where: { set: { equals: setId } },
      joins: { communesMeeting: false },
    })
    return docs
  },
)

export const criterionBySlug = cachedRead(
  'criterionBySlug',
  ['criteria', 'criteria-sets', 'communes'],
  (slug: string): Promise<Criterion | undefined> =>
    findBySlug('criteria', slug, { depth: 1, joins: { communesMeeting: { limit: 200, sort: 'name' } } }),
)

/** The set in force today (validity dates), or else the newest. */
export const currentSet = (sets: CriteriaSet[], now = new Date()): CriteriaSet | undefined =>
  sets.find(
    (set) =>
      (!set.validFrom || new Date(set.validFrom) <= now) && (!set.validTo || now <= new Date(set.validTo)),
  ) ?? sets[0]
