import type { CollectionConfig } from 'payload'

import { anyone, editorOfSite, editorOrOwnUpload, isStaff } from '../access/rules'
import { absoluteMediaUrls } from '../hooks/absoluteMediaUrls'
import { refuseLiveMediaForJournalists, uploaderOf } from '../hooks/mediaInUse'
import { mediaBucketCheck, mediaStorageCheck } from '../hooks/mediaStorageCheck'
import { missingFileIs404 } from '../hooks/missingFile'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { requiredText } from '../fields/validators'
import { collectionLabels, label } from '../lib/i18n'
import { bucketProbe } from '../lib/mediaBucket'
import { mediaStorage } from '../lib/mediaStorage'
import { mediaDir } from '../lib/uploads'
import { revalidateHooks } from '../hooks/revalidate'
import { siteRoleOnWrite } from '../hooks/siteWrite'

/** Files on this machine's disk, or in a bucket (lib/mediaStorage.ts, lib/mediaStoragePlugin.ts). */
const storage = mediaStorage()

export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels((d) => d.collections.media),
  admin: { group: label((d) => d.groups.content), defaultColumns: ['filename', 'alt', 'caption'] },
  access: {
    read: anyone,
    create: isStaff,
    update: editorOrOwnUpload,
    delete: editorOfSite,
  },
  hooks: {
    beforeOperation: [
      storage.kind === 'disk' ? mediaStorageCheck(mediaDir) : mediaBucketCheck(bucketProbe(storage)),
    ],
    beforeValidate: [normalizeCollectionText],
    beforeChange: [siteRoleOnWrite(() => 'journalist'), refuseLiveMediaForJournalists],
    afterRead: [absoluteMediaUrls],
    ...revalidateHooks,
  },
  upload: {
    staticDir: mediaDir(),
    // A bucket's own handler answers a missing file with a 404 already.
    handlers: storage.kind === 'disk' ? [missingFileIs404(mediaDir)] : [],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    // Sizes for slow rural connections: phones get the small ones.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 225, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'feature', width: 1280 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: label((d) => d.fields.alt),
      admin: { description: label((d) => d.help.alt) },
      validate: requiredText((d) => d.errors.altRequired),
    },
    { name: 'caption', type: 'text', label: label((d) => d.fields.caption) },
    { name: 'credit', type: 'text', label: label((d) => d.fields.credit) },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label((d) => d.fields.uploadedBy),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [uploaderOf] },
    },
  ],
}
