import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import { Link, useLocation } from 'react-router'
import { useMessages } from '../../../lib/i18n'
import { paths } from '../../../app/pages'
import { userMessages } from '../messages'

export const USER_TABS = ['keys', 'groups'] as const
export type UserTab = (typeof USER_TABS)[number]

const TAB_LABEL = { keys: 'keysTab', groups: 'groupsTab' } as const

/** The ids that tie a tab to its panel. */
export const tabIds = (tab: UserTab) => ({ tab: `user-tab-${tab}`, panel: `user-panel-${tab}` })

/**
 * A user's page as the DCD shows it: one tab per part, each a link with its own URL, so Back,
 * Forward, a new browser tab and a bookmark work. The arrow keys move between the tabs (MUI's
 * roving focus); Enter opens one, as on any link.
 */
export function UserTabs({ userId, current }: { userId: string; current: UserTab }) {
  const t = useMessages(userMessages)
  // The list's search travels along (the breadcrumb leads back to it).
  const { state } = useLocation()
  return (
    <Tabs value={current} aria-label={t('tabsLabel')} variant="scrollable" scrollButtons={false}>
      {USER_TABS.map((tab) => (
        <Tab
          key={tab}
          value={tab}
          label={t(TAB_LABEL[tab])}
          component={Link}
          to={paths.user({ userId, tab })}
          state={state}
          id={tabIds(tab).tab}
          aria-controls={tab === current ? tabIds(tab).panel : undefined}
        />
      ))}
    </Tabs>
  )
}
