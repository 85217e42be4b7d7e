/**
 * Drizzle's query logger for the SQLite adapter, silent unless something listens: the
 * query-plan test (test/int/queryPlans.test.ts) records the SQL Payload sends for the hot reads
 * and asks SQLite how it would run each.
 */
export type QueryListener = (sql: string, params: unknown[]) => void

let listener: QueryListener | null = null

export const queryLogger = {
  logQuery(query: string, params: unknown[]) {
    listener?.(query, params)
  },
}

/** Runs `work`, returning the statements it sent. One recording at a time. */
export const recordQueries = async (
  work: () => Promise<unknown>,
): Promise<{ sql: string; params: unknown[] }[]> => {
  const recorded: { sql: string; params: unknown[] }[] = []
  listener = (sql, params) => recorded.push({ sql, params })
  try {
    await work()
  } finally {
    listener = null
  }
  return recorded
}
