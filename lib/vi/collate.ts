/**
 * Vietnamese order for names (Bảo Lâm before Bình Trung, Tân Liên before Thụy Hùng): the
 * database sorts by character code, so every list of names shown is put in this order after it
 * is read. One collator for the portal and the admin.
 */
export const vietnameseCollator = new Intl.Collator('vi')

export const compareVietnamese = (a: string, b: string): number => vietnameseCollator.compare(a, b)

/** A copy of `items` ordered by their names in Vietnamese. */
export const byVietnameseName = <T extends { name: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => vietnameseCollator.compare(a.name, b.name))
