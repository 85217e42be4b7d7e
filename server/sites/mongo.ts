import type { Db, ObjectId } from 'mongodb'

import { MONGO_COLLECTIONS } from '../../lib/db/rawSchema'
import type { SiteEntry } from '../../lib/sites/directory'
import type { SiteRecords } from './records'

type SiteDocument = {
  _id: ObjectId
  slug: string
  name: string
  kind: string
  hosts?: { host?: string }[]
  archivedFrom?: Date | string | null
}

export const mongoSiteRecords =
  (db: Db): SiteRecords =>
  async () => {
    const docs = await db
      .collection<SiteDocument>(MONGO_COLLECTIONS.tenants)
      .find({}, { projection: { slug: 1, name: 1, kind: 1, hosts: 1, archivedFrom: 1 } })
      .sort({ _id: 1 })
      .toArray()
    return docs.map((doc): SiteEntry => ({
      id: doc._id.toString(),
      slug: doc.slug,
      name: doc.name,
      kind: doc.kind,
      hosts: (doc.hosts ?? []).flatMap((row) => (row.host ? [row.host.trim().toLowerCase()] : [])),
      archivedFrom: doc.archivedFrom ? new Date(doc.archivedFrom).toISOString() : null,
    }))
  }
