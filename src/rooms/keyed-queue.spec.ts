import { KeyedQueue } from './keyed-queue.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedQueue', () => {
  it('runs tasks of one key in order, even when earlier ones are slower or fail', async () => {
    const q = new KeyedQueue();
    const seen: number[] = [];
    const results = await Promise.allSettled([
      q.run('a', async () => {
        await tick(20);
        seen.push(1);
        return 1;
      }),
      q.run('a', async () => {
        seen.push(2);
        throw new Error('boom');
      }),
      q.run('a', async () => {
        seen.push(3);
        return 3;
      }),
    ]);
    expect(seen).toEqual([1, 2, 3]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    await tick(0);
    expect(q.size).toBe(0);
  });

  it('runs different keys concurrently', async () => {
    const q = new KeyedQueue();
    const seen: string[] = [];
    await Promise.all([
      q.run('slow', async () => {
        await tick(20);
        seen.push('slow');
      }),
      q.run('fast', async () => {
        seen.push('fast');
      }),
    ]);
    expect(seen).toEqual(['fast', 'slow']);
  });
});
