import { defineMessages } from '../../lib/i18n'

export const authMessages = defineMessages({
  en: {
    title: 'Sign in',
    intro: 'Use your IONOS account to manage your Object Storage keys.',
    methodPassword: 'Email and password',
    methodToken: 'API token',
    methods: 'Sign-in method',
    email: 'Email',
    password: 'Password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    token: 'API token',
    tokenHelp:
      'For accounts with two-factor authentication: create a token in the DCD Token Manager and paste it here.',
    submit: 'Sign in',
    submitting: 'Signing in…',
    emailRequired: 'Enter your email address.',
    emailInvalid: 'Enter an email address such as name@example.com.',
    passwordRequired: 'Enter your password.',
    tokenRequired: 'Paste your API token.',
    wrongCredentials: 'The email or password is not correct.',
    tokenMalformed:
      'This is not an IONOS API token. Copy the whole token from the DCD Token Manager.',
    tokenRejected:
      'This token is no longer valid: it was revoked or has expired. Create a new one.',
    networkError: 'The IONOS API could not be reached. Check your connection and try again.',
    signInFailed: 'Signing in did not work. Please try again later.',
    serverSaid: 'The server answered: “{words}”',
    sessionExpiredNote: 'Your session has ended. Please sign in again.',
    demoAccounts:
      'Demo: sign in as alice@example.com with the password demo; the other demo accounts are listed in the README.',
    reauthTitle: 'Sign in again to continue',
    reauthIntro:
      'Your session has ended. Sign in again and the console finishes what you were doing; nothing you typed is lost.',
    reauthOtherUser: 'Sign in as {email} to continue this session.',
    reauthCancel: 'Sign out instead',
  },
  de: {
    title: 'Anmelden',
    intro:
      'Melden Sie sich mit Ihrem IONOS-Konto an, um Ihre Object-Storage-Schlüssel zu verwalten.',
    methodPassword: 'E-Mail und Passwort',
    methodToken: 'API-Token',
    methods: 'Anmeldeverfahren',
    email: 'E-Mail',
    password: 'Passwort',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
    token: 'API-Token',
    tokenHelp:
      'Für Konten mit Zwei-Faktor-Authentifizierung: Erstellen Sie im DCD Token Manager ein Token und fügen Sie es hier ein.',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft…',
    emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    passwordRequired: 'Geben Sie Ihr Passwort ein.',
    tokenRequired: 'Fügen Sie Ihr API-Token ein.',
    wrongCredentials: 'E-Mail oder Passwort ist nicht korrekt.',
    tokenMalformed:
      'Das ist kein IONOS-API-Token. Kopieren Sie das ganze Token aus dem DCD Token Manager.',
    tokenRejected:
      'Dieses Token ist nicht mehr gültig: Es wurde widerrufen oder ist abgelaufen. Erstellen Sie ein neues.',
    networkError:
      'Die IONOS-API ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    signInFailed: 'Die Anmeldung hat nicht funktioniert. Bitte versuchen Sie es später erneut.',
    serverSaid: 'Der Server antwortete: „{words}“',
    sessionExpiredNote: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    demoAccounts:
      'Demo: Melden Sie sich als alice@example.com mit dem Passwort demo an; die übrigen Demo-Konten stehen in der README.',
    reauthTitle: 'Erneut anmelden, um fortzufahren',
    reauthIntro:
      'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, dann führt die Konsole Ihre Aktion zu Ende; Ihre Eingaben bleiben erhalten.',
    reauthOtherUser: 'Melden Sie sich als {email} an, um diese Sitzung fortzusetzen.',
    reauthCancel: 'Stattdessen abmelden',
  },
})

export type AuthMessageKey = keyof typeof authMessages.en
