import type { GlobalConfig } from 'payload'

import { isAdminUser } from '../access/roles'
import { anyone, isAdmin } from '../access/rules'
import { wholeNumber } from '../fields/validators'
import { normalizeGlobalText } from '../hooks/normalizeText'
import { countPartnerGlobalRead } from '../hooks/partnerGlobalRead'
import { label } from '../lib/i18n'
import { revalidateGlobalAfterChange } from '../hooks/revalidate'

/** The contact information a state portal must show (NĐ 42/2022/NĐ-CP). */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label((d) => d.globals.siteSettings),
  // Shown to those who may change it.
  admin: { group: label((d) => d.groups.settings), hidden: ({ user }) => !isAdminUser(user) },
  access: { read: anyone, update: isAdmin },
  hooks: {
    beforeOperation: [countPartnerGlobalRead],
    beforeValidate: [normalizeGlobalText],
    afterChange: [revalidateGlobalAfterChange],
  },
  fields: [
    { name: 'portalName', type: 'text', required: true, label: label((d) => d.fields.portalName) },
    { name: 'agency', type: 'text', label: label((d) => d.fields.agency) },
    { name: 'address', type: 'text', label: label((d) => d.fields.address) },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: label((d) => d.fields.phone) },
        { name: 'email', type: 'email', label: label((d) => d.fields.email) },
      ],
    },
    { name: 'responsiblePerson', type: 'text', label: label((d) => d.fields.responsiblePerson) },
    { name: 'licence', type: 'text', label: label((d) => d.fields.licence) },
    {
      name: 'statistics',
      type: 'group',
      label: label((d) => d.fields.statistics),
      fields: [
        {
          name: 'totalOffset',
          label: label((d) => d.fields.statsTotalOffset),
          admin: { description: label((d) => d.help.statsTotalOffset) },
          ...wholeNumber,
        },
        {
          name: 'honourDoNotTrack',
          type: 'checkbox',
          defaultValue: true,
          label: label((d) => d.fields.statsHonourDoNotTrack),
          admin: { description: label((d) => d.help.statsHonourDoNotTrack) },
        },
      ],
    },
  ],
}
