import { wsTextFrame } from './socket-delivery.js';

describe('wsTextFrame', () => {
  it('is a final, unmasked text frame with the length in 7, 16 or 64 bits (RFC 6455 §5.2)', () => {
    for (const [n, header] of [
      [0, [0x81, 0]],
      [125, [0x81, 125]],
      [126, [0x81, 126, 0, 126]],
      [65_535, [0x81, 126, 0xff, 0xff]],
      [65_536, [0x81, 127, 0, 0, 0, 0, 0, 1, 0, 0]],
    ] as const) {
      const payload = Buffer.alloc(n, 0x61);
      const [h, p] = wsTextFrame(payload);
      expect([...h]).toEqual(header);
      expect(p).toBe(payload);
    }
  });
});
