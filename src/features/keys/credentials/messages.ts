import { defineMessages } from '../../../lib/i18n'

/** The key-pair download: formats, regions and how to use each file. */
export const credentialMessages = defineMessages({
  en: {
    heading: 'Download the key pair',
    format: 'Format',
    region: 'Region',
    regionNotUsed: 'This file names no region.',
    download: 'Download key pair',
    saves: 'Saves {file}.',
    downloaded: 'Downloaded {file}.',
    regionsFallback:
      'The regions could not be read from IONOS, so the documented list is offered. Check the endpoint in the IONOS documentation if one is missing.',
    regionsOfKey:
      'IONOS lists only {regions} for this key, so the other regions are not offered: {others}. Keys made before 25 April 2024 work only where buckets are user-owned; a new key works in every region.',
    unsafeValue:
      'This key cannot be written to this format as is. Choose a CSV file or the MinIO JSON file instead.',
    'format.aws-console-csv': 'CSV file, as the AWS console writes it',
    'format.aws-import-csv': 'CSV file for “aws configure import”',
    'format.aws-credentials': 'AWS CLI credentials profile',
    'format.aws-config': 'AWS CLI config profile (region and endpoint)',
    'format.env': '.env file (AWS and IONOS variables)',
    'format.rclone': 'rclone remote',
    'format.s3cmd': 's3cmd configuration (.s3cfg)',
    'format.mc': 'MinIO client alias (mc alias import)',
    'hint.aws-console-csv': 'Access key ID and secret access key, for tools that read this CSV.',
    'hint.aws-import-csv': 'Import it with: aws configure import --csv file://{file}',
    'hint.aws-credentials':
      'Add the [ionos] section to ~/.aws/credentials and use it with --profile ionos. Download the config profile too for the endpoint.',
    'hint.aws-config':
      'Add the [profile ionos] section to ~/.aws/config. AWS CLI 2.13 and later read endpoint_url from it.',
    'hint.env':
      'For AWS SDKs and CLIs, and for IONOS tools such as the Terraform provider. Keep it out of version control.',
    'hint.rclone':
      'Add the [ionos] remote to your rclone.conf (“rclone config file” shows where it is).',
    'hint.s3cmd': 'Save it as ~/.s3cfg, or use it with: s3cmd -c {file}',
    'hint.mc': 'Import it with: mc alias import ionos {file}',
  },
  de: {
    heading: 'Schlüsselpaar herunterladen',
    format: 'Format',
    region: 'Region',
    regionNotUsed: 'Diese Datei nennt keine Region.',
    download: 'Schlüsselpaar herunterladen',
    saves: 'Speichert {file}.',
    downloaded: '{file} heruntergeladen.',
    regionsFallback:
      'Die Regionen konnten nicht von IONOS gelesen werden, daher wird die dokumentierte Liste angeboten. Fehlt eine, finden Sie den Endpunkt in der IONOS-Dokumentation.',
    regionsOfKey:
      'IONOS nennt für diesen Schlüssel nur {regions}, daher werden die anderen Regionen nicht angeboten: {others}. Schlüssel von vor dem 25. April 2024 funktionieren nur mit benutzereigenen Buckets; ein neuer Schlüssel funktioniert in jeder Region.',
    unsafeValue:
      'Dieser Schlüssel lässt sich in diesem Format nicht unverändert schreiben. Wählen Sie eine CSV-Datei oder die MinIO-JSON-Datei.',
    'format.aws-console-csv': 'CSV-Datei, wie die AWS-Konsole sie schreibt',
    'format.aws-import-csv': 'CSV-Datei für „aws configure import“',
    'format.aws-credentials': 'AWS-CLI-Profil mit Zugangsdaten (credentials)',
    'format.aws-config': 'AWS-CLI-Profil mit Region und Endpunkt (config)',
    'format.env': '.env-Datei (AWS- und IONOS-Variablen)',
    'format.rclone': 'rclone-Remote',
    'format.s3cmd': 's3cmd-Konfiguration (.s3cfg)',
    'format.mc': 'MinIO-Client-Alias (mc alias import)',
    'hint.aws-console-csv':
      'Access key ID und Secret access key, für Werkzeuge, die diese CSV lesen.',
    'hint.aws-import-csv': 'Importieren mit: aws configure import --csv file://{file}',
    'hint.aws-credentials':
      'Fügen Sie den Abschnitt [ionos] in ~/.aws/credentials ein und nutzen Sie ihn mit --profile ionos. Laden Sie für den Endpunkt auch das config-Profil herunter.',
    'hint.aws-config':
      'Fügen Sie den Abschnitt [profile ionos] in ~/.aws/config ein. Die AWS CLI ab 2.13 liest endpoint_url daraus.',
    'hint.env':
      'Für AWS-SDKs und -CLIs sowie IONOS-Werkzeuge wie den Terraform-Provider. Halten Sie die Datei aus der Versionskontrolle heraus.',
    'hint.rclone':
      'Fügen Sie das Remote [ionos] in Ihre rclone.conf ein („rclone config file“ zeigt, wo sie liegt).',
    'hint.s3cmd': 'Speichern Sie sie als ~/.s3cfg oder nutzen Sie sie mit: s3cmd -c {file}',
    'hint.mc': 'Importieren mit: mc alias import ionos {file}',
  },
})
