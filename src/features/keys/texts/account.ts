import { defineMessages } from '../../../lib/i18n'

/** The IDs for sharing buckets, the S3 endpoints and the missing privilege. */
export const keyAccountMessages = defineMessages({
  en: {
    idsTitle: 'Your IDs for sharing buckets',
    idsTitleOther: 'IDs for sharing buckets',
    canonicalUserId: 'Canonical user ID',
    canonicalHelp: 'For sharing user-owned buckets.',
    canonicalPending: 'The canonical user ID appears here once the first key is generated.',
    idPendingReady: 'Appears after the first key is ready.',
    canonicalFailed: 'The canonical user ID could not be loaded. {reason}',
    contractUserId: 'Contract user ID',
    contractHelp: 'For sharing contract-owned buckets.',
    endpointsTitle: 'S3 endpoints',
    endpointsIntro:
      'Point S3 tools and SDKs at one of these endpoints. Legacy keys work only where user-owned buckets are supported.',
    endpointsFailed: 'The endpoints could not be loaded. {reason}',
    endpointNamed: 'endpoint {region}',
    noPrivilegeTitle: 'Object Storage is not enabled for your account',
    noPrivilegeBody:
      'Generating and using keys needs the “Use Object Storage” privilege, which comes with a group that has it. A contract owner or administrator can add you to such a group.',
    noPrivilegeNextStep:
      'What to do: ask an administrator of your contract for “Use Object Storage”. Once they have added you to a group with it, you can generate your keys here.',
  },
  de: {
    idsTitle: 'Ihre IDs zum Teilen von Buckets',
    idsTitleOther: 'IDs zum Teilen von Buckets',
    canonicalUserId: 'Kanonische Benutzer-ID',
    canonicalHelp: 'Zum Teilen von Buckets im Besitz des Benutzers.',
    canonicalPending:
      'Die kanonische Benutzer-ID erscheint hier, sobald der erste Schlüssel erzeugt ist.',
    idPendingReady: 'Erscheint, sobald der erste Schlüssel bereit ist.',
    canonicalFailed: 'Die kanonische Benutzer-ID konnte nicht geladen werden. {reason}',
    contractUserId: 'Vertrags-Benutzer-ID',
    contractHelp: 'Zum Teilen von Buckets im Besitz des Vertrags.',
    endpointsTitle: 'S3-Endpunkte',
    endpointsIntro:
      'Richten Sie S3-Werkzeuge und SDKs auf einen dieser Endpunkte. Alte Schlüssel funktionieren nur dort, wo Buckets im Besitz des Benutzers unterstützt werden.',
    endpointsFailed: 'Die Endpunkte konnten nicht geladen werden. {reason}',
    endpointNamed: 'Endpunkt {region}',
    noPrivilegeTitle: 'Object Storage ist für Ihr Konto nicht freigeschaltet',
    noPrivilegeBody:
      'Zum Erzeugen und Nutzen von Schlüsseln brauchen Sie die Berechtigung „Use Object Storage“, die eine Gruppe mit dieser Berechtigung verleiht. Ein Vertragsinhaber oder Administrator kann Sie in eine solche Gruppe aufnehmen.',
    noPrivilegeNextStep:
      'So geht es weiter: Bitten Sie einen Administrator Ihres Vertrags um „Use Object Storage“. Sobald er Sie in eine Gruppe mit dieser Berechtigung aufgenommen hat, können Sie hier Ihre Schlüssel erzeugen.',
  },
})
