/**
 * Preloaded (`node -r`) into a process the bench measures: at exit it writes the peak
 * resident memory of the whole process, worker threads included, in kilobytes, to the file
 * KAMERBRIEF_BENCH_RSS_FILE names.
 */
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  fs.writeFileSync(process.env.KAMERBRIEF_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
