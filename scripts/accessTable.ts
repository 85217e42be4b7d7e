/**
 * `npm run docs:access`: writes the access matrix into README.md — the rules per collection and
 * global (access/matrix.ts) between the `access:start`/`access:end` markers, the answers per
 * endpoint (access/endpoints.ts) between `endpoints:start`/`endpoints:end`.
 * test/unit/accessTable.test.ts fails when the README's tables are not the matrix's.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { endpointMatrixTable } from '../access/endpoints'
import { accessMatrixTable } from '../access/matrix'
import { replaceSection } from './lib/readmeSection'

export const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md')

const SECTIONS: [name: string, table: () => string][] = [
  ['access', accessMatrixTable],
  ['endpoints', endpointMatrixTable],
]

/** The README with each table replaced by the matrix's. */
export const withAccessTable = (readme: string): string =>
  SECTIONS.reduce((text, [name, table]) => {
    const replaced = replaceSection(text, name, table())
    if (replaced === null) throw new Error(`README.md has no <!-- ${name}:start --> … end section`)
    return replaced
  }, readme)

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(README, withAccessTable(fs.readFileSync(README, 'utf8')))
  console.log('README.md: access tables written')
}
