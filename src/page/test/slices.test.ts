import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd } from '../slices';

/** Three steps with a pause between each; records which steps ran. */
function* threeSteps(log: string[]): Generator<void, string, void> {
  log.push('one');
  yield;
  log.push('two');
  yield;
  log.push('three');
  return 'done';
}

/** Resolves on a task posted now: it runs only once the work before it gave the thread back. */
function taskPostedNow(): { ran: () => boolean } {
  let ran = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    ran = true;
    channel.port1.close();
  };
  channel.port2.postMessage(null);
  return { ran: () => ran };
}

/** Whether a task the page posted has run, before and after the work's one pause, in slices of `budgetMs`. */
async function seenAroundOnePause(budgetMs: number): Promise<boolean[]> {
  const other = taskPostedNow();
  const seen: boolean[] = [];
  function* work(): Generator<void, void, void> {
    seen.push(other.ran());
    yield;
    seen.push(other.ran());
  }
  await runInSlices(work(), budgetMs);
  return seen;
}

describe('work in slices', () => {
  it('runs the work to its end and returns its value, at once or in slices', async () => {
    const log: string[] = [];
    expect(runToEnd(threeSteps(log))).toBe('done');
    expect(await runInSlices(threeSteps(log), 0)).toBe('done');
    expect(log).toEqual(['one', 'two', 'three', 'one', 'two', 'three']);
  });

  it('lets the page’s tasks run at every pause with no budget', async () => {
    expect(await seenAroundOnePause(0)).toEqual([false, true]);
  });

  it('keeps going without pausing while within its budget', async () => {
    expect(await seenAroundOnePause(60_000)).toEqual([false, false]);
  });
});
