import {
  BlockquoteFeature,
  HeadingFeature,
  LinkFeature,
  OrderedListFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { label } from '../lib/i18n'

/**
 * The article editor: Payload's defaults plus captions on images. Headings stop at h2–h4
 * because the page title is the only h1.
 */
export const articleEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter(
      (feature) =>
        !['heading', 'upload', 'link', 'blockquote', 'orderedList', 'unorderedList'].includes(feature.key),
    ),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BlockquoteFeature(),
    OrderedListFeature(),
    UnorderedListFeature(),
    LinkFeature({ enabledCollections: ['articles', 'communes', 'criteria', 'events'] }),
    UploadFeature({
      collections: {
        media: {
          fields: [{ name: 'caption', type: 'text', label: label((d) => d.fields.caption) }],
        },
      },
    }),
  ],
})
