import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'
import { committedMigrations, pendingMigrations } from '../../lib/db/migrationNames'
import { destructiveReason, destructiveRefusal, MIGRATION_SAFETY } from '../../lib/db/migrationSafety'

/** The SQL of a migration's `up`, with the template's escaped backticks as written to SQLite. */
const upOf = (name: string): string =>
  fs
    .readFileSync(`migrations/${name}.ts`, 'utf8')
    .split('export async function down')[0]
    .replaceAll('\\`', '`')

/**
 * Statements in `up` that could lose data saved before: a table dropped without being rebuilt
 * (SQLite's `__new_<table>` copy), a column dropped, rows deleted or rewritten, a rename.
 */
const risky = (sql: string): string[] => {
  const rebuilt = new Set([...sql.matchAll(/INSERT INTO `__new_(\w+)`/g)].map((m) => m[1]))
  return [
    ...[...sql.matchAll(/DROP TABLE `(\w+)`/g)].filter((m) => !rebuilt.has(m[1])).map((m) => m[0]),
    ...[...sql.matchAll(/DROP COLUMN|DELETE FROM|RENAME COLUMN|(?<!ON )UPDATE\s+[`$]/g)].map((m) => m[0]),
  ]
}

describe('migrations', () => {
  it('the folder’s migrations are the ones Payload runs, in order', () => {
    expect(committedMigrations()).toEqual(migrations.map((migration) => migration.name))
  })

  it('every migration is reviewed for what it does to saved data, and nothing else is listed', () => {
    expect(Object.keys(MIGRATION_SAFETY).sort()).toEqual(committedMigrations())
  })

  it('a migration with statements that could lose data says why it keeps it, or is marked destructive', () => {
    for (const name of committedMigrations()) {
      const found = risky(upOf(name))
      const safety = MIGRATION_SAFETY[name]
      if (found.length && 'keeps' in safety) {
        // The note must name what the statement does (UPDATE fills, tables rebuilt …).
        expect(safety.keeps, `${name}: ${found.join(', ')}`).toMatch(/UPDATE|rebuilt|column|table/)
      }
    }
  })

  it('finds the statements it looks for', () => {
    expect(risky('DROP TABLE `articles`;')).toEqual(['DROP TABLE `articles`'])
    expect(risky('INSERT INTO `__new_articles` SELECT * FROM `articles`; DROP TABLE `articles`;')).toEqual([])
    expect(risky('ALTER TABLE `x` DROP COLUMN `y`')).toHaveLength(1)
    expect(risky('DELETE FROM `x`')).toHaveLength(1)
    expect(risky('UPDATE `x` SET y = 1')).toHaveLength(1)
    expect(risky('FOREIGN KEY (`a`) REFERENCES `b`(`id`) ON UPDATE no action')).toEqual([])
  })

  it('an unlisted migration counts as destructive; pending ones are found in order', () => {
    expect(destructiveReason('20991231_000000_unknown')).toMatch(/not reviewed/)
    expect(destructiveReason('20261127_233648_initial')).toBeNull()
    expect(pendingMigrations(['a', 'b', 'c'], ['a'])).toEqual(['b', 'c'])
    expect(destructiveRefusal(['20261127_233648_initial'])).toBeNull()
    expect(destructiveRefusal(['20991231_000000_unknown'])).toMatch(
      /^migration 20991231_000000_unknown would drop or rewrite data .*ALLOW_DESTRUCTIVE_MIGRATIONS=1$/,
    )
  })
})
