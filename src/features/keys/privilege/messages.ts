import { defineMessages } from '../../../lib/i18n'

export const privilegeMessages = defineMessages({
  en: {
    applying:
      'IONOS is applying the privilege to this user. That can take up to a minute after “Add to a group”; the console tries again by itself.',
    applyingProgress: 'Waiting for IONOS to apply the privilege',
  },
  de: {
    applying:
      'IONOS wendet die Berechtigung für diesen Benutzer an. Das kann nach „Einer Gruppe hinzufügen“ bis zu einer Minute dauern; die Konsole versucht es selbst erneut.',
    applyingProgress: 'Warten, bis IONOS die Berechtigung anwendet',
  },
})
