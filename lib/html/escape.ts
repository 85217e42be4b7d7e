const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
}

/**
 * Text or an attribute value as HTML, escaped as React escapes it: markup the server layer writes
 * (server/searchPage.ts) is then byte for byte what React renders for the same value.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c])
