import type { Article } from '../payload-types'

/**
 * A tiny builder for the Lexical JSON the article editor stores, so demo articles are written as
 * data. Only the nodes the demo needs: paragraphs, h2, quotes, bullet lists and captioned images.
 */
type Node = Record<string, unknown>

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const p = (value: string): Node =>
  element('paragraph', [text(value)], { textFormat: 0, textStyle: '' })
export const h2 = (value: string): Node => element('heading', [text(value)], { tag: 'h2' })
export const quote = (value: string): Node => element('quote', [text(value)])
export const bullets = (items: string[]): Node =>
  element(
    'list',
    items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

/** An image from the media library; `mediaKey` is resolved to its ID when seeding. */
export type ImagePlaceholder = { image: string; caption: string }
export const image = (mediaKey: string, caption: string): ImagePlaceholder => ({ image: mediaKey, caption })

export type Block = Node | ImagePlaceholder

export const isImage = (block: Block): block is ImagePlaceholder => 'image' in block

export const uploadNode = (mediaId: number | string, caption: string): Node => ({
  type: 'upload',
  format: '',
  version: 3,
  id: `seed-${mediaId}-${caption.length}`,
  relationTo: 'media',
  value: mediaId,
  fields: { caption },
})

export const editorState = (children: Node[]): NonNullable<Article['body']> =>
  ({
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  }) as NonNullable<Article['body']>
