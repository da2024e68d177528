// Which main-thread tasks Lighthouse's simulated Total Blocking Time counted
// in one run, and what each was made of. Lighthouse (lantern) simulates the
// load twice for TBT, optimistically and pessimistically, over the whole
// dependency graph, and counts each task's part over 50 ms after the simulated
// first contentful paint; TBT is the mean of the two. The simulator keeps the
// timing of every node of its last simulations under a label per estimate
// (`Simulator.allNodeTimings`); this reads them. The FCP simulation holds only
// the first parse, layout and paint and the render-blocking requests, the TBT
// one every task: a task that ran before the first paint in the trace can end
// after the simulated one (README, Benchmark). What counts, and where LCP
// ends, are Lighthouse's own functions, so the two cannot drift apart.
import { BLOCKING_TIME_THRESHOLD, calculateTbtImpactForEvent } from '@paulirish/trace_engine/models/trace/lantern/metrics/TBTUtils.js';
import { LargestContentfulPaint } from '@paulirish/trace_engine/models/trace/lantern/metrics/LargestContentfulPaint.js';

/** Lighthouse's threshold: the part of a task over this counts as blocking. */
export const BLOCKING_MS = BLOCKING_TIME_THRESHOLD;

/** What a simulated main-thread task did, from the trace events it held. */
export function describeTask(childEvents) {
  const names = new Set(childEvents.map((e) => e.name));
  // A script file by its name, or null: the page's own address means an inline script.
  const fileOf = (name) => {
    const url = childEvents.find((e) => e.name === name && e.args?.data?.url)?.args.data.url;
    const file = url ? new URL(url).pathname.split('/').pop() : '';
    return /\.\w+$/.test(file) ? file : null;
  };
  const parts = [];
  if (names.has('DocumentLoader::CommitNavigation')) parts.push('navigation commit (the browser)');
  if (names.has('ParseHTML')) parts.push('HTML parsing');
  if (names.has('EvaluateScript')) parts.push(fileOf('EvaluateScript') ? `script ${fileOf('EvaluateScript')}` : 'inline script');
  if (names.has('TimerFire') || names.has('FunctionCall')) {
    parts.push(fileOf('FunctionCall') ? `callback in ${fileOf('FunctionCall')}` : 'inline script callback');
  }
  if ([...names].some((n) => n.startsWith('v8.wasm'))) parts.push('wasm compilation');
  if (names.has('UpdateLayoutTree') || names.has('Layout')) parts.push('style and layout');
  if (names.has('Paint')) parts.push('paint');
  return parts.join(' + ') || 'other';
}

/** The part of a task `[start, end]` that TBT counts between `from` (FCP) and `to` (TTI). */
export function blockingPart(start, end, from, to = Infinity) {
  return calculateTbtImpactForEvent({ start, end, duration: end - start }, from, to);
}

/** Where a simulation ended: its last node's end, nodes kept by `keep` only. */
function endOf(timings, keep = () => true) {
  let end = NaN;
  for (const [node, timing] of timings ?? []) if (keep(node)) end = Number.isNaN(end) ? timing.endTime : Math.max(end, timing.endTime);
  return end;
}

/**
 * The end of the last task over 50 ms in a simulation, 0 if none: lantern
 * Interactive's own function reads a `duration` that these kept timings lack.
 */
function lastLongTaskEnd(timings) {
  let end = 0;
  for (const [node, timing] of timings ?? []) {
    if (node.type === 'cpu' && timing.endTime - timing.startTime > BLOCKING_MS) end = Math.max(end, timing.endTime);
  }
  return end;
}

/**
 * The tasks that counted towards one run's TBT, from the simulator's node
 * timings of that run: `{ what, simulatedMs, blockingMs }` each, blocking
 * time as the mean of the two estimates (as Lighthouse's TBT), most first.
 * As Lighthouse does, the optimistic estimate runs from the pessimistic FCP
 * to the optimistic time to interactive, and the pessimistic one from the
 * optimistic FCP to the pessimistic time to interactive; each time to
 * interactive is the later of its LCP and the end of its own simulation's
 * last long task, which can end before a task of the TBT simulation does.
 */
export function countedTasks(allNodeTimings) {
  const timings = (label) => allNodeTimings.get(label);
  const interactive = (kind) =>
    Math.max(endOf(timings(`${kind}LargestContentfulPaint`), LargestContentfulPaint.isNotLowPriorityImageNode), lastLongTaskEnd(timings(`${kind}Interactive`)));
  const estimates = [
    { label: 'optimisticTotalBlockingTime', from: endOf(timings('pessimisticFirstContentfulPaint')), to: interactive('optimistic') },
    { label: 'pessimisticTotalBlockingTime', from: endOf(timings('optimisticFirstContentfulPaint')), to: interactive('pessimistic') },
  ];
  const byTask = new Map();
  for (const { label, from, to } of estimates) {
    for (const [node, timing] of timings(label) ?? []) {
      if (node.type !== 'cpu') continue;
      const blocking = blockingPart(timing.startTime, timing.endTime, from, to);
      if (blocking <= 0) continue;
      const task = byTask.get(node.id) ?? { what: describeTask(node.childEvents), simulatedMs: 0, blockingMs: 0 };
      task.simulatedMs = Math.max(task.simulatedMs, Math.round(timing.endTime - timing.startTime));
      task.blockingMs += blocking / estimates.length;
      byTask.set(node.id, task);
    }
  }
  return [...byTask.values()]
    .map((t) => ({ ...t, blockingMs: Math.round(t.blockingMs * 10) / 10 }))
    .sort((a, b) => b.blockingMs - a.blockingMs);
}
