import type { SanitizedConfig } from 'payload'

import { searchTextField } from '../../fields/searchText'

const SEARCH_TEXT = (searchTextField as { name: string }).name

type Field = {
  name?: string
  type: string
  hidden?: boolean
  hasMany?: boolean
  options?: (string | { value: string; label?: unknown })[]
  fields?: Field[]
  tabs?: (Field & { name?: string })[]
  access?: { read?: unknown }
  virtual?: boolean | string
}

type JsonSchema = Record<string, unknown>

/** An option's label as the portal shows it: Vietnamese (labels are per language in lib/i18n). */
const vietnameseLabel = (label: unknown): string | undefined =>
  typeof label === 'string'
    ? label
    : label && typeof label === 'object' && typeof (label as { vi?: unknown }).vi === 'string'
      ? (label as { vi: string }).vi
      : undefined

/** The public collections and globals partners read (issue 6's contract). */
export const PUBLIC_COLLECTIONS = [
  'articles',
  'communes',
  'criteria',
  'criteria-sets',
  'events',
  'categories',
  'media',
]
export const PUBLIC_GLOBALS = ['site-settings', 'related-links']

const relation: JsonSchema = {
  oneOf: [{ type: 'integer' }, { type: 'string' }, { type: 'object' }, { type: 'null' }],
  description: 'An ID, or the related document when populated (depth ≥ 1)',
}

/**
 * A field as JSON Schema. Left out: fields only staff can read (partners never get them) and
 * the folded search text (stripped from every answer by an afterRead hook).
 */
const fieldSchema = (field: Field): JsonSchema | null => {
  if (field.hidden || field.name === SEARCH_TEXT || field.access?.read) return null
  const many = (schema: JsonSchema): JsonSchema => (field.hasMany ? { type: 'array', items: schema } : schema)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many({ type: ['string', 'null'] })
    case 'date':
      return { type: ['string', 'null'], format: 'date-time' }
    case 'number':
      return many({ type: ['number', 'null'] })
    case 'checkbox':
      return { type: ['boolean', 'null'] }
    case 'select':
    case 'radio': {
      const values = (field.options ?? []).map((o) => (typeof o === 'string' ? { value: o } : o))
      const labels = Object.fromEntries(values.map((o) => [o.value, vietnameseLabel(o.label) ?? o.value]))
      return many({
        type: ['string', 'null'],
        enum: [...values.map((o) => o.value), null],
        // What each value means, as the portal shows it (Redoc and Scalar read x-enumDescriptions).
        description: values.map((o) => `\`${o.value}\`: ${labels[o.value]}`).join('; '),
        'x-enumDescriptions': labels,
      })
    }
    case 'relationship':
    case 'upload':
      return field.hasMany ? { type: 'array', items: relation } : relation
    case 'richText':
      return {
        type: ['object', 'null'],
        description:
          'Lexical JSON; the same as sanitised HTML in the field named like it with "Html" (bodyHtml)',
      }
    case 'json':
      return { type: ['object', 'null'] }
    case 'group':
      return {
        type: ['object', 'null'],
        properties: propertiesOf(field.fields ?? []),
      }
    case 'array':
      return {
        type: ['array', 'null'],
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            ...propertiesOf(field.fields ?? []),
          },
        },
      }
    case 'join':
      return { type: 'object', description: 'Related documents (join)' }
    default:
      return {}
  }
}

/** Rows, collapsibles and unnamed tabs only lay fields out: their fields sit at the same level. */
const entriesOf = (fields: Field[]): [string, JsonSchema][] =>
  fields.flatMap((field): [string, JsonSchema][] => {
    if (field.type === 'row' || field.type === 'collapsible') return entriesOf(field.fields ?? [])
    if (field.type === 'tabs') {
      return (field.tabs ?? []).flatMap((tab) =>
        tab.name
          ? [[tab.name, fieldSchema({ ...tab, type: 'group' }) ?? {}] as [string, JsonSchema]]
          : entriesOf(tab.fields ?? []),
      )
    }
    if (!field.name || field.type === 'ui') return []
    const schema = fieldSchema(field)
    return schema ? [[field.name, schema]] : []
  })

