import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { README, withAccessTable } from '../../scripts/accessTable'

describe('the README’s access table', () => {
  it('is the access matrix (npm run docs:access rewrites it)', () => {
    const readme = fs.readFileSync(README, 'utf8')
    expect(withAccessTable(readme)).toBe(readme)
  })
})
