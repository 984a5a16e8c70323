/**
 * The `<meta>` by which a server says that the console's backend is the local emulator, whose
 * demo accounts the sign-in page may then mention. Only `npm start` with the emulator and
 * `npm run dev` put it into the HTML they serve; a build has none (it serves IONOS in live mode and
 * behind nginx). No imports: the servers (scripts/, vite.config.ts) read it too.
 */
export const EMULATOR_BACKEND_META = { name: 'oskc-backend', content: 'emulator' } as const
