import { escapeHtml } from '../html/escape'
import { foldDiacritics } from '../vi/text'

/**
 * Each character folded on its own, kept: folding is Unicode normalisation twice and two regular
 * expressions, ~0.6 µs a character, and a snippet folds a whole body (a 600-word article is 4,000
 * characters, ten per results page). Texts use few distinct characters; the cap bounds the rest.
 */
const foldedChars = new Map<string, string>()
const FOLDED_CHARS_CAP = 4096

const foldChar = (char: string): string => {
  let folded = foldedChars.get(char)
  if (folded === undefined) {
    const plain = foldDiacritics(char).toLowerCase()
    folded = plain.length === char.length ? plain : char.toLowerCase()
    if (foldedChars.size < FOLDED_CHARS_CAP) foldedChars.set(char, folded)
  }
  return folded
}

/**
 * Text folded one character for one character ("Lộc" → "loc"), so a match found in the folded
 * text is at the same place in the original: the snippet shows the original words.
 */
const foldAligned = (text: string): string => {
  let folded = ''
  for (const char of text) folded += foldChar(char)
  return folded
}

/** Where each query word occurs as a whole word: [start, end) ranges, sorted, not overlapping. */
const matchRanges = (folded: string, words: string[]): [number, number][] => {
  const ranges: [number, number][] = []
  for (const word of words) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    )
    for (const found of folded.matchAll(pattern)) ranges.push([found.index, found.index + word.length])
  }
  ranges.sort((a, b) => a[0] - b[0])
  return ranges.filter((range, i) => i === 0 || range[0] >= ranges[i - 1][1])
}

/** `text` as HTML with the query's words in <mark>, everything else escaped. */
export const markWords = (text: string, words: string[]): string => {
  const folded = foldAligned(text)
  let html = ''
  let at = 0
  for (const [start, end] of matchRanges(folded, words)) {
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    at = end
  }
  return html + escapeHtml(text.slice(at))
}

/**
 * A passage of about `length` characters around the first place the query's words occur, cut at
 * word boundaries, with "…" where it was cut and the words in <mark>: the reader sees why the
 * document matched. Without a match, the text's beginning.
 */
export const snippetHtml = (text: string, words: string[], length = 220): string => {
  if (!text) return ''
  const ranges = matchRanges(foldAligned(text), words)
  const first = ranges[0]?.[0] ?? 0
  let start = Math.max(0, first - Math.floor(length / 3))
  let end = Math.min(text.length, start + length)
  start = Math.max(0, Math.min(start, end - length))
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end
  return `${start > 0 ? '… ' : ''}${markWords(text.slice(start, end), words)}${end < text.length ? ' …' : ''}`
}
