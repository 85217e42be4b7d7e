import { expect } from 'vitest'

/**
 * No executable markup in a public page: no script element but the portal's own four (display
 * controls, pre-paint, menu, statistics), no event-handler attributes (the portal's own charts are
 * SVG, so an injected `<svg onload>` is caught by its handler), no javascript: URLs.
 */
export const expectInert = (html: string, where = '') => {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
  expect(
    scripts.every((tag) => /id="ntm-(prepaint|controls|menu|stats)"/.test(tag)),
    `${where} ${scripts.join(' ')}`,
  ).toBe(true)
  // Inside tags, outside attribute values (escaped text in a value is just text).
  const tags = html.replace(/"[^"]*"/g, '""')
  expect(tags, where).not.toMatch(/<[a-z]+[^>]*\son(error|load|click|mouseover|focus)\s*=/i)
  expect(html, where).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i)
}
