import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_idx\` ON \`articles\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_createdAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`category__status_publishedAt_createdAt_idx\` ON \`articles\` (\`category_id\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`updatedAt_createdAt_idx\` ON \`articles\` (\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version_tenant_id\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_version_createdAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_articles_v\` (\`version_category_id\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_updatedAt_version_createdAt_idx\` ON \`_articles_v\` (\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_startsAt_createdAt_idx\` ON \`events\` (\`tenant_id\`,\`starts_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`startsAt_createdAt_idx\` ON \`events\` (\`starts_at\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`category__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`updatedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version_updatedAt_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant_startsAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`startsAt_createdAt_idx\`;`)
}
