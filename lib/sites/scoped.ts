/** Collections whose documents belong to one site; every later per-site type joins this list. */
export const SITE_SCOPED_COLLECTIONS = ['articles', 'events', 'media'] as const
