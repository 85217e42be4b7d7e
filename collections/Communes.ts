import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type FieldHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { anyone, isEditor, isStaff } from '../access/rules'
import { vietnameseSlugField } from '../fields/slug'
import { foldedTitleSearch } from '../hooks/foldedTitleSearch'
import { fillSearchText, omitSearchText, searchTextField } from '../fields/searchText'
import { nonNegativeInteger } from '../fields/validators'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label, message, options, rowLabels } from '../lib/i18n'
import { type AttainmentRow, criteriaMet, duplicateRowIndexes } from '../lib/programme/attainment'
import { type RelationValue, relationId } from '../lib/relations'
import { previewAdmin } from '../lib/preview/links'
import { revalidateHooks } from '../hooks/revalidate'
import { routes } from '../lib/routes'

type CommuneData = {
  attainment?: AttainmentRow[] | null
  criteriaSet?: RelationValue
}

/** Each (criterion, level) once, and only criteria of the commune's own set. */
const validateAttainment: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const rows = (data as CommuneData | undefined)?.attainment
  if (!rows?.length) return data
  const setId = relationId(
    (data as CommuneData).criteriaSet ?? (originalDoc as CommuneData | undefined)?.criteriaSet,
  )
  const errors = duplicateRowIndexes(rows).map((index) => ({
    path: `attainment.${index}.criterion`,
    message: message(req, (d) => d.errors.duplicateAttainment),
  }))
  if (setId !== undefined) {
    const ids = [...new Set(rows.map((row) => relationId(row.criterion)).filter((id) => id !== undefined))]
    const { docs } = await req.payload.find({
      collection: 'criteria',
      req,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      select: { set: true },
      where: { id: { in: ids } },
    })
    const inSet = new Set(
      docs
        .filter((c) => String(relationId(c.set as RelationValue)) === String(setId))
        .map((c) => String(c.id)),
    )
    rows.forEach((row, index) => {
      const id = relationId(row.criterion)
      if (id !== undefined && !inSet.has(String(id))) {
        errors.push({
          path: `attainment.${index}.criterion`,
          message: message(req, (d) => d.errors.criterionNotInSet),
        })
      }
    })
  }
  if (errors.length) throw new ValidationError({ collection: 'communes', errors, req })
  return data
}

/** The counts and the met-criteria list are derived from the attainment table on every save. */
const deriveProgress: CollectionBeforeChangeHook = ({ data }) => {
  const rows = (data as CommuneData).attainment
  const ntm = criteriaMet(rows, 'ntm')
  return {
    ...data,
    metCriteria: ntm,
    progress: {
      ...(data.progress ?? {}),
      ntmMet: ntm.length,
      nangCaoMet: criteriaMet(rows, 'nang-cao').length,
    },
  }
}

const criteriaSetOf = async (req: PayloadRequest, id: number | string) => {
  const commune = await req.payload.findByID({
    collection: 'communes',
    id,
    req,
    overrideAccess: true,
    depth: 0,
    select: { criteriaSet: true },
    disableErrors: true,
  })
  return relationId(commune?.criteriaSet)
}

/** Criteria in the commune's set, counted once per request (a list of 22 communes asks once). */
const totalCriteriaInSet: FieldHook = async ({ data, req }) => {
  const doc = data as (CommuneData & { id?: number | string }) | undefined
  // A read that selects `progress` but not `criteriaSet` (`?select[progress]=true`) still gets
  // the total of the commune's own set: the set is looked up, once per commune.
  const setId =
    doc && !('criteriaSet' in doc) && doc.id !== undefined
      ? await criteriaSetOf(req, doc.id)
      : relationId(doc?.criteriaSet)
  if (setId === undefined) return 0
  const cache = ((req.context.criteriaTotals as Map<string, Promise<number>>) ??= new Map())
  const key = String(setId)
  if (!cache.has(key)) {
    cache.set(
      key,
      req.payload
        .count({ collection: 'criteria', req, overrideAccess: true, where: { set: { equals: setId } } })
        .then((result) => result.totalDocs),
    )
  }
  return cache.get(key)
}

const computed = { readOnly: true, position: 'sidebar' } as const

