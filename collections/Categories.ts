import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/rules'
import { vietnameseSlugField } from '../fields/slug'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label } from '../lib/i18n'
import { revalidateHooks } from '../hooks/revalidate'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: collectionLabels((d) => d.collections.categories),
  admin: { useAsTitle: 'name', group: label((d) => d.groups.content) },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeValidate: [normalizeCollectionText], ...revalidateHooks },
  fields: [
    { name: 'name', type: 'text', required: true, label: label((d) => d.fields.name) },
    vietnameseSlugField({ collection: 'categories', useAsSlug: 'name' }),
    { name: 'description', type: 'textarea', label: label((d) => d.fields.description) },
  ],
}
