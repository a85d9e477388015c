import { AppError } from '../common/errors.js';
import { attempt } from './forms.js';

describe('attempt (a form post’s service call)', () => {
  it('answers the value and leaves `refused` alone when the call succeeds', async () => {
    const refusals: AppError[] = [];
    const out = await attempt(
      () => Promise.resolve(42),
      (err) => refusals.push(err),
    );
    expect(out).toEqual({ value: 42 });
    expect(refusals).toEqual([]);
  });

  it('hands a refusal of the service (a 4xx AppError) to `refused` and answers undefined', async () => {
    const refusals: string[] = [];
    const out = await attempt(
      () => Promise.reject(new AppError(409, 'SESSION_CLASH', 'clash')),
      async (err) => {
        await Promise.resolve();
        refusals.push(err.code);
      },
    );
    expect(out).toBeUndefined();
    expect(refusals).toEqual(['SESSION_CLASH']);
  });

  it('lets crashes and 5xx errors through to the error page, and what `refused` throws', async () => {
    const never = () => {
      throw new Error('refused must not see this');
    };
    await expect(
      attempt(() => Promise.reject(new TypeError('boom')), never),
    ).rejects.toThrow('boom');
    await expect(
      attempt(
        () => Promise.reject(new AppError(503, 'UNAVAILABLE', 'down')),
        never,
      ),
    ).rejects.toThrow('down');
    await expect(
      attempt(
        () => Promise.reject(new AppError(404, 'ROOM_NOT_FOUND', 'gone')),
        (err) => {
          throw err;
        },
      ),
    ).rejects.toThrow('gone');
  });
});
