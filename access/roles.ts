/** Newsroom roles, weakest first. */
export const ROLES = ['journalist', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = unknown

const roleOf = (user: MaybeUser): string | undefined => {
  if (!user || typeof user !== 'object' || !('role' in user)) return undefined
  return typeof user.role === 'string' ? user.role : undefined
}

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const role = roleOf(user)
  return role !== undefined && (roles as string[]).includes(role)
}

/** Editors and admins run the content; journalists only write. */
export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, 'editor', 'admin')
export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')
export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, 'journalist', 'editor', 'admin')
