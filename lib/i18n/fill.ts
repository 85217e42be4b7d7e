/** Fills `{name}` placeholders: fill('Trang {n}/{m}', { n: 1, m: 3 }). Dictionary-free for client code. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
