import * as migration_20261127_233648_initial from './20261127_233648_initial';
import * as migration_20261128_012412_visitor_statistics from './20261128_012412_visitor_statistics';
import * as migration_20261128_015600_newsroom_workflow from './20261128_015600_newsroom_workflow';
import * as migration_20261128_030927_partners from './20261128_030927_partners';
import * as migration_20261201_055027_system_tables from './20261201_055027_system_tables';
import * as migration_20261201_062855_stats_per_site from './20261201_062855_stats_per_site';
import * as migration_20261201_070342_media_uploaded_by from './20261201_070342_media_uploaded_by';
import * as migration_20261201_071850_unlockable_server_tables from './20261201_071850_unlockable_server_tables';
import * as migration_20261201_072518_visitors_per_address from './20261201_072518_visitors_per_address';
import * as migration_20261201_102234_sites from './20261201_102234_sites';
import * as migration_20261201_145821_sites_slug_per_site from './20261201_145821_sites_slug_per_site';
import * as migration_20261202_010015_provisional_articles from './20261202_010015_provisional_articles';
import * as migration_20261202_010159_vietnamese_sort_keys from './20261202_010159_vietnamese_sort_keys';
import * as migration_20261202_013431_list_indexes from './20261202_013431_list_indexes';
import * as migration_20261202_061530_audit_log from './20261202_061530_audit_log';
import * as migration_20261202_155219_media_storage_columns from './20261202_155219_media_storage_columns';

export const migrations = [
  {
    up: migration_20261127_233648_initial.up,
    down: migration_20261127_233648_initial.down,
    name: '20261127_233648_initial',
  },
  {
    up: migration_20261128_012412_visitor_statistics.up,
    down: migration_20261128_012412_visitor_statistics.down,
    name: '20261128_012412_visitor_statistics',
  },
  {
    up: migration_20261128_015600_newsroom_workflow.up,
    down: migration_20261128_015600_newsroom_workflow.down,
    name: '20261128_015600_newsroom_workflow',
  },
  {
    up: migration_20261128_030927_partners.up,
    down: migration_20261128_030927_partners.down,
    name: '20261128_030927_partners',
  },
  {
    up: migration_20261201_055027_system_tables.up,
    down: migration_20261201_055027_system_tables.down,
    name: '20261201_055027_system_tables',
  },
  {
    up: migration_20261201_062855_stats_per_site.up,
    down: migration_20261201_062855_stats_per_site.down,
    name: '20261201_062855_stats_per_site',
  },
  {
    up: migration_20261201_070342_media_uploaded_by.up,
    down: migration_20261201_070342_media_uploaded_by.down,
    name: '20261201_070342_media_uploaded_by',
  },
  {
    up: migration_20261201_071850_unlockable_server_tables.up,
    down: migration_20261201_071850_unlockable_server_tables.down,
    name: '20261201_071850_unlockable_server_tables',
  },
  {
    up: migration_20261201_072518_visitors_per_address.up,
    down: migration_20261201_072518_visitors_per_address.down,
    name: '20261201_072518_visitors_per_address',
  },
  {
    up: migration_20261201_102234_sites.up,
    down: migration_20261201_102234_sites.down,
    name: '20261201_102234_sites',
  },
  {
    up: migration_20261201_145821_sites_slug_per_site.up,
    down: migration_20261201_145821_sites_slug_per_site.down,
    name: '20261201_145821_sites_slug_per_site',
  },
  {
    up: migration_20261202_010015_provisional_articles.up,
    down: migration_20261202_010015_provisional_articles.down,
    name: '20261202_010015_provisional_articles',
  },
  {
    up: migration_20261202_010159_vietnamese_sort_keys.up,
    down: migration_20261202_010159_vietnamese_sort_keys.down,
    name: '20261202_010159_vietnamese_sort_keys',
  },
  {
    up: migration_20261202_013431_list_indexes.up,
    down: migration_20261202_013431_list_indexes.down,
    name: '20261202_013431_list_indexes',
  },
  {
    up: migration_20261202_061530_audit_log.up,
    down: migration_20261202_061530_audit_log.down,
    name: '20261202_061530_audit_log',
  },
  {
    up: migration_20261202_155219_media_storage_columns.up,
    down: migration_20261202_155219_media_storage_columns.down,
    name: '20261202_155219_media_storage_columns'
  },
];
