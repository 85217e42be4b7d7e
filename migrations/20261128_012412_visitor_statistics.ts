import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`stats_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`period\` text NOT NULL,
  	\`visits\` numeric DEFAULT 0 NOT NULL,
  	\`page_views\` numeric DEFAULT 0 NOT NULL,
  	\`bots\` numeric DEFAULT 0 NOT NULL,
  	\`rate_limited\` numeric DEFAULT 0 NOT NULL,
  	\`declined\` numeric DEFAULT 0 NOT NULL,
  	\`ignored\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stats_counters_period_idx\` ON \`stats_counters\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`stats_counters_updated_at_idx\` ON \`stats_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stats_counters_created_at_idx\` ON \`stats_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`stats_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`stats_pages_day_idx\` ON \`stats_pages\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`stats_pages_updated_at_idx\` ON \`stats_pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stats_pages_created_at_idx\` ON \`stats_pages\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_path_idx\` ON \`stats_pages\` (\`day\`,\`path\`);`)
  await db.run(sql`CREATE TABLE \`stats_visitors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hash\` text NOT NULL,
  	\`last_seen\` numeric NOT NULL,
  	\`minute\` numeric NOT NULL,
  	\`minute_views\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stats_visitors_hash_idx\` ON \`stats_visitors\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`stats_visitors_last_seen_idx\` ON \`stats_visitors\` (\`last_seen\`);`)
  await db.run(sql`CREATE TABLE \`stats_salts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`salt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stats_salts_day_idx\` ON \`stats_salts\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`stats_salts_updated_at_idx\` ON \`stats_salts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stats_salts_created_at_idx\` ON \`stats_salts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_counters_id\` integer REFERENCES stats_counters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_pages_id\` integer REFERENCES stats_pages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_visitors_id\` integer REFERENCES stats_visitors(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stats_salts_id\` integer REFERENCES stats_salts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_visitors_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_visitors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stats_salts_id_idx\` ON \`payload_locked_documents_rels\` (\`stats_salts_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`statistics_total_offset\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`statistics_honour_do_not_track\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`stats_counters\`;`)
  await db.run(sql`DROP TABLE \`stats_pages\`;`)
  await db.run(sql`DROP TABLE \`stats_visitors\`;`)
  await db.run(sql`DROP TABLE \`stats_salts\`;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communes_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`criteria_id\`) REFERENCES \`criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`criteria_sets_id\`) REFERENCES \`criteria_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "events_id", "categories_id", "media_id", "communes_id", "criteria_id", "criteria_sets_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "events_id", "categories_id", "media_id", "communes_id", "criteria_id", "criteria_sets_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`statistics_total_offset\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`statistics_honour_do_not_track\`;`)
}
