/**
 * What the server measures of itself, for benchmarks and diagnostics: its memory, and (when started with
 * REPORT_LENS_LOOP_DELAY=1, since measuring costs a timer every millisecond) how long its event loop was held up.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LoopDelayRequest, MemoryRequest, type LoopDelayResult, type MemoryResult } from '../../../../shared/protocol';
import type { HandlerModule } from '../context';

export const registerServerStats: HandlerModule = ({ connection }) => {
  connection.onRequest(MemoryRequest.method, (): MemoryResult => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
  });
  const loopDelay = process.env.REPORT_LENS_LOOP_DELAY === '1' ? monitorEventLoopDelay({ resolution: 1 }) : undefined;
  loopDelay?.enable();
  connection.onRequest(LoopDelayRequest.method, (): LoopDelayResult | null => {
    if (!loopDelay) return null;
    const ms = (ns: number) => ns / 1e6;
    const r = { maxMs: ms(loopDelay.max), p99Ms: ms(loopDelay.percentile(99)), meanMs: ms(loopDelay.mean), samples: loopDelay.count };
    loopDelay.reset();
    return r;
  });
};
