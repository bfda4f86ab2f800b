/**
 * Entry of the server's worker threads (piscina loads dist/server/worker.js): the same
 * kind of pool as `kamerbrief convert` for many inputs, each task one upload in memory.
 */
export { inspectUpload, convertUpload } from './task';
