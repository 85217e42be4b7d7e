import { type ArgumentNode, Kind, parse, print, visit } from 'graphql'
import { formatNames, toWords } from 'payload'

/**
 * Payload's GraphQL reads whole documents unless a list query says `select: true` (then only the
 * fields the query asks for): at a province's scale every `Articles` list read and converted each
 * article's 600-word body (`bodyHtml` included) that no one had asked for. This turns the option on
 * for every top-level list and document query that does not set it, so partners get the same
 * indexed, narrow reads as the REST API with `select`. A query that does not parse is left as
 * sent (Payload answers its syntax error).
 */
const SELECT: ArgumentNode = {
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: 'select' },
  value: { kind: Kind.BOOLEAN, value: true },
}

export const withSelect = (query: string, acceptsSelect: (field: string) => boolean): string => {
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
            if (selection.kind !== Kind.FIELD || !acceptsSelect(selection.name.value)) return selection
            if (selection.arguments?.some((argument) => argument.name.value === 'select')) return selection
            changed = true
            return { ...selection, arguments: [...(selection.arguments ?? []), SELECT] }
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
export const graphqlReadNames = (collections: { slug: string; graphQL?: unknown }[]): Set<string> => {
  const names = new Set<string>()
  for (const collection of collections) {
    if (collection.graphQL === false) continue
    const own = (collection.graphQL ?? {}) as { singularName?: string; pluralName?: string }
    const fromSlug = formatNames(collection.slug)
    const singular = own.singularName ? toWords(own.singularName, true) : fromSlug.singular
    const plural = own.pluralName ? toWords(own.pluralName, true) : fromSlug.plural
    names.add(singular)
    names.add(singular === plural ? `all${singular}` : plural)
  }
  return names
}
