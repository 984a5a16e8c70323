import { defineMessages } from '../catalog'

/**
 * Why something failed, in the console's words, one text per kind of failure (`ErrorKind` in
 * src/api/errors.ts). A call site puts it into its own sentence as `{reason}`.
 *
 * A server's own text is quoted and attributed to "the server": IONOS's words in live use, the
 * emulator's in the demo and in tests. So a rule the emulator enforces on its own never reads as
 * the console's sentence, nor as IONOS's (issue 21, item 7).
 */
export const errorMessages = defineMessages({
  en: {
    network: 'The IONOS API could not be reached. Check your connection and try again.',
    timeout: 'The IONOS API did not answer within {seconds} seconds.',
    unconfirmed:
      'The IONOS API accepted the change but did not confirm it in time. Reload to see the outcome.',
    schema: 'The server sent an answer the console does not understand. Please try again later.',
    status400: 'The server did not accept the request.',
    status401: 'Your session has expired or the credentials are not valid. Please sign in again.',
    status403: 'You do not have permission to do this.',
    status404: 'The item was not found. It may have been deleted.',
    status409: 'The item was changed by someone else. Reload and try again.',
    status422: 'The server could not process the request.',
    status429: 'Too many requests. Please wait a moment and try again.',
    status5xx: 'The IONOS API is not available right now. Please try again later.',
    statusOther: 'The server answered with an error.',
    withStatus: '{reason} (HTTP {status})',
    requestFailed: 'The IONOS API could not carry out the change.',
    managementDisabled: 'The Object Storage Management API is turned off in this console.',
    tokenExpired: 'This token has expired. Create a new one in the DCD Token Manager.',
    tokenInvalid:
      'This is not an IONOS API token. Copy the whole token from the DCD Token Manager.',
    cancelled: 'The request was cancelled.',
    unexpected: 'Something went wrong. Please try again.',
    serverSaid: 'The server answered: “{words}”',
  },
  de: {
    network:
      'Die IONOS-API ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Die IONOS-API hat nicht innerhalb von {seconds} Sekunden geantwortet.',
    unconfirmed:
      'Die IONOS-API hat die Änderung angenommen, aber nicht rechtzeitig bestätigt. Laden Sie neu, um das Ergebnis zu sehen.',
    schema:
      'Der Server hat eine Antwort gesendet, die die Konsole nicht versteht. Bitte versuchen Sie es später erneut.',
    status400: 'Der Server hat die Anfrage nicht angenommen.',
    status401:
      'Ihre Sitzung ist abgelaufen oder die Anmeldedaten sind nicht gültig. Bitte melden Sie sich erneut an.',
    status403: 'Dafür fehlt Ihnen die Berechtigung.',
    status404: 'Das Element wurde nicht gefunden. Vielleicht wurde es gelöscht.',
    status409:
      'Das Element wurde inzwischen von jemand anderem geändert. Laden Sie neu und versuchen Sie es erneut.',
    status422: 'Der Server konnte die Anfrage nicht verarbeiten.',
    status429: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    status5xx: 'Die IONOS-API ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.',
    statusOther: 'Der Server hat mit einem Fehler geantwortet.',
    withStatus: '{reason} (HTTP {status})',
    requestFailed: 'Die IONOS-API konnte die Änderung nicht ausführen.',
    managementDisabled: 'Die Object Storage Management API ist in dieser Konsole ausgeschaltet.',
    tokenExpired: 'Dieses Token ist abgelaufen. Erstellen Sie im DCD Token Manager ein neues.',
    tokenInvalid:
      'Das ist kein IONOS-API-Token. Kopieren Sie das ganze Token aus dem DCD Token Manager.',
    cancelled: 'Die Anfrage wurde abgebrochen.',
    unexpected: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
    serverSaid: 'Der Server antwortete: „{words}“',
  },
})

export type ErrorMessageKey = keyof typeof errorMessages.en
