/**
 * Preloaded (`node -r`) into a process the bench measures: at exit it writes, to the file
 * KAMERBRIEF_BENCH_RSS_FILE names, the peak resident memory of the whole process in
 * kilobytes and its CPU time in microseconds, worker threads included: "<kB> <µs>".
 */
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.writeFileSync(process.env.KAMERBRIEF_BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
