/**
 * The README's generated sections sit between `<!-- name:start -->` and `<!-- name:end -->`
 * (the access tables, the bench results). Returns the text with that section's content replaced,
 * or null when the markers are missing.
 */
export const replaceSection = (text: string, name: string, content: string): string | null => {
  const START = `<!-- ${name}:start -->`
  const END = `<!-- ${name}:end -->`
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  if (start < 0 || end < start) return null
  return `${text.slice(0, start + START.length)}\n${content}\n${text.slice(end)}`
}
