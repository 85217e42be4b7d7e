/**
 * The SQLite search index's file, beside the database (`<name>-search.db`): derived data, rebuilt
 * from the content (`npm run search:rebuild`, or at start when empty), so backups leave it out
 * and a restore removes it.
 */
export const searchFileOf = (databaseFile: string): string => databaseFile.replace(/(\.db)?$/, '-search.db')
