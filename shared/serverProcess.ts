/**
 * How the server process is started: the client uses this, and so does the benchmark, so the
 * figures are those of the process users run.
 */

/**
 * Environment for the server process. glibc's malloc raises its mmap threshold after large blocks
 * are freed, after which big buffers (the JSON of a 50 MB didOpen) come from the heap and are never
 * given back; a fixed threshold keeps them mmap'ed, so the memory returns to the system once read.
 * Other C libraries ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: String(128 * 1024),
};
