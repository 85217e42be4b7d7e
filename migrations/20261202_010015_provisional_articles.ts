import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`provisional\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_provisional_idx\` ON \`articles\` (\`provisional\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_provisional\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_provisional_idx\` ON \`_articles_v\` (\`version_provisional\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_provisional_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`provisional\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_provisional_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_provisional\`;`)
}
