type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: { caption?: string } }

const BLOCKS = ['paragraph', 'heading', 'quote', 'listitem', 'upload']

/** The readable text of a Lexical document: text nodes and image captions, block by block. */
export const lexicalPlainText = (state: unknown): string => {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const parts: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'upload' && node.fields?.caption) parts.push(node.fields.caption)
    node.children?.forEach(walk)
    if (node.type && BLOCKS.includes(node.type)) parts.push('\n')
  }
  walk(root)
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** Words of a Lexical document (Vietnamese syllables count one each, as newsrooms count "chữ"). */
export const lexicalWordCount = (state: unknown): number =>
  lexicalPlainText(state).split(/\s+/u).filter(Boolean).length
