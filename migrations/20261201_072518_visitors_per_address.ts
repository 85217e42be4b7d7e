import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`stats_visitors\` ADD \`address\` text;`)
  await db.run(sql`CREATE INDEX \`stats_visitors_address_idx\` ON \`stats_visitors\` (\`address\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`stats_visitors_address_idx\`;`)
  await db.run(sql`ALTER TABLE \`stats_visitors\` DROP COLUMN \`address\`;`)
}