const propertiesOf = (fields: Field[]): Record<string, JsonSchema> => Object.fromEntries(entriesOf(fields))

const documentSchema = (fields: Field[], drafts: boolean): JsonSchema => ({
  type: 'object',
  properties: {
    id: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    ...propertiesOf(fields),
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    ...(drafts ? { _status: { type: 'string', enum: ['published'] } } : {}),
  },
})

const listParameters = [
  {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 0, maximum: 100 },
    description: 'At most 100',
  },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  {
    name: 'depth',
    in: 'query',
    schema: { type: 'integer', minimum: 0, maximum: 3 },
    description: 'At most 3',
  },
  { name: 'sort', in: 'query', schema: { type: 'string' }, description: 'A field name, "-" for descending' },
  {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    schema: { type: 'object' },
    description: 'where[field][operator]=value',
  },
]

const errors = {
  '400': { description: 'Malformed query (message in errors[0].message)' },
  '429': { description: 'Rate limit reached; see Retry-After' },
}

/**
 * The OpenAPI 3.1 description of the public read API, generated from the collection and global
 * configs, so it cannot drift from them.
 */
export const openApiDocument = (
  config: Pick<SanitizedConfig, 'collections' | 'globals'>,
  serverUrl: string,
  /** The public page for partners (/doi-tac) of the site serving this document. */
  guideUrl: string,
) => {
  const schemas: Record<string, JsonSchema> = {}
  const paths: Record<string, unknown> = {}
  for (const collection of config.collections.filter((c) => PUBLIC_COLLECTIONS.includes(c.slug))) {
    const name = collection.slug
    schemas[name] = documentSchema(
      collection.fields as unknown as Field[],
      Boolean(collection.versions?.drafts),
    )
    const ref = { $ref: `#/components/schemas/${name}` }
    paths[`/api/${name}`] = {
      get: {
        summary: `Published ${name}`,
        parameters: listParameters,
        responses: {
          '200': {
            description: 'A page of documents',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    docs: { type: 'array', items: ref },
                    totalDocs: { type: 'integer' },
                    limit: { type: 'integer' },
                    page: { type: 'integer' },
                    totalPages: { type: 'integer' },
                    hasNextPage: { type: 'boolean' },
                    hasPrevPage: { type: 'boolean' },
                  },
                },
              },
            },
          },
          ...errors,
        },
      },
    }
    paths[`/api/${name}/{id}`] = {
      get: {
        summary: `One published document of ${name}`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          listParameters[2],
        ],
        responses: {
          '200': { description: 'The document', content: { 'application/json': { schema: ref } } },
          '404': { description: 'No such published document' },
          ...errors,
        },
      },
    }
  }
  for (const global of config.globals.filter((g) => PUBLIC_GLOBALS.includes(g.slug))) {
    const globalSchema = documentSchema(global.fields as unknown as Field[], false)
    ;(globalSchema.properties as Record<string, JsonSchema>).globalType = {
      type: 'string',
      const: global.slug,
    }
    schemas[`global-${global.slug}`] = globalSchema
    paths[`/api/globals/${global.slug}`] = {
      get: {
        summary: `The ${global.slug} global`,
        responses: {
          '200': {
            description: 'The global',
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/global-${global.slug}` } },
            },
          },
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'NTM Portal — public API',
      version: '1',
      description:
        'Published content only, from every site of the install (filter by site with where[tenant][equals]=<id>). Send a key as "Authorization: partners API-Key <key>". Rich text comes as Lexical JSON and as sanitised HTML (bodyHtml); media URLs are absolute.',
    },
    externalDocs: { description: 'Hướng dẫn cho đối tác', url: guideUrl },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas,
      securitySchemes: { partnerKey: { type: 'apiKey', in: 'header', name: 'Authorization' } },
    },
  }
}
