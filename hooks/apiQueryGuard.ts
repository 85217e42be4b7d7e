import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, NotFound } from 'payload'

import { isStaffUser } from '../access/roles'
import { countPartnerRequest } from '../lib/partners/usage'

/** What one anonymous or partner request may ask for. Staff (the admin) are not capped. */
export const API_LIMITS = { maxLimit: 100, maxDepth: 3 } as const

const WHOLE_NUMBER = /^\d+$/
const MAX_WHOLE = 1_000_000_000
/** Always queryable besides the fields; the version fields for the versions endpoints. */
const BUILT_IN = [
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'version',
  'parent',
  'latest',
  'autosave',
  'snapshot',
]
const COMPARISONS = [
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]

const badRequest = (message: string) => new APIError(message, 400, null, true)

type FieldInfo = { name?: string; type?: string; hasMany?: boolean; collection?: string | string[] }

const fieldsByName = (collection: CollectionConfig): Map<string, FieldInfo> =>
  new Map(
    ((collection as { flattenedFields?: FieldInfo[] }).flattenedFields ?? [])
      .filter((field) => field.name)
      .map((field) => [field.name as string, field]),
  )

const knownPath = (fields: Map<string, FieldInfo>, path: string) => {
  const top = path.split('.')[0]
  return BUILT_IN.includes(top) || fields.has(top)
}

const checkWhole = (query: Record<string, unknown> | undefined, name: string) => {
  const raw = query?.[name]
  if (raw === undefined || raw === '') return
  // Payload itself puts numbers in the query for internal reads (login, first-register).
  // Payload reads "1e308" as a number too, and a page that far makes an infinite SQL offset.
  const ok =
    typeof raw === 'number'
      ? Number.isInteger(raw) && raw >= 0 && raw <= MAX_WHOLE
      : typeof raw === 'string' && WHOLE_NUMBER.test(raw) && Number(raw) <= MAX_WHOLE
  if (!ok) {
    throw badRequest(`${name} must be a whole number from 0 to ${MAX_WHOLE} (got ${JSON.stringify(raw)})`)
  }
}

const checkSort = (fields: Map<string, FieldInfo>, sort: unknown) => {
  const keys = (Array.isArray(sort) ? sort : String(sort).split(','))
    .map((key) => String(key).trim().replace(/^-/, ''))
    .filter(Boolean)
  for (const key of keys) {
    if (!knownPath(fields, key)) throw badRequest(`cannot sort by "${key}": there is no such field`)
  }
}

const checkSelect = (fields: Map<string, FieldInfo>, select: unknown) => {
  if (select === undefined || select === null) return
  if (typeof select !== 'object') throw badRequest('select must be an object, such as select[title]=true')
  for (const key of Object.keys(select as Record<string, unknown>)) {
    if (!knownPath(fields, key)) throw badRequest(`cannot select "${key}": there is no such field`)
  }
}

const GEO_OPERATORS = ['near', 'within', 'intersects']
const LIST_OPERATORS = ['in', 'not_in', 'all']
const TEXT_OPERATORS = ['like', 'not_like', 'contains']
const TEXT_FIELDS = ['text', 'textarea', 'email', 'code', 'select', 'radio', 'richText', 'json']

/**
 * IDs and numbers compared with text or objects: Payload's SQL adapter answers those with a
 * 500 (`where[category][equals]=NaN`). `equals=null` stays allowed ("has no category").
 */
const checkNumericOperand = (key: string, operator: string, operand: unknown, what: string) => {
  if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(operand as string)) {
      throw badRequest(`where ${key} exists: must be true or false`)
    }
    return
  }
  if (!COMPARISONS.includes(operator) && !LIST_OPERATORS.includes(operator)) return
  const values = LIST_OPERATORS.includes(operator)
    ? typeof operand === 'string'
      ? operand.split(',')
      : Object.values((operand ?? {}) as Record<string, unknown>)
    : [operand]
  // "Has none" is `equals=null`; inside a list, null turns into NaN in the SQL adapter (a 500).
  const nullable = operator === 'equals' || operator === 'not_equals'
  for (const item of values) {
    const ok =
      (nullable && (item === null || item === 'null')) ||
      (typeof item === 'number' && Number.isFinite(item)) ||
      (typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item)))
    if (!ok) throw badRequest(`where ${key} ${operator}: ${JSON.stringify(item)} is not ${what}`)
  }
}

type Engine = { numericIds: boolean; supportsAll: boolean }

const checkWhere = (fields: Map<string, FieldInfo>, where: unknown, engine: Engine): void => {
  if (where === undefined || where === null) return
  if (typeof where !== 'object')
    throw badRequest('where must be an object, such as where[title][like]=nông thôn')
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      for (const part of Object.values((value ?? {}) as Record<string, unknown>))
        checkWhere(fields, part, engine)
      continue
    }
    const field = fields.get(key.split('.')[0])
    if (!value || typeof value !== 'object') continue
    const direct = !key.includes('.') // `category.slug` compares the related field: not checked here
    const idLike = key === 'id' || field?.type === 'relationship' || field?.type === 'upload'
    const numeric = direct && ((idLike && engine.numericIds) || field?.type === 'number')
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      // Payload's SQL adapter throws a 500 for these on fields of other kinds.
      if (GEO_OPERATORS.includes(operator) && field?.type !== 'point') {
        throw badRequest(`where ${key} ${operator}: this operator works on map points only`)
      }
      if (TEXT_OPERATORS.includes(operator) && direct && !TEXT_FIELDS.includes(field?.type ?? 'id')) {
        throw badRequest(`where ${key} ${operator}: this operator works on text fields only`)
      }
      // The SQL adapters have no `all` at all (a 500); MongoDB has it for fields with several values.
      if (operator === 'all' && !(engine.supportsAll && field?.hasMany)) {
        throw badRequest(`where ${key} all: not supported here; use "in" (any of the values)`)
      }
      if (numeric) checkNumericOperand(key, operator, operand, idLike ? 'an ID' : 'a number')
      if (
        field?.type === 'date' &&
        COMPARISONS.includes(operator) &&
        typeof operand === 'string' &&
        Number.isNaN(Date.parse(operand))
      ) {
        throw badRequest(
          `where ${key} ${operator}: "${operand}" is not a date (use ISO 8601, e.g. 2024-07-02)`,
        )
      }
    }
  }
}

