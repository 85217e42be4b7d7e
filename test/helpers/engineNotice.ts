import { SQLITE_ONLY, TEST_ENGINE } from './engine'

/**
 * Says once per run which engine a suite runs on (a vitest globalSetup of the int and HTTP
 * projects): the MongoDB run needs a replica set these machines do not have, so it is skipped
 * unless TEST_DATABASE_URI names one, and says so rather than passing in silence.
 */
export default function engineNotice() {
  console.log(
    TEST_ENGINE === 'mongodb'
      ? `Database engine: MongoDB (TEST_DATABASE_URI). What ${SQLITE_ONLY} (shown as skipped).`
      : 'Database engine: SQLite. MongoDB not run: set TEST_DATABASE_URI=mongodb://…/?replicaSet=… to run these suites on a replica set.',
  )
}
