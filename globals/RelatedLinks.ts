import type { GlobalConfig } from 'payload'

import { isEditorUser } from '../access/roles'
import { anyone, isEditor } from '../access/rules'
import { httpUrl } from '../fields/validators'
import { normalizeGlobalText } from '../hooks/normalizeText'
import { countPartnerGlobalRead } from '../hooks/partnerGlobalRead'
import { label, rowLabels } from '../lib/i18n'
import { revalidateGlobalAfterChange } from '../hooks/revalidate'

/** "Liên kết website": the ordered links to other agencies' portals. */
export const RelatedLinks: GlobalConfig = {
  slug: 'related-links',
  label: label((d) => d.globals.relatedLinks),
  // Shown to those who may change it.
  admin: { group: label((d) => d.groups.settings), hidden: ({ user }) => !isEditorUser(user) },
  access: { read: anyone, update: isEditor },
  hooks: {
    beforeOperation: [countPartnerGlobalRead],
    beforeValidate: [normalizeGlobalText],
    afterChange: [revalidateGlobalAfterChange],
  },
  fields: [
    {
      name: 'links',
      type: 'array',
      label: label((d) => d.fields.links),
      labels: rowLabels(
        (d) => d.fields.linkRow,
        (d) => d.fields.links,
      ),
      admin: {
        components: {
          RowLabel: { path: '/components/admin/RowLabels#TextRowLabel', clientProps: { fields: ['label'] } },
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, label: label((d) => d.fields.label) },
            {
              name: 'url',
              type: 'text',
              required: true,
              validate: httpUrl,
              label: label((d) => d.fields.url),
            },
          ],
        },
        { name: 'description', type: 'text', label: label((d) => d.fields.description) },
      ],
    },
  ],
}
