import 'reflect-metadata';
import fc from 'fast-check';
import { createValidationPipe } from '../../common/validation.js';
import { quickSendMessage, SendMessageDto } from './socket.dto.js';

const pipe = createValidationPipe();
const viaPipe = async (raw: object) => {
  try {
    return {
      ok: true,
      value: (await pipe.transform(raw, {
        type: 'body',
        metatype: SendMessageDto,
      })) as SendMessageDto,
    };
  } catch {
    return { ok: false, value: null };
  }
};

const roomId = '4f6c2a1e-8b3d-4c5e-9f7a-0b1c2d3e4f5a';

describe('quickSendMessage', () => {
  it('takes a well-formed payload as the pipe does', async () => {
    const raw = {
      roomId,
      body: 'Zdravo',
      clientMsgId: 'c-1',
      kind: 'question',
      anonymous: true,
    };
    const quick = quickSendMessage(raw);
    expect(quick).toBeInstanceOf(SendMessageDto);
    expect(quick).toEqual((await viaPipe(raw)).value);
  });

  it('leaves everything doubtful to the pipe', () => {
    for (const raw of [
      null,
      [],
      'text',
      { roomId, body: 'x', clientMsgId: 'c', role: 'admin' },
      { roomId: 'not-a-uuid', body: 'x', clientMsgId: 'c' },
      { roomId, body: 1, clientMsgId: 'c' },
      { roomId, body: 'x'.repeat(8001), clientMsgId: 'c' },
      { roomId, body: 'x', clientMsgId: 'with space' },
      { roomId, body: 'x', clientMsgId: 'c', kind: 'system' },
      { roomId, body: 'x', clientMsgId: 'c', kind: null },
      { roomId, body: 'x', clientMsgId: 'c', anonymous: 'yes' },
      Object.assign(Object.create({ inherited: 1 }) as object, {
        roomId,
        body: 'x',
        clientMsgId: 'c',
      }),
    ])
      expect(quickSendMessage(raw)).toBeNull();
  });

  it('property: whatever it accepts, the pipe accepts with the same values', async () => {
    // mostly valid values, so that many runs take the quick path; a few of every kind of wrong
    const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
      fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });
    const payload = fc
      .record(
        {
          roomId: mostly(
            fc.oneof(fc.uuid(), fc.constant(roomId.toUpperCase())),
            fc.oneof(
              fc.string(),
              fc.constant('00000000-0000-0000-0000-000000000000'),
            ),
          ),
          body: mostly(
            fc.oneof(
              fc.string({ maxLength: 50 }),
              fc.string({ minLength: 7990, maxLength: 8000 }),
            ),
            fc.oneof(
              fc.string({ minLength: 8001, maxLength: 8010 }),
              fc.integer(),
            ),
          ),
          clientMsgId: mostly(
            fc.stringMatching(/^[A-Za-z0-9._:-]{1,64}$/),
            fc.string({ maxLength: 70 }),
          ),
          kind: mostly(
            fc.constantFrom('chat', 'question', 'announcement'),
            fc.constantFrom('system', null),
          ),
          anonymous: mostly(fc.boolean(), fc.constant('true')),
          extra: fc.integer(),
        },
        { requiredKeys: ['roomId', 'body', 'clientMsgId'] },
      )
      .map((p) => {
        // an unknown field now and then, the optional ones often absent
        const { extra, ...rest } = p;
        return extra !== undefined && extra % 7 === 0
          ? { ...rest, extra }
          : rest;
      });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(payload, async (raw) => {
        const quick = quickSendMessage(raw);
        if (!quick) return;
        accepted++;
        const piped = await viaPipe(raw);
        expect(piped.ok).toBe(true);
        expect(quick).toEqual(piped.value);
      }),
      { numRuns: 500 },
    );
    // the property said something: most runs were taken by the quick path
    expect(accepted).toBeGreaterThan(100);
  });
});
