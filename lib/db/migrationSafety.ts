/**
 * What each committed migration does to data already saved: an allow-list. A migration that is
 * not listed counts as destructive. `keeps` says why statements that look like they could lose
 * data do not (test/unit/migrationSafety.test.ts finds such statements in every `up` and fails
 * when one is not explained here); `destructive` says what is dropped or rewritten, and such a
 * migration runs on a database holding content only with ALLOW_DESTRUCTIVE_MIGRATIONS=1, after a
 * backup (README, "Operations → Upgrading").
 */
export type MigrationSafety = { keeps: string } | { destructive: string }

export const MIGRATION_SAFETY: Record<string, MigrationSafety> = {
  '20261127_233648_initial': { keeps: 'creates the schema' },
  '20261128_012412_visitor_statistics': { keeps: 'tables rebuilt with every row copied' },
  '20261128_015600_newsroom_workflow': {
    keeps: 'UPDATE fills the new workflow column from each article’s _status',
  },
  '20261128_030927_partners': { keeps: 'tables rebuilt with every row copied' },
  '20261201_055027_system_tables': { keeps: 'tables rebuilt with every row copied' },
  '20261201_062855_stats_per_site': { keeps: 'adds a site column to the statistics' },
  '20261201_070342_media_uploaded_by': { keeps: 'tables rebuilt with every row copied' },
  '20261201_071850_unlockable_server_tables': { keeps: 'tables rebuilt with every row copied' },
  '20261201_072518_visitors_per_address': { keeps: 'adds a column' },
  '20261201_102234_sites': {
    keeps: 'tables rebuilt with every row copied; UPDATE gives rows without a site the first site',
  },
  '20261201_145821_sites_slug_per_site': { keeps: 'indexes only' },
  '20261202_010015_provisional_articles': { keeps: 'adds a column' },
  '20261202_010159_vietnamese_sort_keys': { keeps: 'UPDATE fills the new sort key columns from the names' },
  '20261202_013431_list_indexes': { keeps: 'indexes only' },
  '20261202_061530_audit_log': { keeps: 'adds a table' },
  '20261202_155219_media_storage_columns': { keeps: 'adds two columns (media in a bucket)' },
}

export const DESTRUCTIVE_FLAG = 'ALLOW_DESTRUCTIVE_MIGRATIONS'

/** Why `name` may lose data, or null when it keeps it. Unlisted migrations are destructive. */
export const destructiveReason = (name: string): string | null => {
  const safety = MIGRATION_SAFETY[name]
  if (!safety) return 'not reviewed (missing from lib/db/migrationSafety.ts)'
  return 'destructive' in safety ? safety.destructive : null
}

export const destructiveAllowed = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env[DESTRUCTIVE_FLAG] === '1' || env[DESTRUCTIVE_FLAG] === 'true'

/** The refusal, in one line, for the first destructive migration among `pending`; null when none. */
export const destructiveRefusal = (pending: readonly string[]): string | null => {
  for (const name of pending) {
    const reason = destructiveReason(name)
    if (reason)
      return `migration ${name} would drop or rewrite data (${reason}): take a backup (npm run backup), then run it with ${DESTRUCTIVE_FLAG}=1`
  }
  return null
}
