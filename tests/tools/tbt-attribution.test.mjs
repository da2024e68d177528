// Tests of bench/tbt-attribution.mjs: which tasks Lighthouse's simulated TBT
// counted, read from the simulator's node timings. Checked against Lighthouse
// 12.8 on these pages: the counted parts add up to its TBT in every run.
//
//   node --test tests/tools/tbt-attribution.test.mjs   (a step of make test)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { blockingPart, countedTasks, describeTask } from '../../bench/tbt-attribution.mjs';

const cpu = (id, names, url) => ({ type: 'cpu', id, childEvents: names.map((name) => ({ name, args: { data: url ? { url } : {} } })) });
const network = (id, resourceType = 'Document', priority = 'VeryHigh') => ({ type: 'network', id, request: { resourceType, priority } });
const at = (startTime, endTime) => ({ startTime, endTime });

describe('blockingPart', () => {
  test('counts the part of a task over 50 ms after FCP', () => {
    assert.equal(blockingPart(700, 780, 600), 30);
  });
  test('clips a task that began before FCP to what follows it', () => {
    assert.equal(blockingPart(600, 760, 680), 30);
    assert.equal(blockingPart(600, 720, 680), 0);
  });
  test('counts nothing of a task that ended before FCP, or began after TTI, or of 50 ms or less', () => {
    assert.equal(blockingPart(100, 300, 400), 0);
    assert.equal(blockingPart(900, 1000, 400, 850), 0);
    assert.equal(blockingPart(700, 750, 400), 0);
  });
  test('clips at TTI', () => {
    assert.equal(blockingPart(700, 900, 600, 800), 50);
  });
});

describe('describeTask', () => {
  test("names the browser's commit, parsing, scripts, layout and paint", () => {
    assert.equal(describeTask(cpu(1, ['DocumentLoader::CommitNavigation']).childEvents), 'navigation commit (the browser)');
    assert.equal(describeTask(cpu(2, ['ParseHTML', 'UpdateLayoutTree', 'Layout']).childEvents), 'HTML parsing + style and layout');
    assert.equal(describeTask(cpu(3, ['TimerFire', 'FunctionCall'], 'http://127.0.0.1:4601/portfolio-book-1a2b.js').childEvents), 'callback in portfolio-book-1a2b.js');
    assert.equal(describeTask(cpu(4, ['EvaluateScript'], 'http://127.0.0.1:4601/book').childEvents), 'inline script');
    assert.equal(describeTask(cpu(5, ['TimerFire', 'FunctionCall'], 'http://127.0.0.1:4601/').childEvents), 'inline script callback');
    assert.equal(describeTask(cpu(6, ['Paint']).childEvents), 'paint');
    assert.equal(describeTask([]), 'other');
  });
});

describe('countedTasks', () => {
  // One load: the document, then the commit, parsing and the first layout.
  const doc = network('doc');
  const commit = cpu('commit', ['DocumentLoader::CommitNavigation']);
  const parse = cpu('parse', ['ParseHTML']);
  const layout = cpu('layout', ['UpdateLayoutTree', 'Layout', 'Paint']);
  const image = network('img', 'Image', 'Low');
  const fcpGraph = new Map([[doc, at(0, 600)], [parse, at(600, 640)], [layout, at(640, 700)]]);
  const tbtGraph = new Map([[doc, at(0, 600)], [commit, at(600, 740)], [parse, at(740, 780)], [layout, at(780, 840)]]);
  const timings = (overrides = {}) =>
    new Map(
      Object.entries({
        optimisticFirstContentfulPaint: fcpGraph,
        pessimisticFirstContentfulPaint: fcpGraph,
        optimisticLargestContentfulPaint: new Map([...fcpGraph, [image, at(0, 5000)]]),
        pessimisticLargestContentfulPaint: fcpGraph,
        optimisticInteractive: tbtGraph,
        pessimisticInteractive: tbtGraph,
        optimisticTotalBlockingTime: tbtGraph,
        pessimisticTotalBlockingTime: tbtGraph,
        ...overrides,
      }),
    );

  test('finds the task that ran before the first paint in the trace but after the simulated one', () => {
    // FCP at 700: the commit (600-740) counts 40 - 50 < 0, the layout (780-840) 60 - 50.
    assert.deepEqual(countedTasks(timings()), [{ what: 'style and layout + paint', simulatedMs: 60, blockingMs: 10 }]);
  });
  test('takes the mean of the two estimates, each from its own FCP', () => {
    const laterFcp = new Map([...fcpGraph, [layout, at(640, 800)]]);
    // Optimistic TBT starts at the pessimistic FCP (800): the layout counts nothing there.
    assert.deepEqual(countedTasks(timings({ pessimisticFirstContentfulPaint: laterFcp })), [
      { what: 'style and layout + paint', simulatedMs: 60, blockingMs: 5 },
    ]);
  });
  test('ends each estimate at its time to interactive, which ignores low-priority images', () => {
    // The optimistic time to interactive is the end of its last long task (the commit, 740), not the image's 5000.
    const shortInteractive = new Map([[doc, at(0, 600)], [commit, at(600, 740)]]);
    assert.deepEqual(countedTasks(timings({ optimisticInteractive: shortInteractive })), [
      { what: 'style and layout + paint', simulatedMs: 60, blockingMs: 5 },
    ]);
  });
  test("pairs each FCP with the other estimate's time to interactive, as Lighthouse does", () => {
    // Optimistic: from the pessimistic FCP (800) to the optimistic TTI (740), nothing.
    // Pessimistic: from the optimistic FCP (700) to its TTI (840), the layout's 10.
    // Paired the other way, neither would count it.
    const laterFcp = new Map([...fcpGraph, [layout, at(640, 800)]]);
    const shortInteractive = new Map([[doc, at(0, 600)], [commit, at(600, 740)]]);
    assert.deepEqual(countedTasks(timings({ pessimisticFirstContentfulPaint: laterFcp, optimisticInteractive: shortInteractive })), [
      { what: 'style and layout + paint', simulatedMs: 60, blockingMs: 5 },
    ]);
  });
  test('finds nothing when nothing was simulated', () => {
    assert.deepEqual(countedTasks(new Map()), []);
  });
});
