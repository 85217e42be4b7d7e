import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { vietnameseSortKey } from '../lib/vi/sortKey'

/** The names already stored get their keys here; new saves fill them (fields/sortKey.ts). */
const BACKFILL = [
  ['categories', 'name', 'sort_key'],
  ['communes', 'name', 'sort_key'],
  ['_communes_v', 'version_name', 'version_sort_key'],
  ['tenants', 'name', 'sort_key'],
  ['users', 'display_name', 'sort_key'],
] as const

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`categories\` ADD \`sort_key\` text;`)
  await db.run(sql`CREATE INDEX \`categories_sort_key_idx\` ON \`categories\` (\`sort_key\`);`)
  await db.run(sql`ALTER TABLE \`communes\` ADD \`sort_key\` text;`)
  await db.run(sql`CREATE INDEX \`communes_sort_key_idx\` ON \`communes\` (\`sort_key\`);`)
  await db.run(sql`ALTER TABLE \`_communes_v\` ADD \`version_sort_key\` text;`)
  await db.run(sql`CREATE INDEX \`_communes_v_version_version_sort_key_idx\` ON \`_communes_v\` (\`version_sort_key\`);`)
  await db.run(sql`ALTER TABLE \`tenants\` ADD \`sort_key\` text;`)
  await db.run(sql`CREATE INDEX \`tenants_sort_key_idx\` ON \`tenants\` (\`sort_key\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`sort_key\` text;`)
  await db.run(sql`CREATE INDEX \`users_sort_key_idx\` ON \`users\` (\`sort_key\`);`)
  for (const [table, source, target] of BACKFILL) {
    const rows = await db.all<{ id: number; name: string | null }>(
      sql.raw(`SELECT id, "${source}" AS name FROM "${table}"`),
    )
    for (const row of rows) {
      if (row.name === null) continue
      await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(target)} = ${vietnameseSortKey(row.name)} WHERE id = ${row.id}`)
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`categories_sort_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`sort_key\`;`)
  await db.run(sql`DROP INDEX \`communes_sort_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`communes\` DROP COLUMN \`sort_key\`;`)
  await db.run(sql`DROP INDEX \`_communes_v_version_version_sort_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_communes_v\` DROP COLUMN \`version_sort_key\`;`)
  await db.run(sql`DROP INDEX \`tenants_sort_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`tenants\` DROP COLUMN \`sort_key\`;`)
  await db.run(sql`DROP INDEX \`users_sort_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`sort_key\`;`)
}
