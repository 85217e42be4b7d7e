import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`day_path_idx\`;`)
  await db.run(sql`ALTER TABLE \`stats_pages\` ADD \`site\` text DEFAULT 'default' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`stats_pages_site_idx\` ON \`stats_pages\` (\`site\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_day_path_idx\` ON \`stats_pages\` (\`site\`,\`day\`,\`path\`);`)
  await db.run(sql`DROP INDEX \`stats_counters_period_idx\`;`)
  await db.run(sql`ALTER TABLE \`stats_counters\` ADD \`site\` text DEFAULT 'default' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`stats_counters_site_idx\` ON \`stats_counters\` (\`site\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_period_idx\` ON \`stats_counters\` (\`site\`,\`period\`);`)
  await db.run(sql`CREATE INDEX \`stats_counters_period_idx\` ON \`stats_counters\` (\`period\`);`)
  await db.run(sql`ALTER TABLE \`stats_visitors\` ADD \`site\` text DEFAULT 'default' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`stats_visitors_site_idx\` ON \`stats_visitors\` (\`site\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`stats_counters_site_idx\`;`)
  await db.run(sql`DROP INDEX \`site_period_idx\`;`)
  await db.run(sql`DROP INDEX \`stats_counters_period_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`stats_counters_period_idx\` ON \`stats_counters\` (\`period\`);`)
  await db.run(sql`ALTER TABLE \`stats_counters\` DROP COLUMN \`site\`;`)
  await db.run(sql`DROP INDEX \`stats_pages_site_idx\`;`)
  await db.run(sql`DROP INDEX \`site_day_path_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_path_idx\` ON \`stats_pages\` (\`day\`,\`path\`);`)
  await db.run(sql`ALTER TABLE \`stats_pages\` DROP COLUMN \`site\`;`)
  await db.run(sql`DROP INDEX \`stats_visitors_site_idx\`;`)
  await db.run(sql`ALTER TABLE \`stats_visitors\` DROP COLUMN \`site\`;`)
}
