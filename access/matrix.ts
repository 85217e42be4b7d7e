/**
 * The access matrix: what each principal may do with each collection and global. The newsroom's
 * and partners' contract, written once: test/int/accessMatrix.test.ts checks every cell against
 * the access rule the collection or global actually has (one test per cell; a collection or
 * global without a row fails), and the README's table is rendered from it (`accessMatrixTable`,
 * checked by a unit test).
 *
 * Verdicts: `all`; `none`; `published` (published documents only); `own unpublished` (documents
 * the journalist authors that are not live); `own uploads` (media they uploaded, and
 * hooks/mediaInUse.ts refuses the change while a published article shows it); `self` (their own
 * account).
 */
export const PRINCIPALS = [
  'anonymous',
  'partner',
  'journalist',
  'editor',
  'admin',
  'site journalist',
  'site editor',
] as const
export type Principal = (typeof PRINCIPALS)[number]

export const VERDICTS = [
  'all',
  'none',
  'published',
  'own unpublished',
  'own uploads',
  'self',
  'published or own sites',
  'own sites',
  'own unpublished in own sites',
  'own uploads in own sites',
] as const
export type Verdict = (typeof VERDICTS)[number]

export const OPERATIONS = ['read', 'create', 'update', 'delete', 'readVersions', 'unlock'] as const
export type Operation = (typeof OPERATIONS)[number]

type Cells = Record<Principal, Verdict>
export type Row = Partial<Record<Operation, Cells>>

/**
 * One verdict per principal, in the order of PRINCIPALS. journalist, editor and admin hold
 * their role province-wide (every site); "site journalist" and "site editor" hold it on one
 * site only (rows of their account's `tenants`).
 */
const by = (
  anonymous: Verdict,
  partner: Verdict,
  journalist: Verdict,
  editor: Verdict,
  admin: Verdict,
  siteJournalist: Verdict,
  siteEditor: Verdict,
): Cells => ({
  anonymous,
  partner,
  journalist,
  editor,
  admin,
  'site journalist': siteJournalist,
  'site editor': siteEditor,
})

const everyone = by('all', 'all', 'all', 'all', 'all', 'all', 'all')
const nobody = by('none', 'none', 'none', 'none', 'none', 'none', 'none')
const staff = by('none', 'none', 'all', 'all', 'all', 'all', 'all')
/** Province-wide editors: the shared registry, settings, statistics. */
const editors = by('none', 'none', 'none', 'all', 'all', 'none', 'none')
const admins = by('none', 'none', 'none', 'none', 'all', 'none', 'none')
/** Editors of the document's site. */
const siteEditors = by('none', 'none', 'none', 'all', 'all', 'none', 'own sites')

/** Content the public reads and the newsroom edits. */
const editorial: Row = { read: everyone, create: editors, update: editors, delete: editors }
/** Rows written only by the server itself (statistics, the server layer's tables). */
const serverOwned = (readers: Cells): Row => ({
  read: readers,
  create: nobody,
  update: nobody,
  delete: nobody,
})

export const COLLECTION_ACCESS: Record<string, Row> = {
  articles: {
    read: by(
      'published',
      'published',
      'all',
      'all',
      'all',
      'published or own sites',
      'published or own sites',
    ),
    create: staff,
    update: by('none', 'none', 'own unpublished', 'all', 'all', 'own unpublished in own sites', 'own sites'),
    delete: siteEditors,
    readVersions: by('none', 'none', 'all', 'all', 'all', 'own sites', 'own sites'),
  },
  categories: editorial,
  communes: { ...editorial, readVersions: staff },
  criteria: editorial,
  'criteria-sets': editorial,
  events: { read: everyone, create: siteEditors, update: siteEditors, delete: siteEditors },
  media: {
    read: everyone,
    create: staff,
    update: by('none', 'none', 'own uploads', 'all', 'all', 'own uploads in own sites', 'own sites'),
    delete: siteEditors,
  },
  // Sites: public (readers and partners filter by site); province admins manage them; never deleted.
  tenants: { read: everyone, create: admins, update: admins, delete: nobody },
  users: {
    read: by('none', 'none', 'self', 'self', 'all', 'self', 'self'),
    create: admins,
    update: by('none', 'none', 'self', 'self', 'all', 'self', 'self'),
    delete: admins,
    unlock: admins,
  },
  partners: { read: admins, create: admins, update: admins, delete: admins },
  'partner-usage': { read: admins, create: nobody, update: nobody, delete: admins },
  // Written only by hooks; kept for AUDIT_RETENTION_DAYS, then removed by the server.
  'audit-log': { read: admins, create: nobody, update: nobody, delete: nobody },
  'stats-counters': serverOwned(editors),
  'stats-pages': serverOwned(editors),
  'stats-salts': serverOwned(nobody),
  'stats-visitors': serverOwned(nobody),
  'content-changes': serverOwned(nobody),
  'rate-limits': serverOwned(nobody),
}

export const GLOBAL_ACCESS: Record<string, { read: Cells; update: Cells }> = {
  'site-settings': { read: everyone, update: admins },
  'related-links': { read: everyone, update: editors },
}

/** The matrix as Markdown tables, for the README. */
export const accessMatrixTable = (): string => {
  const short: Record<Verdict, string> = {
    all: '✓',
    none: '–',
    published: 'published',
    'own unpublished': 'own, not live',
    'own uploads': 'own uploads, not live',
    self: 'own account',
    'published or own sites': 'published, and all of own sites',
    'own sites': 'own sites',
    'own unpublished in own sites': 'own, not live, own sites',
    'own uploads in own sites': 'own uploads, not live, own sites',
  }
  const lines = [
    `| Collection / global | Operation | ${PRINCIPALS.join(' | ')} |`,
    `|---|---|${PRINCIPALS.map(() => '---').join('|')}|`,
  ]
  const rows: [string, Partial<Record<string, Cells>>][] = [
    ...Object.entries(COLLECTION_ACCESS),
    ...Object.entries(GLOBAL_ACCESS).map(([slug, row]): [string, Partial<Record<string, Cells>>] => [
      `${slug} (global)`,
      row,
    ]),
  ]
  for (const [slug, row] of rows) {
    for (const operation of OPERATIONS) {
      const cells = row[operation]
      if (cells)
        lines.push(`| ${slug} | ${operation} | ${PRINCIPALS.map((p) => short[cells[p]]).join(' | ')} |`)
    }
  }
  return lines.join('\n')
}
