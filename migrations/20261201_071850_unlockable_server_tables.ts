import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`events_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	\`communes_id\` integer,
  	\`criteria_id\` integer,
  	\`criteria_sets_id\` integer,
  	\`users_id\` integer,
  	\`partners_id\` integer,
  	\`partner_usage_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communes_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`criteria_id\`) REFERENCES \`criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`criteria_sets_id\`) REFERENCES \`criteria_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_usage_id\`) REFERENCES \`partner_usage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "events_id", "categories_id", "media_id", "communes_id", "criteria_id", "criteria_sets_id", "users_id", "partners_id", "partner_usage_id") SELECT "id", "order", "parent_id", "path", "articles_id", "events_id", "categories_id", "media_id", "communes_id", "criteria_id", "criteria_sets_id", "users_id", "partners_id", "partner_usage_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communes_id_idx\` ON \`payload_locked_documents_rels\` (\`communes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_criteria_id_idx\` ON \`payload_locked_documents_rels\` (\`criteria_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_criteria_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`criteria_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_usage_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_counters_id\` integer REFERENCES stats_counters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_pages_id\` integer REFERENCES stats_pages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_visitors_id\` integer REFERENCES stats_visitors(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_salts_id\` integer REFERENCES stats_salts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`content_changes_id\` integer REFERENCES content_changes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rate_limits_id\` integer REFERENCES rate_limits(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_visitors_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_visitors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_salts_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_salts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`content_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
}
