import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  PUBLIC_COLLECTIONS,
  PUBLIC_GLOBALS,
  STAFF_COLLECTIONS,
  VERSIONED_COLLECTIONS,
} from '../../access/apiSurface'
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

  it('lists the collections that keep versions', () => {
    const versioned = payload.config.collections.filter((c) => c.versions).map((c) => c.slug)
    expect(versioned.sort()).toEqual([...VERSIONED_COLLECTIONS].sort())
  })

  it('lists every global, public exactly when anonymous readers may read it', async () => {
    expect(payload.config.globals.map((global) => global.slug).sort()).toEqual([...PUBLIC_GLOBALS].sort())
    for (const global of payload.config.globals)
      expect(await anonymousMayRead(global.access.read), global.slug).toBe(true)
  })
})
