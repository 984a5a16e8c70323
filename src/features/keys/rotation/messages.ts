import { defineMessages } from '../../../lib/i18n'

/** Guided rotation: a new key, the applications switched, the old key off and (maybe) gone. */
export const rotationMessages = defineMessages({
  en: {
    title: 'Rotate key {key}',
    stepsLabel: 'Rotation steps',
    'step.generate': 'Generate a new key',
    'step.confirm': 'Switch your applications',
    'step.deactivate': 'Deactivate the old key',
    'step.delete': 'Delete the old key (optional)',
    stepHeading: 'Step {n} of {total}: {name}',
    doneHeading: 'Rotation finished',
    roomBody:
      'There are {max} keys, the most IONOS allows, so there is no room for the new key. Delete an inactive key that is no longer needed first. Deleting cannot be undone.',
    roomNoInactive:
      'All {max} keys are active. Deactivate a key that is no longer used and delete it, then rotate again.',
    roomDelete: 'Delete inactive key {key}',
    roomDeleteFailed: 'Key {key} was not deleted. {reason}',
    generateBody:
      'The new key is active at once and its secret is shown once, right after it is made. Key {key} keeps working until you deactivate it.',
    newKeyGone: 'The new key no longer exists. Generate another one.',
    generateSubmit: 'Generate new key',
    generating: 'Generating…',
    generateFailed: 'The new key was not generated. {reason}',
    generateUncertain:
      'No answer came back, so the new key may have been created. Check the list of keys before you try again.',
    generateUncertainError:
      'IONOS answered with an error, but the new key may have been created anyway. {reason} Check the list of keys before you try again.',
    secretWarning:
      'Save the secret of the new key now: it is shown only this once. Copy it, or download it in the format your tools read.',
    savedConfirm: 'I have saved the new secret key',
    savedHint: 'Tick the box to go on: the secret cannot be shown again.',
    secretLost:
      'The page was reloaded, so the secret of the new key {key} is not shown again: the console never keeps a secret. If you saved it, continue. If not, delete the new key and generate another.',
    secretSavedContinue: 'I saved it, continue',
    secretStartOver: 'Delete the new key, generate another',
    confirmBody:
      'Change every application, script and tool that uses key {old} to use the new key {new}, and check that they work with it.',
    secretNotKept: 'The new secret is not shown again: the console does not keep it.',
    confirmCheck: 'My applications now use the new key',
    deactivateBody:
      'Deactivate key {key}. Anything that still uses it loses access at once; you can switch it on again if something breaks.',
    waitingForNewKey: 'Waiting until the new key {key} is active…',
    deactivateSubmit: 'Deactivate old key',
    deactivating: 'Deactivating…',
    deactivateFailed: 'Key {key} was not deactivated and stays active. {reason}',
    alreadyInactive: 'Key {key} is already inactive.',
    deleteBody:
      'Key {key} is inactive. Delete it for good, or keep it inactive for a while so that you can switch back. Deleting cannot be undone.',
    deleteSubmit: 'Delete old key',
    deleting: 'Deleting…',
    keepInactive: 'Keep it inactive',
    deleteFailed: 'Key {key} was not deleted. {reason}',
    doneDeleted: 'Key {new} replaces key {old}, which is deleted.',
    doneKept: 'Key {new} replaces key {old}, which stays inactive.',
    doneOldGone: 'Key {old} no longer exists; there is nothing left to rotate.',
    next: 'Next',
    cancel: 'Cancel',
    continueLater: 'Continue later',
    close: 'Close',
  },
  de: {
    title: 'Schlüssel {key} rotieren',
    stepsLabel: 'Schritte der Rotation',
    'step.generate': 'Neuen Schlüssel erzeugen',
    'step.confirm': 'Anwendungen umstellen',
    'step.deactivate': 'Alten Schlüssel deaktivieren',
    'step.delete': 'Alten Schlüssel löschen (optional)',
    stepHeading: 'Schritt {n} von {total}: {name}',
    doneHeading: 'Rotation abgeschlossen',
    roomBody:
      'Es gibt {max} Schlüssel, mehr erlaubt IONOS nicht, daher ist kein Platz für den neuen Schlüssel. Löschen Sie zuerst einen inaktiven Schlüssel, der nicht mehr gebraucht wird. Das Löschen lässt sich nicht rückgängig machen.',
    roomNoInactive:
      'Alle {max} Schlüssel sind aktiv. Deaktivieren und löschen Sie einen Schlüssel, der nicht mehr genutzt wird, und rotieren Sie dann erneut.',
    roomDelete: 'Inaktiven Schlüssel {key} löschen',
    roomDeleteFailed: 'Schlüssel {key} wurde nicht gelöscht. {reason}',
    generateBody:
      'Der neue Schlüssel ist sofort aktiv, und sein Secret wird einmal angezeigt, direkt nach dem Erzeugen. Schlüssel {key} funktioniert weiter, bis Sie ihn deaktivieren.',
    newKeyGone: 'Den neuen Schlüssel gibt es nicht mehr. Erzeugen Sie einen anderen.',
    generateSubmit: 'Neuen Schlüssel erzeugen',
    generating: 'Wird erzeugt…',
    generateFailed: 'Der neue Schlüssel wurde nicht erzeugt. {reason}',
    generateUncertain:
      'Es kam keine Antwort, daher wurde der neue Schlüssel vielleicht erzeugt. Prüfen Sie die Liste der Schlüssel, bevor Sie es erneut versuchen.',
    generateUncertainError:
      'IONOS hat mit einem Fehler geantwortet, der neue Schlüssel wurde aber vielleicht trotzdem erzeugt. {reason} Prüfen Sie die Liste der Schlüssel, bevor Sie es erneut versuchen.',
    secretWarning:
      'Sichern Sie jetzt das Secret des neuen Schlüssels: Es wird nur dieses eine Mal angezeigt. Kopieren Sie es oder laden Sie es im Format Ihrer Werkzeuge herunter.',
    savedConfirm: 'Ich habe das neue Secret gesichert',
    savedHint:
      'Setzen Sie das Häkchen, um fortzufahren: Das Secret kann nicht wieder angezeigt werden.',
    secretLost:
      'Die Seite wurde neu geladen, daher wird das Secret des neuen Schlüssels {key} nicht mehr angezeigt: Die Konsole speichert nie ein Secret. Wenn Sie es gesichert haben, fahren Sie fort. Wenn nicht, löschen Sie den neuen Schlüssel und erzeugen Sie einen anderen.',
    secretSavedContinue: 'Gesichert, fortfahren',
    secretStartOver: 'Neuen Schlüssel löschen, anderen erzeugen',
    confirmBody:
      'Stellen Sie jede Anwendung, jedes Skript und jedes Werkzeug, das Schlüssel {old} nutzt, auf den neuen Schlüssel {new} um, und prüfen Sie, dass sie damit funktionieren.',
    secretNotKept: 'Das neue Secret wird nicht wieder angezeigt: Die Konsole speichert es nicht.',
    confirmCheck: 'Meine Anwendungen nutzen jetzt den neuen Schlüssel',
    deactivateBody:
      'Deaktivieren Sie Schlüssel {key}. Was ihn noch nutzt, verliert sofort den Zugriff; Sie können ihn wieder einschalten, falls etwas nicht funktioniert.',
    waitingForNewKey: 'Warten, bis der neue Schlüssel {key} aktiv ist…',
    deactivateSubmit: 'Alten Schlüssel deaktivieren',
    deactivating: 'Wird deaktiviert…',
    deactivateFailed: 'Schlüssel {key} wurde nicht deaktiviert und bleibt aktiv. {reason}',
    alreadyInactive: 'Schlüssel {key} ist bereits inaktiv.',
    deleteBody:
      'Schlüssel {key} ist inaktiv. Löschen Sie ihn endgültig, oder lassen Sie ihn eine Weile inaktiv, um zurückwechseln zu können. Das Löschen lässt sich nicht rückgängig machen.',
    deleteSubmit: 'Alten Schlüssel löschen',
    deleting: 'Wird gelöscht…',
    keepInactive: 'Inaktiv behalten',
    deleteFailed: 'Schlüssel {key} wurde nicht gelöscht. {reason}',
    doneDeleted: 'Schlüssel {new} ersetzt Schlüssel {old}, der gelöscht ist.',
    doneKept: 'Schlüssel {new} ersetzt Schlüssel {old}, der inaktiv bleibt.',
    doneOldGone: 'Schlüssel {old} gibt es nicht mehr; es ist nichts mehr zu rotieren.',
    next: 'Weiter',
    cancel: 'Abbrechen',
    continueLater: 'Später fortfahren',
    close: 'Schließen',
  },
})
