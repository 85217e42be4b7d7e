import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  COLLECTION_ACCESS,
  GLOBAL_ACCESS,
  OPERATIONS,
  type Principal,
  PRINCIPALS,
  type Verdict,
} from '../../access/matrix'
import { publishedOnlyWhere } from '../../access/rules'
import { type Staff, withStaffPayload } from '../helpers/payload'

/**
 * One test per cell of the access matrix (access/matrix.ts): the access rule each collection and
 * global really has, asked as each principal, must answer what the matrix says. Payload's own
 * collections (`payload-*`) are left to the server layer's API policy (access/apiSurface.ts and
 * test/http/accessHoles.test.ts); every other collection and global must have a row.
 */
let payload: Payload
let staff: Staff

withStaffPayload((p, s) => {
  payload = p
  staff = s
})

/** The one site the "site" principals work for. */
const SITE = 7

const userOf = (principal: Principal): Record<string, unknown> | null => {
  if (principal === 'anonymous') return null
  if (principal === 'partner') return { id: 1, collection: 'partners', name: 'Báo', enabled: true }
  if (principal === 'site journalist' || principal === 'site editor') {
    const role = principal === 'site editor' ? 'editor' : 'journalist'
    return { ...staff.journalist2, role: null, tenants: [{ tenant: SITE, role }], collection: 'users' }
  }
  return { ...staff[principal], collection: 'users' }
}

/** What an access rule's answer means, in the matrix's words. */
const verdictOf = (result: unknown, user: Record<string, unknown> | null): Verdict | string => {
  if (result === true) return 'all'
  if (result === false) return 'none'
  const json = JSON.stringify(result)
  if (json === JSON.stringify(publishedOnlyWhere)) return 'published'
  const site = JSON.stringify({ in: [SITE] })
  if (json === `{"or":[${JSON.stringify(publishedOnlyWhere)},{"tenant":${site}}]}`)
    return 'published or own sites'
  if (json === `{"tenant":${site}}` || json === `{"version.tenant":${site}}`) return 'own sites'
  // An editor of the site: all of it (their own drafts there are part of it).
  if (json.startsWith(`{"or":[{"tenant":${site}},`)) return 'own sites'
  const inSite = json.endsWith(`{"tenant":${site}}]}`)
  if (user && inSite && json.includes(`{"uploadedBy":{"equals":${JSON.stringify(user.id)}}}`))
    return 'own uploads in own sites'
  if (
    user &&
    inSite &&
    json.includes(`"authors":{"contains":${JSON.stringify(user.id)}}`) &&
    json.includes('"_status":{"not_equals":"published"}')
  )
    return 'own unpublished in own sites'
  if (user && json === JSON.stringify({ id: { equals: user.id } })) return 'self'
  if (user && json === JSON.stringify({ uploadedBy: { equals: user.id } })) return 'own uploads'
  if (
    user &&
    json.includes(`"authors":{"contains":${JSON.stringify(user.id)}}`) &&
    json.includes('"_status":{"not_equals":"published"}')
  )
    return 'own unpublished'
  return `an answer the matrix has no word for: ${json}`
}

const ask = async (rule: unknown, principal: Principal) => {
  if (typeof rule !== 'function') return 'no rule'
  const user = userOf(principal)
  const result = await rule({ req: { user, payload, context: {}, headers: new Headers() } })
  return verdictOf(result, user)
}

const own = (slug: string) => !slug.startsWith('payload-')

describe('the access matrix has a row for everything', () => {
  it('every collection and global', () => {
    const collections = payload.config.collections.map((c) => c.slug).filter(own)
    expect(collections.sort()).toEqual(Object.keys(COLLECTION_ACCESS).sort())
    expect(payload.config.globals.map((g) => g.slug).sort()).toEqual(Object.keys(GLOBAL_ACCESS).sort())
  })

  it('and a versions row for every collection with versions', () => {
    for (const collection of payload.config.collections.filter((c) => own(c.slug) && c.versions)) {
      expect(COLLECTION_ACCESS[collection.slug].readVersions, collection.slug).toBeDefined()
    }
  })
})

const collectionCells = Object.entries(COLLECTION_ACCESS).flatMap(([slug, row]) =>
  OPERATIONS.flatMap((operation) =>
    row[operation]
      ? PRINCIPALS.map((principal) => [slug, operation, principal, row[operation]![principal]] as const)
      : [],
  ),
)

describe('each collection cell', () => {
  it.each(collectionCells)('%s %s by %s: %s', async (slug, operation, principal, expected) => {
    const collection = payload.config.collections.find((c) => c.slug === slug)
    expect(collection, slug).toBeDefined()
    expect(await ask((collection!.access as Record<string, unknown>)[operation], principal)).toBe(expected)
  })
})

const globalCells = Object.entries(GLOBAL_ACCESS).flatMap(([slug, row]) =>
  (['read', 'update'] as const).flatMap((operation) =>
    PRINCIPALS.map((principal) => [slug, operation, principal, row[operation][principal]] as const),
  ),
)

describe('each global cell', () => {
  it.each(globalCells)('%s %s by %s: %s', async (slug, operation, principal, expected) => {
    const global = payload.config.globals.find((g) => g.slug === slug)
    expect(await ask((global!.access as Record<string, unknown>)[operation], principal)).toBe(expected)
  })
})
