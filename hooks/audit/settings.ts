import type {
  CollectionAfterChangeHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
} from 'payload'

import { recordAudit, titleOf } from '../../lib/audit/record'
import { appendHooks } from '../appendHooks'

/** A change to the portal's settings (a global: the portal's information, its links). */
const globalChanged =
  (slug: string): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await recordAudit(req, { action: 'settings-changed', targetCollection: slug, targetTitle: slug })
    return doc
  }

export const withSettingsAudit = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), globalChanged(global.slug)] },
})

/** A site's settings (its name, hosts, contact details, links): each site is a `tenants` row. */
const siteChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await recordAudit(req, {
    action: 'settings-changed',
    targetCollection: 'tenants',
    targetId: doc.id,
    targetTitle: titleOf(doc),
    site: doc.id,
  })
  return doc
}

export const withSiteSettingsAudit = (collection: CollectionConfig): CollectionConfig =>
  appendHooks(collection, { afterChange: [siteChanged] })
