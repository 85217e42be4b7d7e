import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

/**
 * Three suites, all in `npm test`: unit (pure functions), int (a real Payload on a fresh
 * temporary SQLite file per test file) and http (the production build served by `next start`
 * on a free port). The browser suite has its own command because it needs Chromium.
 */
export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.join(root, 'payload.config.ts'), '@/': `${root}/` },
  },
  test: {
    pool: 'forks',
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          globalSetup: ['test/helpers/engineNotice.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'http',
          include: ['test/http/**/*.test.ts'],
          globalSetup: ['test/helpers/engineNotice.ts', 'test/http/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Needs Debian's Chromium: run by `npm run test:browser`, not by `npm test`.
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/http/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