/** The `joins` of a read: each names a join field, and its where, sort and paging are checked against the joined collection. */
const checkJoins = (
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  fields: Map<string, FieldInfo>,
  joins: unknown,
  engine: Engine,
) => {
  if (joins === undefined || joins === false || joins === 'false') return
  if (typeof joins !== 'object' || joins === null) throw badRequest('joins must be an object, or false')
  for (const [name, spec] of Object.entries(joins as Record<string, unknown>)) {
    const field = fields.get(name)
    if (field?.type !== 'join') throw badRequest(`joins: "${name}" is not a join field`)
    if (spec === false || spec === 'false') continue
    if (typeof spec !== 'object' || spec === null)
      throw badRequest(`joins[${name}] must be an object, or false`)
    const collections = req.payload.collections as Record<string, { config: CollectionConfig } | undefined>
    const target = typeof field.collection === 'string' ? collections[field.collection] : undefined
    const targetFields = target ? fieldsByName(target.config) : new Map<string, FieldInfo>()
    const options = spec as Record<string, unknown>
    for (const number of ['limit', 'page']) checkWhole(options, number)
    checkWhere(targetFields, options.where, engine)
    if (options.sort) checkSort(targetFields, options.sort)
  }
}

/** Operations that read: each is checked, and each counts against a partner's day. */
const READ_OPERATIONS = new Set([
  'read',
  'count',
  'countVersions',
  'findVersions',
  'findVersionByID',
  'readDistinct',
])
/** Reads that return pages of documents: capped for the public. */
const LIST_OPERATIONS = new Set(['read', 'findVersions'])
/** Writes: bulk update and delete take a `where`; every write answers with documents (`select`, `joins`, `depth`). */
const WRITE_OPERATIONS = new Set(['create', 'update', 'delete', 'restoreVersion'])

/**
 * Every read through REST or GraphQL (lists, single documents, counts, versions) and every
 * write (its body must be an object; a bulk write's `where` is checked): malformed `limit`, `depth`, `page`, `where`, `sort` or `select` get
 * a 400 with a message (Payload answered some with 500), unknown IDs a 404, and requests by
 * anyone but staff are capped at 100 documents and depth 3. The local API (our pages) is not
 * touched: it asks for what it needs.
 */
export const apiQueryGuard: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  // A read the server makes itself inside an API request (a hook, with the server's rights) is
  // not the client's query.
  if (overrideAccess === true) return args
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return args
  const reads = READ_OPERATIONS.has(operation)
  if (!reads && !WRITE_OPERATIONS.has(operation)) return args
  if (reads) await countPartnerRequest(req)
  // A JSON body that is not an object (`null`, `0`, a list): Payload's writes fail on it with a 500.
  const data = (args as { data?: unknown }).data
  if (
    (operation === 'create' || operation === 'update') &&
    (typeof data !== 'object' || data === null || Array.isArray(data))
  ) {
    throw badRequest('the body must be a JSON object of fields, such as {"title": "…"}')
  }
  const query = req.query as Record<string, unknown> | undefined
  for (const name of ['limit', 'depth', 'page']) checkWhole(query, name)
  const fields = fieldsByName(collection)
  const next = { ...args } as typeof args & {
    where?: unknown
    sort?: unknown
    id?: unknown
    limit?: number
    depth?: number
    pagination?: boolean
  }
  const engine: Engine = {
    numericIds: req.payload.db.defaultIDType === 'number',
    supportsAll: req.payload.db.name === 'mongoose',
  }
  checkWhere(fields, next.where, engine)
  if (next.sort) checkSort(fields, next.sort)
  checkSelect(fields, (next as { select?: unknown }).select)
  checkJoins(req, fields, (next as { joins?: unknown }).joins, engine)
  if (
    next.id !== undefined &&
    req.payload.db.defaultIDType === 'number' &&
    !WHOLE_NUMBER.test(String(next.id))
  ) {
    throw new NotFound(req.t)
  }
  if (LIST_OPERATIONS.has(operation) && !isStaffUser(req.user)) {
    // Capped whatever else it says. `pagination: false` is kept: both engines still apply `limit`
    // then (only the count of every match is skipped, which is what a list of docs alone is
    // spared: lib/api/graphqlSelect.ts).
    if (!next.limit || next.limit > API_LIMITS.maxLimit) {
      next.limit = Math.min(next.limit || API_LIMITS.maxLimit, API_LIMITS.maxLimit)
    }
    next.depth = Math.min(next.depth ?? 2, API_LIMITS.maxDepth)
  }
  return next
}

/** The guard added to a collection, before its own beforeOperation hooks. */
export const withApiGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [apiQueryGuard, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