export const Communes: CollectionConfig = {
  slug: 'communes',
  // Populated in an article or an event: its name, link and standing, never its criteria table
  // or its lists of articles and events (each a query of its own).
  defaultPopulate: { name: true, slug: true, kind: true, status: true, progress: true },
  labels: collectionLabels((d) => d.collections.communes),
  admin: {
    ...previewAdmin(routes.commune),
    useAsTitle: 'name',
    group: label((d) => d.groups.programme),
    defaultColumns: ['name', 'kind', 'status', 'progress', 'updatedAt'],
  },
  defaultSort: 'name',
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
    // The history of attainment is staff's (the public page's chart reads it with the server's rights).
    readVersions: isStaff,
  },
  // Every change of attainment stays on record.
  versions: { maxPerDoc: 0 },
  hooks: {
    beforeOperation: [foldedTitleSearch('name')],
    beforeValidate: [normalizeCollectionText, validateAttainment],
    beforeChange: [
      deriveProgress,
      fillSearchText((doc) => [
        doc.name,
        (doc.history as { mergedIntoName?: string } | undefined)?.mergedIntoName,
      ]),
    ],
    afterRead: [omitSearchText],
    ...revalidateHooks,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label((d) => d.fields.name) },
    vietnameseSlugField({ collection: 'communes', useAsSlug: 'name' }),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'xa',
          options: options('communeKind'),
          label: label((d) => d.fields.kind),
        },
        {
          name: 'criteriaSet',
          type: 'relationship',
          relationTo: 'criteria-sets',
          required: true,
          label: label((d) => d.fields.criteriaSet),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'chua-dat',
          index: true,
          options: options('ntmStatus'),
          label: label((d) => d.fields.status),
        },
        {
          name: 'recognitionYear',
          type: 'number',
          min: 2010,
          max: 2100,
          validate: nonNegativeInteger,
          label: label((d) => d.fields.recognitionYear),
        },
        { name: 'recognitionDecision', type: 'text', label: label((d) => d.fields.recognitionDecision) },
      ],
    },
    {
      name: 'target',
      type: 'group',
      label: label((d) => d.fields.target),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'level',
              type: 'select',
              options: options('ntmStatus').filter((o) => o.value !== 'chua-dat'),
              label: label((d) => d.fields.targetLevel),
            },
            {
              name: 'year',
              type: 'number',
              min: 2010,
              max: 2100,
              validate: nonNegativeInteger,
              label: label((d) => d.fields.targetYear),
            },
          ],
        },
      ],
    },
    {
      name: 'attainmentTable',
      type: 'ui',
      admin: { components: { Field: '/components/admin/AttainmentTable#AttainmentTable' } },
    },
    {
      name: 'attainment',
      type: 'array',
      label: label((d) => d.fields.attainment),
      labels: rowLabels(
        (d) => d.fields.attainmentRow,
        (d) => d.fields.attainment,
      ),
      admin: {
        description: label((d) => d.help.attainment),
        initCollapsed: true,
        components: { RowLabel: '/components/admin/RowLabels#AttainmentRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'criterion',
              type: 'relationship',
              relationTo: 'criteria',
              required: true,
              label: label((d) => d.fields.criterion),
              filterOptions: ({ data }) => {
                const setId = relationId((data as CommuneData)?.criteriaSet)
                return setId === undefined ? true : { set: { equals: setId } }
              },
            },
            {
              name: 'level',
              type: 'select',
              required: true,
              defaultValue: 'ntm',
              options: options('attainmentLevel'),
              label: label((d) => d.fields.level),
            },
            {
              name: 'achieved',
              type: 'checkbox',
              defaultValue: false,
              label: label((d) => d.fields.achieved),
            },
            { name: 'assessedOn', type: 'date', label: label((d) => d.fields.assessedOn) },
          ],
        },
        { name: 'note', type: 'text', label: label((d) => d.fields.note) },
      ],
    },
    {
      name: 'progress',
      type: 'group',
      label: label((d) => d.fields.progress),
      admin: { ...computed, description: label((d) => d.help.progress) },
      fields: [
        {
          name: 'ntmMet',
          type: 'number',
          defaultValue: 0,
          label: label((d) => d.fields.ntmMet),
          admin: { readOnly: true },
        },
        {
          name: 'nangCaoMet',
          type: 'number',
          defaultValue: 0,
          label: label((d) => d.fields.nangCaoMet),
          admin: { readOnly: true },
        },
        {
          name: 'total',
          type: 'number',
          virtual: true,
          label: label((d) => d.fields.criteriaTotal),
          admin: { readOnly: true },
          hooks: { afterRead: [totalCriteriaInSet] },
        },
      ],
    },
    {
      name: 'metCriteria',
      type: 'relationship',
      relationTo: 'criteria',
      hasMany: true,
      label: label((d) => d.fields.metCriteria),
      admin: computed,
    },
    {
      name: 'history',
      type: 'group',
      label: label((d) => d.fields.history),
      admin: { description: label((d) => d.help.history) },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'validFrom', type: 'date', label: label((d) => d.fields.validFrom) },
            { name: 'validTo', type: 'date', label: label((d) => d.fields.validTo) },
          ],
        },
        { name: 'mergedIntoName', type: 'text', label: label((d) => d.fields.mergedIntoName) },
        { name: 'mergerDecision', type: 'text', label: label((d) => d.fields.mergerDecision) },
        { name: 'note', type: 'textarea', label: label((d) => d.fields.note) },
      ],
    },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'communes',
      defaultSort: '-publishedAt',
      defaultLimit: 20,
      label: label((d) => d.fields.articles),
    },
    {
      name: 'events',
      type: 'join',
      collection: 'events',
      on: 'communes',
      defaultSort: '-startsAt',
      defaultLimit: 20,
      label: label((d) => d.collections.events.plural),
    },
    searchTextField,
  ],
}
