import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact\` text,
  	\`enabled\` integer DEFAULT true,
  	\`daily_limit\` numeric DEFAULT 50000,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partner_usage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`partner_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`requests\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_usage_partner_idx\` ON \`partner_usage\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_usage_day_idx\` ON \`partner_usage\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`partner_usage_updated_at_idx\` ON \`partner_usage\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_usage_created_at_idx\` ON \`partner_usage\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partner_day_idx\` ON \`partner_usage\` (\`partner_id\`,\`day\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partners_id\` integer REFERENCES partners(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partner_usage_id\` integer REFERENCES partner_usage(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_usage_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`partners_id\` integer REFERENCES partners(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_partners_id_idx\` ON \`payload_preferences_rels\` (\`partners_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partner_usage\`;`)
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
  	\`stats_counters_id\` integer,
  	\`stats_pages_id\` integer,
  	\`stats_visitors_id\` integer,
  	\`stats_salts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communes_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`criteria_id\`) REFERENCES \`criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`criteria_sets_id\`) REFERENCES \`criteria_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stats_counters_id\`) REFERENCES \`stats_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stats_pages_id\`) REFERENCES \`stats_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stats_visitors_id\`) REFERENCES \`stats_visitors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stats_salts_id\`) REFERENCES \`stats_salts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "events_id", "categories_id", "media_id", "communes_id", "criteria_id", "criteria_sets_id", "users_id", "stats_counters_id", "stats_pages_id", "stats_visitors_id", "stats_salts_id") SELECT "id", "order", "parent_id", "path", "articles_id", "events_id", "categories_id", "media_id", "communes_id", "criteria_id", "criteria_sets_id", "users_id", "stats_counters_id", "stats_pages_id", "stats_visitors_id", "stats_salts_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_visitors_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_visitors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_salts_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_salts_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
}
