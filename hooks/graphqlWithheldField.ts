import type { AfterErrorHook } from 'payload'

const WITHHELD = /^Cannot return null for non-nullable field ([\w.]+)\.$/

/**
 * Payload leaves out what an account may not see (`canAccessAdmin` when it is false, fields the
 * access rules withhold), and where its GraphQL schema declares the field non-null, graphql-js
 * reports the absence as an internal error: `statusCode: 500`, "Something went wrong". It is an
 * answer about access, so it is reported as one (403, naming the field).
 */
export const graphqlWithheldField: AfterErrorHook = ({ error, graphqlResult }) => {
  const match = WITHHELD.exec((error as { message?: string }).message ?? '')
  if (!graphqlResult || !match) return
  return {
    graphqlResult: {
      ...graphqlResult,
      message: `${match[1]} is not available to this account`,
      extensions: { ...graphqlResult.extensions, name: 'Forbidden', statusCode: 403 },
    },
  }
}
