import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'

import { anyone, editorOfSite } from '../access/rules'
import { EVENT_SUMMARY_FIELDS } from '../fields/summaries'
import { SLUG_PER_SITE_INDEX, vietnameseSlugField } from '../fields/slug'
import { foldedTitleSearch } from '../hooks/foldedTitleSearch'
import { fillSearchText, omitSearchText, searchTextField } from '../fields/searchText'
import { wholeNumber } from '../fields/validators'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label, message, options } from '../lib/i18n'
import { previewAdmin } from '../lib/preview/links'
import { revalidateHooks } from '../hooks/revalidate'
import { siteRoleOnWrite } from '../hooks/siteWrite'
import { routes } from '../lib/routes'

const endsAfterStart: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const startsAt = data?.startsAt ?? originalDoc?.startsAt
  const endsAt = data?.endsAt ?? originalDoc?.endsAt
  if (startsAt && endsAt && new Date(endsAt) < new Date(startsAt)) {
    throw new ValidationError({
      collection: 'events',
      errors: [{ path: 'endsAt', message: message(req, (d) => d.errors.endsBeforeStarts) }],
      req,
    })
  }
  return data
}

/** Times are stored in UTC and shown, in the admin and on the site, in Việt Nam time. */
const vietnamTime = {
  type: 'date',
  timezone: true,
  admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'HH:mm dd/MM/yyyy' } },
} as const

export const Events: CollectionConfig = {
  slug: 'events',
  // Slugs are unique per site (every site has its own URLs).
  // The lists by start (a site's, the province's); see test/int/queryPlans.test.ts.
  indexes: [
    SLUG_PER_SITE_INDEX,
    { fields: ['tenant', 'startsAt', 'createdAt'] },
    { fields: ['startsAt', 'createdAt'] },
  ],
  // Populated in an article or a commune: what an event list shows, never the event's own joins.
  defaultPopulate: EVENT_SUMMARY_FIELDS,
  labels: collectionLabels((d) => d.collections.events),
  admin: {
    ...previewAdmin(routes.event),
    useAsTitle: 'title',
    group: label((d) => d.groups.content),
    defaultColumns: ['title', 'kind', 'startsAt', 'location'],
  },
  defaultSort: '-startsAt',
  access: { read: anyone, create: editorOfSite, update: editorOfSite, delete: editorOfSite },
  hooks: {
    beforeOperation: [foldedTitleSearch('title')],
    beforeValidate: [normalizeCollectionText, endsAfterStart],
    beforeChange: [
      siteRoleOnWrite(() => 'editor'),
      fillSearchText((doc) => [doc.title, doc.location, doc.organiser, doc.description]),
    ],
    afterRead: [omitSearchText],
    ...revalidateHooks,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label((d) => d.fields.title) },
    vietnameseSlugField({ collection: 'events', perSite: true }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'hoi-nghi',
      options: options('eventKind'),
      label: label((d) => d.fields.kind),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          required: true,
          index: true,
          label: label((d) => d.fields.startsAt),
          ...vietnamTime,
        },
        { name: 'endsAt', label: label((d) => d.fields.endsAt), ...vietnamTime },
      ],
    },
    { name: 'location', type: 'text', label: label((d) => d.fields.location) },
    { name: 'organiser', type: 'text', label: label((d) => d.fields.organiser) },
    {
      name: 'communes',
      type: 'relationship',
      relationTo: 'communes',
      hasMany: true,
      label: label((d) => d.fields.communes),
    },
    {
      name: 'participants',
      label: label((d) => d.fields.participants),
      ...wholeNumber,
    },
    {
      name: 'contributions',
      type: 'group',
      label: label((d) => d.fields.contributions),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'fromResidents', label: label((d) => d.fields.fromResidents), ...wholeNumber },
            { name: 'fromOrganisations', label: label((d) => d.fields.fromOrganisations), ...wholeNumber },
          ],
        },
      ],
    },
    { name: 'description', type: 'textarea', label: label((d) => d.fields.description) },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'events',
      defaultSort: '-publishedAt',
      defaultLimit: 20,
      label: label((d) => d.fields.articles),
    },
    searchTextField,
  ],
}
