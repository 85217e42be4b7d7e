import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'

import { anyone, isEditor } from '../access/rules'
import { foldedTitleSearch } from '../hooks/foldedTitleSearch'
import { fillSearchText, omitSearchText, searchTextField } from '../fields/searchText'
import { vietnameseSlugField } from '../fields/slug'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label, message, rowLabels } from '../lib/i18n'
import { relationId } from '../lib/relations'
import { revalidateHooks } from '../hooks/revalidate'

/** The unique index on (set, number) guards the data; this gives the journalist a field error. */
const numberUniqueInSet: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const set = relationId(data?.set ?? originalDoc?.set)
  const number = data?.number ?? originalDoc?.number
  if (set === undefined || typeof number !== 'number') return data
  const { docs } = await req.payload.find({
    collection: 'criteria',
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    where: {
      and: [
        { set: { equals: set } },
        { number: { equals: number } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
  })
  if (docs.length > 0) {
    throw new ValidationError({
      collection: 'criteria',
      errors: [{ path: 'number', message: message(req, (d) => d.errors.duplicateCriterion) }],
      req,
    })
  }
  return data
}

export const Criteria: CollectionConfig = {
  slug: 'criteria',
  // Populated in an article: its name and link, never the communes meeting it (a join).
  defaultPopulate: { name: true, slug: true, number: true, set: true },
  labels: collectionLabels((d) => d.collections.criteria),
  admin: {
    useAsTitle: 'name',
    group: label((d) => d.groups.programme),
    defaultColumns: ['number', 'name', 'set', 'group'],
  },
  defaultSort: 'number',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  indexes: [{ fields: ['set', 'number'], unique: true }],
  hooks: {
    beforeOperation: [foldedTitleSearch('name')],
    beforeValidate: [normalizeCollectionText, numberUniqueInSet],
    beforeChange: [
      fillSearchText((doc) => [
        doc.name,
        (doc.group as { name?: string } | undefined)?.name,
        doc.description,
        ...((doc.indicators as { name?: string }[] | undefined) ?? []).map((i) => i.name),
      ]),
    ],
    afterRead: [omitSearchText],
    ...revalidateHooks,
  },
  fields: [
    {
      name: 'set',
      type: 'relationship',
      relationTo: 'criteria-sets',
      required: true,
      index: true,
      label: label((d) => d.fields.criteriaSet),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          label: label((d) => d.fields.number),
          admin: { width: '20%' },
        },
        { name: 'name', type: 'text', required: true, label: label((d) => d.fields.name) },
      ],
    },
    vietnameseSlugField({ collection: 'criteria', useAsSlug: 'name' }),
    {
      name: 'group',
      type: 'group',
      label: label((d) => d.fields.group),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'code', type: 'text', label: label((d) => d.fields.groupCode) },
            { name: 'name', type: 'text', label: label((d) => d.fields.groupName) },
          ],
        },
      ],
    },
    { name: 'description', type: 'textarea', label: label((d) => d.fields.description) },
    {
      name: 'indicators',
      type: 'array',
      label: label((d) => d.fields.indicators),
      labels: rowLabels(
        (d) => d.fields.indicatorRow,
        (d) => d.fields.indicators,
      ),
      admin: {
        components: {
          RowLabel: {
            path: '/components/admin/RowLabels#TextRowLabel',
            clientProps: { fields: ['code', 'name'] },
          },
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'code',
              type: 'text',
              required: true,
              label: label((d) => d.fields.indicatorCode),
              admin: { width: '15%' },
            },
            { name: 'name', type: 'text', required: true, label: label((d) => d.fields.indicatorName) },
          ],
        },
        { name: 'target', type: 'text', label: label((d) => d.fields.indicatorTarget) },
      ],
    },
    {
      name: 'communesMeeting',
      type: 'join',
      collection: 'communes',
      on: 'metCriteria',
      defaultLimit: 100,
      label: label((d) => d.fields.communesMeeting),
    },
    searchTextField,
  ],
}
