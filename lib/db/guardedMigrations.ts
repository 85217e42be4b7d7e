import type { Payload, PayloadRequest } from 'payload'

import { destructiveAllowed, destructiveReason, destructiveRefusal } from './migrationSafety'

type UpArgs = { payload: Payload; req: PayloadRequest }

/**
 * The committed migrations as Payload runs them (at start in production, and `npm run migrate`):
 * one that would drop or rewrite data refuses to run over a database holding content (any
 * account) unless ALLOW_DESTRUCTIVE_MIGRATIONS=1. A new install has nothing to lose.
 */
export const guardedMigrations = <M extends { name: string; up: (args: never) => Promise<void> }>(
  migrations: M[],
): M[] =>
  migrations.map((migration) =>
    destructiveReason(migration.name) === null
      ? migration
      : {
          ...migration,
          up: async (args: UpArgs) => {
            if (!destructiveAllowed()) {
              const { totalDocs } = await args.payload.count({ collection: 'users', req: args.req })
              if (totalDocs > 0) throw new Error(destructiveRefusal([migration.name]) ?? '')
            }
            return (migration.up as (args: UpArgs) => Promise<void>)(args)
          },
        },
  )
