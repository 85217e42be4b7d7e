import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { closeSearchIndex } from '../../lib/search/engine'
import type { User } from '../../payload-types'
import { mongoDatabase, TEST_ENGINE } from './engine'

export { TEST_ENGINE } from './engine'

export type TestPayload = { payload: Payload; dir: string; close: () => Promise<void> }

/**
 * A real Payload on a fresh database (schema pushed, as in development): a temporary SQLite
 * file, or a new MongoDB database (TEST_ENGINE). The config reads its environment when imported,
 * so it is imported after the environment is set.
 */
export const startPayload = async (): Promise<TestPayload> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ntm-int-'))
  process.env.DATABASE_URI =
    TEST_ENGINE === 'mongodb'
      ? mongoDatabase(
          process.env.TEST_DATABASE_URI as string,
          `ntm_int_${path.basename(dir).replace(/\W/g, '_')}`,
        )
      : `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    close: async () => {
      await closeSearchIndex(payload)
      if (TEST_ENGINE === 'mongodb') {
        await (
          payload.db as unknown as { connection: { db: { dropDatabase: () => Promise<unknown> } } }
        ).connection.db.dropDatabase()
      }
      await payload.destroy()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

let userCounter = 0

const createUser = async (payload: Payload, role: User['role']): Promise<User> => {
  userCounter += 1
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: `${role}-${userCounter}@test.example`,
      password: 'Mat-khau-thu-nghiem-1',
      displayName: `${role} ${userCounter}`,
      role,
    },
  })
}

export type Staff = { admin: User; editor: User; journalist: User; journalist2: User }

/** One account per role. The admin comes first: the first account of a portal is made admin. */
export const createStaff = async (payload: Payload): Promise<Staff> => {
  const admin = await createUser(payload, 'admin')
  return {
    admin,
    editor: await createUser(payload, 'editor'),
    journalist: await createUser(payload, 'journalist'),
    journalist2: await createUser(payload, 'journalist'),
  }
}

/**
 * A fresh Payload with one account per role for this test file: started before its tests,
 * closed after them. `ready` receives both once they exist.
 */
export const withStaffPayload = (ready: (payload: Payload, staff: Staff) => void): void => {
  let ctx: TestPayload | undefined
  beforeAll(async () => {
    ctx = await startPayload()
    ready(ctx.payload, await createStaff(ctx.payload))
  })
  afterAll(async () => ctx?.close())
}
