/**
 * A sort key for Vietnamese names that the databases can order: their order of character codes
 * (SQLite's BINARY, MongoDB's default) is the order of `Intl.Collator('vi')` (CLDR's Vietnamese
 * tailoring), so the admin's lists and the API's `sort=name` put Bảo Lâm before Bình Trung and
 * Tân Liên before Thụy Hùng. test/unit/sortKey.test.ts checks the key against the collator.
 *
 * Three levels, as the collator compares: the letters of the Vietnamese alphabet (ă, â, đ, ê, ô,
 * ơ, ư are letters of their own), then the tones, then case; a separator below every letter ends
 * each level, so a name sorts before the longer names it begins.
 */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'
/** The tones in the collator's order: none, huyền, hỏi, ngã, sắc, nặng. */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
/** The marks that make a letter of its own (breve, circumflex, horn) rather than a tone. */
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031b'])

const END = '\u0001'
const SPACE = '\u0002'
const OTHER = '\u0003'
/** Digits, then letters, above the separators. */
const digitCode = (digit: string) => String.fromCharCode(0x10 + Number(digit))
const letterCode = (index: number) => String.fromCharCode(0x40 + index)

type Unit = { primary: string; tone: number; upper: boolean }

const units = (text: string): Unit[] => {
  const out: Unit[] = []
  // NFD splits "ộ" into o + circumflex + dot below; the letter marks rejoin their base letter.
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const [base, ...marks] = Array.from(cluster)
    const letterMarks = marks.filter((mark) => LETTER_MARKS.has(mark)).join('')
    const toneMark = marks.find((mark) => TONES.includes(mark) && mark !== '')
    const letter = (base + letterMarks).normalize('NFC')
    const lower = letter.toLocaleLowerCase('vi')
    const index = ALPHABET.indexOf(lower)
    const primary =
      index >= 0 ? letterCode(index) : /\d/.test(base) ? digitCode(base) : /\s/.test(base) ? SPACE : OTHER
    out.push({ primary, tone: toneMark ? TONES.indexOf(toneMark) : 0, upper: lower !== letter })
  }
  return out
}

export const vietnameseSortKey = (text: string): string => {
  const all = units(text.trim().replace(/\s+/g, ' '))
  return [
    all.map((unit) => unit.primary).join(''),
    all.map((unit) => String(unit.tone)).join(''),
    all.map((unit) => (unit.upper ? '1' : '0')).join(''),
  ].join(END)
}
