import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

/**
 * Payload's own dependency checker refuses any @payloadcms/* package whose version is not
 * payload's; it is turned off (payload.config.ts) because `@payloadcms/storage-s3`'s newest
 * release lags payload by a patch. This test keeps what the checker guarded, from the lockfile
 * that `npm ci` installs: every other @payloadcms/* package is payload's version exactly, the two
 * storage packages are the same minor version, and none of them brings a second copy of payload,
 * its UI or its translations (package.json `overrides`), which would split the admin's React
 * contexts and Payload's config in two.
 */
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>
}
const installed = Object.entries(lock.packages).filter(([where]) => where.startsWith('node_modules/'))
const payloadVersion = lock.packages['node_modules/payload'].version!
const LAGGING = new Set(['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage'])
const SINGLE = ['payload', '@payloadcms/ui', '@payloadcms/translations', '@payloadcms/next']

const nameOf = (where: string) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)
const minor = (version: string) => version.split('.').slice(0, 2).join('.')

describe('Payload packages installed together (package-lock.json)', () => {
  it("are payload's version, the storage adapter at least its minor version", () => {
    const payloadPackages = installed.filter(([where]) => nameOf(where).startsWith('@payloadcms/'))
    expect(payloadPackages.length).toBeGreaterThan(5)
    for (const [where, { version }] of payloadPackages) {
      if (LAGGING.has(nameOf(where))) expect(minor(version!), where).toBe(minor(payloadVersion))
      else expect(version, where).toBe(payloadVersion)
    }
  })

  it('hold one copy each of payload, its UI, its translations and its Next integration', () => {
    for (const name of SINGLE) {
      expect(installed.filter(([where]) => nameOf(where) === name).map(([where]) => where)).toEqual([
        `node_modules/${name}`,
      ])
    }
  })
})
