/**
 * Entry of the conversion pool's worker threads (piscina loads dist/cli/worker.js): each
 * task is one input read and exported in memory; the main thread writes the files.
 */
export { convertInputWithTemplate as convertTask } from './batch-task';
