import type { Category } from '../../payload-types'
import { cachedRead } from './cache'
import { findBySlug } from './payload'

export const categoryBySlug = cachedRead(
  'categoryBySlug',
  ['categories'],
  (slug: string): Promise<Category | undefined> => findBySlug('categories', slug),
)
