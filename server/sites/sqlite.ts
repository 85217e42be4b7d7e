import type { Client } from '@libsql/client'

import { RAW_SCHEMA } from '../../lib/db/rawSchema'
import type { SiteEntry } from '../../lib/sites/directory'
import type { SiteRecords } from './records'

const sites = RAW_SCHEMA.tenants
const hosts = RAW_SCHEMA.tenantsHosts
const [id, slug, name, kind, archivedFrom] = sites.columns
const [parent, order, host] = hosts.columns

export const sqliteSiteRecords =
  (client: Client): SiteRecords =>
  async () => {
    const [siteRows, hostRows] = await Promise.all([
      client.execute(
        `SELECT ${id} AS id, ${slug} AS slug, ${name} AS name, ${kind} AS kind, ${archivedFrom} AS archivedFrom FROM ${sites.table} ORDER BY ${id}`,
      ),
      client.execute(
        `SELECT ${parent} AS site, ${host} AS host FROM ${hosts.table} ORDER BY ${parent}, ${order}`,
      ),
    ])
    const hostsOf = new Map<number, string[]>()
    for (const row of hostRows.rows) {
      const list = hostsOf.get(Number(row.site)) ?? []
      list.push(String(row.host).trim().toLowerCase())
      hostsOf.set(Number(row.site), list)
    }
    return siteRows.rows.map((row): SiteEntry => ({
      id: Number(row.id),
      slug: String(row.slug),
      name: String(row.name),
      kind: String(row.kind),
      hosts: hostsOf.get(Number(row.id)) ?? [],
      archivedFrom: row.archivedFrom === null ? null : String(row.archivedFrom),
    }))
  }
