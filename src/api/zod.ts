import * as z from 'zod/mini'

// zod 4 probes `new Function` the first time it builds an object parser unless it is told not to;
// a strict CSP (script-src 'self') reports that probe. The setting is read when a schema is built,
// so every schema module imports `z` from here and never from 'zod/mini' directly.
z.config({ jitless: true })

export { z }
