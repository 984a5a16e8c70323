import type { Rolldown } from 'vite'

/**
 * All the code the entry imports statically, in the entry's one chunk. Left to itself, rolldown
 * splits it into eleven by which lazy chunks share which modules, and every page waits for all
 * eleven before its app starts. On slow 4G that is queueing on the browser's six HTTP/1.1
 * connections: one request instead of eleven brought the first row of `/users` about 120 ms
 * earlier (bench/slow-load.ts), and the entry is 5 KB smaller without the chunks' imports and
 * exports. The console and the bench's same-stack floor are built with it alike.
 */
export const startChunkOutput: Rolldown.OutputOptions = {
  codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
}
