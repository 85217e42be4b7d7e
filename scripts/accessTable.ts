/**
 * `npm run docs:access`: writes the access matrix (access/matrix.ts) into README.md between the
 * `access:start` and `access:end` markers. test/unit/accessTable.test.ts fails when the README's
 * table is not the matrix's.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { accessMatrixTable } from '../access/matrix'

export const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md')
export const START = '<!-- access:start -->'
export const END = '<!-- access:end -->'

/** The README with its access table replaced by the matrix's. */
export const withAccessTable = (readme: string): string => {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`)
  return `${readme.slice(0, start + START.length)}\n${accessMatrixTable()}\n${readme.slice(end)}`
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(README, withAccessTable(fs.readFileSync(README, 'utf8')))
  console.log('README.md: access table written')
}
