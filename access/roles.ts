/** Newsroom roles, weakest first. */
export const ROLES = ['journalist', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = unknown
export type SiteId = number | string

/** A staff account's province-wide role (`role`), if it has one. */
export const provinceRoleOf = (user: MaybeUser): Role | undefined => {
  if (!user || typeof user !== 'object' || !('role' in user)) return undefined
  if ((user as { collection?: string }).collection === 'partners') return undefined
  const role = (user as { role?: unknown }).role
  return (ROLES as readonly unknown[]).includes(role) ? (role as Role) : undefined
}

/** A staff account's roles per site (`tenants`, rows of site and role). */
export const siteRolesOf = (user: MaybeUser): { site: SiteId; role: Role }[] => {
  if (!user || typeof user !== 'object' || (user as { collection?: string }).collection === 'partners')
    return []
  const rows = (user as { tenants?: unknown }).tenants
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row: { tenant?: unknown; role?: unknown }) => {
    const tenant = row?.tenant
    const site = typeof tenant === 'object' && tenant ? (tenant as { id?: SiteId }).id : tenant
    const role = row?.role
    return (typeof site === 'number' || typeof site === 'string') &&
      (ROLES as readonly unknown[]).includes(role)
      ? [{ site, role: role as Role }]
      : []
  })
}

const atLeast = (role: Role | undefined, minimum: Role) =>
  role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(minimum)

/**
 * The sites where the account holds at least `minimum`: `true` when it holds it province-wide
 * (every site, present and future), otherwise the list (empty: none).
 */
export const sitesWithRole = (user: MaybeUser, minimum: Role): true | SiteId[] => {
  if (atLeast(provinceRoleOf(user), minimum)) return true
  return siteRolesOf(user)
    .filter((row) => atLeast(row.role, minimum))
    .map((row) => row.site)
}

/** Whether the account holds at least `minimum` on `site` (province-wide roles count everywhere). */
export const hasRoleAt = (user: MaybeUser, minimum: Role, site: SiteId | null | undefined): boolean => {
  const sites = sitesWithRole(user, minimum)
  if (sites === true) return true
  return site !== null && site !== undefined && sites.some((id) => String(id) === String(site))
}

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const role = provinceRoleOf(user)
  return role !== undefined && roles.includes(role)
}

/** Province-wide editors and admins run the shared content; journalists only write. */
export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, 'editor', 'admin')
/** Province-wide admins: accounts, sites, settings. */
export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')
/** Staff: a province-wide role or a role on at least one site. */
export const isStaffUser = (user: MaybeUser): boolean =>
  provinceRoleOf(user) !== undefined || siteRolesOf(user).length > 0
/** An editor somewhere (province-wide or on a site): may see editors' tools, scoped by site. */
export const isEditorSomewhere = (user: MaybeUser): boolean => {
  const sites = sitesWithRole(user, 'editor')
  return sites === true || sites.length > 0
}
