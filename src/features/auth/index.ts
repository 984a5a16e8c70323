export { LoginPage } from './LoginPage'
export { ReSignInDialog } from './ReSignInDialog'
