import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { hasRoleAt } from '../access/roles'
import {
  editorOfSite,
  editorOrOwnDraft,
  isStaff,
  isStaffField,
  publishedOrStaff,
  staffOfSite,
} from '../access/rules'
import { articleEditor } from '../fields/richText'
import { richTextHtmlField } from '../fields/richTextHtml'
import { SLUG_PER_SITE_INDEX, vietnameseSlugField } from '../fields/slug'
import { foldedTitleSearch } from '../hooks/foldedTitleSearch'
import {
  markProvisional,
  notProvisional,
  provisionalField,
  purgeStaleProvisional,
} from '../hooks/provisionalDrafts'
import { fillSearchText, omitSearchText, searchTextField } from '../fields/searchText'
import { httpUrl } from '../fields/validators'
import { syncWorkflow, workflowFields } from '../fields/workflow'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label, message } from '../lib/i18n'
import { lexicalPlainText } from '../lib/lexical/plainText'
import { articleRevalidateHooks } from '../hooks/revalidate'
import { sameSiteLinks, siteRoleOnWrite } from '../hooks/siteWrite'
import { scheduleEndpoint } from '../endpoints/schedule'
import { previewAdmin } from '../lib/preview/links'
import { routes } from '../lib/routes'
import { relationId } from '../lib/relations'

/** Publishing is the decision of an editor of the article's site (the review workflow builds on this rule). */
const onlyEditorsPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const site = relationId(data?.tenant ?? originalDoc?.tenant)
  if (req.user && data?._status === 'published' && !hasRoleAt(req.user, 'editor', site)) {
    throw new APIError(
      message(req, (d) => d.errors.journalistCannotPublish),
      403,
      null,
      true,
    )
  }
  return data
}

/** A new article is credited to whoever writes it, so a journalist can keep editing their draft. */
const creditAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || req.user.collection !== 'users') return data
  const authors = Array.isArray(data.authors) ? data.authors : []
  return authors.length ? data : { ...data, authors: [req.user.id] }
}

/** The date readers see is the first publication, unless an editor sets one. */
const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) =>
  data?._status === 'published' && !data.publishedAt
    ? { ...data, publishedAt: new Date().toISOString() }
    : data

export const Articles: CollectionConfig = {
  slug: 'articles',
  // Slugs are unique per site (every site has its own URLs). The others serve the lists: newest
  // first for a site, the province, a category, and the admin's by last change
  // (test/int/queryPlans.test.ts fails on a list the database would sort whole).
  indexes: [
    SLUG_PER_SITE_INDEX,
    { fields: ['tenant', '_status', 'publishedAt', 'createdAt'] },
    { fields: ['_status', 'publishedAt', 'createdAt'] },
    { fields: ['category', '_status', 'publishedAt', 'createdAt'] },
    { fields: ['updatedAt', 'createdAt'] },
  ],
  labels: collectionLabels((d) => d.collections.articles),
  admin: {
    useAsTitle: 'title',
    group: label((d) => d.groups.content),
    defaultColumns: ['title', 'workflow', 'category', 'publishedAt', 'updatedAt'],
    // The list reads only the columns shown, never the bodies (Payload's Select API for lists).
    enableListViewSelectAPI: true,
    // An opened, untouched "Tạo mới" form is not an article yet (hooks/provisionalDrafts.ts).
    baseFilter: () => notProvisional,
    // The real public page in draft mode (staff session required): see /xem-truoc.
    ...previewAdmin(routes.article),
  },
  defaultSort: '-publishedAt',
  endpoints: [scheduleEndpoint('articles')],
  access: {
    read: publishedOrStaff,
    readVersions: staffOfSite,
    create: isStaff,
    update: editorOrOwnDraft,
    delete: editorOfSite,
  },
  versions: {
    maxPerDoc: 100,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  hooks: {
    beforeOperation: [foldedTitleSearch('title')],
    beforeValidate: [normalizeCollectionText],
    beforeChange: [
      ...articleRevalidateHooks.beforeChange,
      siteRoleOnWrite(() => 'journalist'),
      sameSiteLinks,
      onlyEditorsPublish,
      creditAuthor,
      markProvisional('articles'),
      stampPublishedAt,
      syncWorkflow,
      fillSearchText((doc) => [
        doc.title,
        doc.summary,
        lexicalPlainText(doc.body),
        (doc.source as { name?: string } | undefined)?.name,
      ]),
    ],
    afterRead: [omitSearchText],
    afterChange: [...articleRevalidateHooks.afterChange, purgeStaleProvisional('articles')],
    afterDelete: articleRevalidateHooks.afterDelete,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label((d) => d.fields.title) },
    vietnameseSlugField({ collection: 'articles', perSite: true }),
    { name: 'summary', type: 'textarea', label: label((d) => d.fields.summary) },
    {
      type: 'row',
      fields: [
        { name: 'cover', type: 'upload', relationTo: 'media', label: label((d) => d.fields.cover) },
        { name: 'coverCaption', type: 'text', label: label((d) => d.fields.coverCaption) },
      ],
    },
    { name: 'body', type: 'richText', editor: articleEditor, label: label((d) => d.fields.body) },
    richTextHtmlField({ name: 'bodyHtml', source: 'body', collection: 'articles' }),
    provisionalField,
    {
      name: 'wordCount',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/WordCount#WordCount' } },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      label: label((d) => d.fields.category),
      admin: { position: 'sidebar' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label((d) => d.fields.featured),
      admin: { position: 'sidebar', description: label((d) => d.help.featured) },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label((d) => d.fields.publishedAt),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'communes',
      type: 'relationship',
      relationTo: 'communes',
      hasMany: true,
      label: label((d) => d.fields.communes),
      admin: { position: 'sidebar' },
    },
    {
      name: 'criteria',
      type: 'relationship',
      relationTo: 'criteria',
      hasMany: true,
      label: label((d) => d.fields.criteria),
      admin: { position: 'sidebar' },
    },
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: label((d) => d.fields.events),
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'group',
      label: label((d) => d.fields.source),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label((d) => d.fields.sourceName) },
            {
              name: 'url',
              type: 'text',
              validate: httpUrl,
              label: label((d) => d.fields.sourceUrl),
              admin: { description: label((d) => d.help.sourceUrl) },
            },
          ],
        },
      ],
    },
    {
      name: 'byline',
      type: 'text',
      label: label((d) => d.fields.byline),
      admin: { position: 'sidebar', description: label((d) => d.help.byline) },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: label((d) => d.fields.authors),
      // Staff accounts stay private; readers see the byline.
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
    },
    ...workflowFields,
    searchTextField,
  ],
}
