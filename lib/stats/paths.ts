/**
 * The readers' pages whose views are counted (see lib/routes.ts). A beacon for any other path
 * (the admin, the API, a made-up address) is ignored: counted only as "ignored".
 */
const SEGMENT = '[^/]+'
const PUBLIC_PAGES = [
  '/',
  '/tin-tuc',
  `/tin-tuc/trang/\\d+`,
  `/tin-tuc/${SEGMENT}`,
  `/chuyen-muc/${SEGMENT}`,
  `/chuyen-muc/${SEGMENT}/trang/\\d+`,
  '/xa',
  `/xa/loc/${SEGMENT}`,
  `/xa/${SEGMENT}`,
  '/tieu-chi',
  `/tieu-chi/bo/${SEGMENT}`,
  `/tieu-chi/${SEGMENT}`,
  '/su-kien',
  `/su-kien/${SEGMENT}`,
  '/tim-kiem',
  '/lien-he',
].map((pattern) => new RegExp(`^${pattern}$`))

/** The path as counted (no query, no trailing slash), or null when it is not a readers' page. */
export const countablePath = (raw: string): string | null => {
  const path = raw.split(/[?#]/)[0].replace(/(.)\/+$/, '$1')
  return PUBLIC_PAGES.some((page) => page.test(path)) ? path : null
}
