import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/rules'
import { vietnameseSlugField } from '../fields/slug'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label } from '../lib/i18n'
import { revalidateHooks } from '../hooks/revalidate'

/** A national criteria set: 2021–2025 (QĐ 318/QĐ-TTg) or 2026–2030 (QĐ 51/2025/QĐ-TTg). */
export const CriteriaSets: CollectionConfig = {
  slug: 'criteria-sets',
  labels: collectionLabels((d) => d.collections.criteriaSets),
  admin: {
    useAsTitle: 'name',
    group: label((d) => d.groups.programme),
    defaultColumns: ['name', 'legalBasis', 'validFrom', 'validTo'],
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeValidate: [normalizeCollectionText], ...revalidateHooks },
  fields: [
    { name: 'name', type: 'text', required: true, label: label((d) => d.fields.name) },
    vietnameseSlugField({ collection: 'criteria-sets', useAsSlug: 'name' }),
    { name: 'legalBasis', type: 'text', label: label((d) => d.fields.legalBasis) },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', label: label((d) => d.fields.validFrom) },
        { name: 'validTo', type: 'date', label: label((d) => d.fields.validTo) },
      ],
    },
    { name: 'description', type: 'textarea', label: label((d) => d.fields.description) },
    {
      name: 'criteria',
      type: 'join',
      collection: 'criteria',
      on: 'set',
      defaultSort: 'number',
      defaultLimit: 50,
      label: label((d) => d.collections.criteria.plural),
    },
  ],
}
