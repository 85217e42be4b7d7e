import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_tenant_idx\` ON \`articles\` (\`slug\`,\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`events_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_tenant_1_idx\` ON \`events\` (\`slug\`,\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_tenant_idx\` ON \`_articles_v\` (\`version_slug\`,\`version_tenant_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`slug_tenant_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`version_slug_version_tenant_idx\`;`)
  await db.run(sql`DROP INDEX \`slug_tenant_1_idx\`;`)
  await db.run(sql`DROP INDEX \`events_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
}
