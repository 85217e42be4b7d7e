const BASE = 'http://this-site.invalid'

/**
 * A redirect target that can only be a path on this site, or null. The value is parsed as a URL
 * (as a browser would: backslashes, tabs and newlines are folded the WHATWG way, so `/\evil`,
 * `/\t/evil` and `//evil` all name another host) and kept only when it stays on this origin;
 * what is returned is the parsed path, query and fragment, never the raw text.
 */
export const sameSitePath = (value: string | null | undefined): string | null => {
  if (!value || !value.startsWith('/')) return null
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  return path.startsWith('/') && !path.startsWith('//') ? path : null
}
