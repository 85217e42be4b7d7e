import { type ArgumentNode, type FieldNode, Kind, parse, print, visit } from 'graphql'
import { formatNames, toWords } from 'payload'

/**
 * Payload's GraphQL reads more than a query asks for, in two ways this narrows:
 * - whole documents unless a list or document query says `select: true` (then only the fields the
 *   query asks for): at a province's scale every `Articles` list read and converted each
 *   article's 600-word body (`bodyHtml` included) that no one had asked for;
 * - a count of every match for each list query (its `totalDocs`, `totalPages`, `hasNextPage` …),
 *   asked for or not: at 20,000 articles the count cost more than the page. A list query that asks
 *   for its `docs` only gets `pagination: false` (the page is the same: `limit` and `page` still
 *   apply; only the count is skipped).
 * Each is added to top-level queries that do not set it themselves, so partners get the same
 * indexed, narrow reads as the REST API with `select`. A query that does not parse is left as
 * sent (Payload answers its syntax error).
 */
const flag = (name: string, value: boolean): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: { kind: Kind.BOOLEAN, value },
})
const SELECT = flag('select', true)
const NO_COUNT = flag('pagination', false)

/** What a list query may ask for and still need no count (anything else, fragments included, counts). */
const WITHOUT_COUNT = new Set(['docs', '__typename'])

const asksOnlyForDocs = (selection: FieldNode): boolean =>
  Boolean(selection.selectionSet?.selections.length) &&
  selection.selectionSet!.selections.every(
    (inner) => inner.kind === Kind.FIELD && WITHOUT_COUNT.has(inner.name.value),
  )

const has = (selection: FieldNode, name: string) =>
  selection.arguments?.some((argument) => argument.name.value === name) ?? false

export type ReadQueryKind = 'document' | 'list'

export const withSelect = (query: string, kindOf: (field: string) => ReadQueryKind | undefined): string => {
  let document
  try {
    document = parse(query)
  } catch {
    return query
  }
  let changed = false
  const edited = visit(document, {
    OperationDefinition(operation) {
      if (operation.operation !== 'query') return false
      return {
        ...operation,
        selectionSet: {
          ...operation.selectionSet,
          selections: operation.selectionSet.selections.map((selection) => {
            if (selection.kind !== Kind.FIELD) return selection
            const kind = kindOf(selection.name.value)
            if (!kind) return selection
            const added = [
              ...(has(selection, 'select') ? [] : [SELECT]),
              ...(kind === 'list' && !has(selection, 'pagination') && asksOnlyForDocs(selection)
                ? [NO_COUNT]
                : []),
            ]
            if (!added.length) return selection
            changed = true
            return { ...selection, arguments: [...(selection.arguments ?? []), ...added] }
          }),
        },
      }
    },
  })
  return changed ? print(edited) : query
}

/**
 * The top-level query fields that take `select`: each collection's document and list queries,
 * named as @payloadcms/graphql names them (its own `formatNames`/`toWords`, `all…` when the two
 * would be equal).
 */
export const graphqlReadNames = (
  collections: { slug: string; graphQL?: unknown }[],
): Map<string, ReadQueryKind> => {
  const names = new Map<string, ReadQueryKind>()
  for (const collection of collections) {
    if (collection.graphQL === false) continue
    const own = (collection.graphQL ?? {}) as { singularName?: string; pluralName?: string }
    const fromSlug = formatNames(collection.slug)
    const singular = own.singularName ? toWords(own.singularName, true) : fromSlug.singular
    const plural = own.pluralName ? toWords(own.pluralName, true) : fromSlug.plural
    names.set(singular, 'document')
    names.set(singular === plural ? `all${singular}` : plural, 'list')
  }
  return names
}
