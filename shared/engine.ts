/**
 * The V8 flags every process that analyses reports runs with. Importing this module sets them: the language
 * server's and the command line's entries import it before anything else, so they hold from the first line
 * of analysis code on (a worker thread shares its process's flags); the benchmark's copy of the core imports
 * it too, so the analysis it times runs as the server's does.
 *
 * --no-allocation-site-pretenuring. V8 watches the places in the code where objects are made and, once
 * most objects of a place outlive a young collection, makes that place's objects in the old generation from
 * then on, throwing away the compiled code that made them. The analysis's results are such objects
 * (annotations, organisation mentions, outline nodes: they live as long as the document's analysis), but
 * each is made holding strings and lists made just before it, which are young: made old, it has to be
 * walked at every young collection as long as they are young, and the switch recompiles the detectors.
 * Left young, they are copied once, with what they hold, and the code stays compiled. Measured on 2 cores,
 * processes taking turns, medians (2026-12-04): a fresh whole analysis of the 10 MB bench input in 0.91-0.93
 * of the time, the outline alone in 0.90-0.94; `annotate` as a whole process and the server's diagnostics
 * after a keystroke did not move beyond their noise.
 */
import * as v8 from 'node:v8';

export const ENGINE_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];

// They take effect at once: V8 reads them as it collects and compiles.
for (const flag of ENGINE_FLAGS) v8.setFlagsFromString(flag);
