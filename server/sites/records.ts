import type { SiteEntry } from '../../lib/sites/directory'
import type { LayerDatabase } from '../database'

/**
 * The sites' records as the server layer reads them: straight from the database (the layer runs
 * outside Next's bundle, where Payload lives), one small module per engine. Read at start and
 * again whenever a change to a site is published (server/main.ts).
 */
export type SiteRecords = () => Promise<SiteEntry[]>

export const openSiteRecords = async (database: LayerDatabase): Promise<SiteRecords> =>
  database.engine === 'sqlite'
    ? (await import('./sqlite')).sqliteSiteRecords(database.client)
    : (await import('./mongo')).mongoSiteRecords(database.db)
