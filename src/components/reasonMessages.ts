import { defineMessages } from '../lib/i18n'

// A refusal's text is the server's: IONOS's in live use, the emulator's in the demo and in tests.
// Quoted and attributed to "the server", it never reads as a rule of the console's or of IONOS's.
export const reasonMessages = defineMessages({
  en: {
    serverSaid: 'The server answered: “{words}”',
  },
  de: {
    serverSaid: 'Der Server antwortete: „{words}“',
  },
})
