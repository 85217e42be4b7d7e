import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  PUBLIC_COLLECTIONS,
  PUBLIC_GLOBALS,
  STAFF_COLLECTIONS,
  VERSIONED_COLLECTIONS,
  VERSIONED_GLOBALS,
} from '../../access/apiSurface'
import { COLLECTION_ROUTES, ENDPOINT_ACCESS } from '../../access/endpoints'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * The server layer's lists of the API surface (access/apiSurface.ts) against the Payload config:
 * every collection and global is listed, and listed as partner-readable exactly when an
 * anonymous request may read it.
 */
let test: TestPayload
let payload: Payload

beforeAll(async () => {
  test = await startPayload()
  payload = test.payload
})

afterAll(async () => {
  await test?.close()
})

const anonymousMayRead = async (access: unknown): Promise<boolean> => {
  if (typeof access !== 'function') return false
  const verdict = await access({ req: { user: null, payload, context: {} } })
  return verdict !== false
}

describe('the API surface the server layer knows', () => {
  it('lists every collection, public exactly when anonymous readers may read it', async () => {
    const listed = new Set<string>([...PUBLIC_COLLECTIONS, ...STAFF_COLLECTIONS])
    for (const collection of payload.config.collections) {
      expect(listed.has(collection.slug), `${collection.slug} is not in access/apiSurface.ts`).toBe(true)
      expect(
        await anonymousMayRead(collection.access.read),
        `${collection.slug}: anonymous read vs PUBLIC_COLLECTIONS`,
      ).toBe((PUBLIC_COLLECTIONS as readonly string[]).includes(collection.slug))
    }
    for (const slug of listed) {
      expect(
        payload.config.collections.some((collection) => collection.slug === slug),
        slug,
      ).toBe(true)
    }
  })

  it('lists the collections and globals that keep versions', () => {
    const versioned = payload.config.collections.filter((c) => c.versions).map((c) => c.slug)
    expect(versioned.sort()).toEqual([...VERSIONED_COLLECTIONS].sort())
    const globals = payload.config.globals.filter((g) => g.versions).map((g) => g.slug)
    expect(globals.sort()).toEqual([...VERSIONED_GLOBALS].sort())
  })

  it('closes paste-url because no upload collection fetches from URLs', () => {
    expect(
      payload.config.collections.filter((c) => c.upload && c.upload.pasteURL).map((c) => c.slug),
    ).toEqual([])
  })

  it('lists every global, public exactly when anonymous readers may read it', async () => {
    expect(payload.config.globals.map((global) => global.slug).sort()).toEqual([...PUBLIC_GLOBALS].sort())
    for (const global of payload.config.globals)
      expect(await anonymousMayRead(global.access.read), global.slug).toBe(true)
  })
})

describe('the endpoint matrix (access/endpoints.ts)', () => {
  const routesOfConfig = () => {
    const routes = new Set<string>()
    for (const collection of payload.config.collections)
      for (const endpoint of collection.endpoints || []) routes.add(`${endpoint.method} ${endpoint.path}`)
    for (const global of payload.config.globals)
      for (const endpoint of global.endpoints || []) routes.add(`global ${endpoint.method} ${endpoint.path}`)
    for (const endpoint of payload.config.endpoints || [])
      routes.add(`root ${endpoint.method} ${endpoint.path}`)
    return routes
  }

  it('has a row for every route Payload and the config add', () => {
    const inTable = new Set(ENDPOINT_ACCESS.map((row) => row.route))
    expect([...routesOfConfig()].filter((route) => !inTable.has(route))).toEqual([])
  })

  it('reaches each route every collection has at least once', () => {
    const inTable = new Set(ENDPOINT_ACCESS.map((row) => row.route))
    expect(COLLECTION_ROUTES.filter((route) => !inTable.has(route))).toEqual([])
  })
})
