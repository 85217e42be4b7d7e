import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { articleEditor } from './fields/richText'
import { globals } from './globals'
import { fieldErrorsInResponse } from './hooks/fieldErrorsInResponse'
import { databaseAdapter } from './lib/db/adapter'
import { payloadSecret } from './lib/env'
import { adminI18n, adminTimezones } from './lib/i18n/admin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    timezones: adminTimezones,
    meta: { titleSuffix: ' — NTM Portal' },
  },
  collections,
  globals,
  editor: articleEditor,
  db: databaseAdapter(),
  secret: payloadSecret(),
  i18n: adminI18n,
  hooks: { afterError: [fieldErrorsInResponse] },
  sharp,
  serverURL: process.env.SERVER_URL || undefined,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  jobs: {
    // Scheduled publishing runs inside the server process: no external scheduler to set up.
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  },
})
