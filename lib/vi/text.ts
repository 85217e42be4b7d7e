/**
 * Vietnamese text primitives. Input may arrive NFD (macOS, copy-paste from PDFs), so everything
 * is normalised to NFC before it is stored or compared.
 */
export const toNFC = (value: string): string => value.normalize('NFC')

/**
 * Folds Vietnamese to plain ASCII letters for slugs and search: "Đồng Đăng" → "Dong Dang".
 * `đ`/`Đ` are letters of their own, not a base letter with a mark, so NFD leaves them alone and
 * they are mapped by hand (several slug libraries decompose them wrongly into "dj").
 */
export const foldDiacritics = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
