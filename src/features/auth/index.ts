export { LoginPage } from './LoginPage'
// ReSignInDialog is not exported here: the app imports it lazily by path, and a re-export would
// tie its chunk (the dialog and its modal) to the sign-in page's.
