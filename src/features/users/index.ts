export { UsersPage } from './components/UsersPage'
export { UserKeysPage, type ViewedUser } from './components/UserKeysPage'
export type { UserTab } from './components/UserTabs'
