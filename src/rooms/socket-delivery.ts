import type { Socket as TcpSocket } from 'node:net';
import { Injectable } from '@nestjs/common';
import type { RoomsNamespace, RoomsSocket } from './socket-events.js';

/** What this module relies on of engine.io's connection and ws's WebSocket (checked each time). */
interface WsLike {
  readyState: number;
  _socket?: TcpSocket;
  _sender?: {
    sendFrame?: (list: Buffer[], cb?: (err?: Error) => void) => void;
  };
}
interface EngineConnLike {
  readyState?: string;
  writeBuffer?: unknown[];
  transport?: {
    name?: string;
    socket?: WsLike;
    opts?: { perMessageDeflate?: unknown };
  };
}

const WS_OPEN = 1;

/**
 * An event encoded once for many sockets: the Socket.IO packet (`2/rooms,["event",{…}]`), and the
 * WebSocket frame that carries it as an Engine.IO message (`4…`), built when first needed.
 */
export class PreparedEvent {
  private frame: Buffer[] | null = null;

  constructor(
    readonly event: string,
    readonly data: unknown,
    private readonly packet: string,
  ) {}

  static of(ns: RoomsNamespace, event: string, data: unknown): PreparedEvent {
    const prefix = ns.name === '/' ? '' : `${ns.name},`;
    return new PreparedEvent(
      event,
      data,
      `2${prefix}${JSON.stringify([event, data])}`,
    );
  }

  wsFrame(): Buffer[] {
    return (this.frame ??= wsTextFrame(Buffer.from(`4${this.packet}`)));
  }
}

/**
 * An unmasked, final WebSocket text frame (RFC 6455 §5.2, server to client): header and payload,
 * in the form ws's Sender.sendFrame takes.
 */
export function wsTextFrame(payload: Buffer): Buffer[] {
  const n = payload.length;
  let header: Buffer;
  if (n < 126) {
    header = Buffer.from([0x81, n]);
  } else if (n < 65_536) {
    header = Buffer.alloc(4);
    header[0] = 0x81;
    header[1] = 126;
    header.writeUInt16BE(n, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x81;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(n), 2);
  }
  return [header, payload];
}

/**
 * Delivery of the message path's acks and broadcasts with fewer writes. Every Socket.IO packet is
 * one WebSocket frame, and Socket.IO writes each frame to the TCP connection on its own: a
 * message in a pair room cost three `writev` calls (ack to the sender, `message:new` to both),
 * the largest single item of the server's CPU per message. Here:
 *
 * - `hold` corks a socket's TCP connection until the current tick ends (process.nextTick, which
 *   runs once every promise callback of the tick has run): the acks and broadcasts of a whole
 *   group commit go out as one `writev` per connection;
 * - `send` writes a prepared event's frame straight to the WebSocket, skipping Engine.IO's write
 *   buffer (whose "writable" flag would hold a second frame back until the first one's write
 *   callback, i.e. after the cork). Only when nothing is waiting in that buffer (so order is kept),
 *   on a plain WebSocket transport without compression — Engine.IO itself sends broadcasts'
 *   pre-encoded frames the same way. Otherwise it falls back to `socket.emit`.
 */
@Injectable()
export class SocketDelivery {
  private readonly held = new Set<TcpSocket>();
  private releasing = false;

  hold(socket: RoomsSocket): void {
    const tcp = wsOf(socket)?._socket;
    if (!tcp || this.held.has(tcp) || tcp.destroyed) return;
    tcp.cork();
    this.held.add(tcp);
    if (!this.releasing) {
      this.releasing = true;
      process.nextTick(() => this.release());
    }
  }

  send(socket: RoomsSocket, event: PreparedEvent): void {
    const ws = directWs(socket);
    if (ws) {
      this.hold(socket);
      ws._sender!.sendFrame!(event.wsFrame());
      return;
    }
    (socket.emit as (e: string, d: unknown) => boolean)(
      event.event,
      event.data,
    );
  }

  private release() {
    this.releasing = false;
    for (const tcp of this.held) tcp.uncork();
    this.held.clear();
  }
}

function wsOf(socket: RoomsSocket): WsLike | undefined {
  const conn = socket.conn as unknown as EngineConnLike;
  const t = conn.transport;
  return t?.name === 'websocket' ? t.socket : undefined;
}

function directWs(socket: RoomsSocket): WsLike | null {
  if (!socket.connected) return null;
  const conn = socket.conn as unknown as EngineConnLike;
  if (conn.readyState !== 'open' || (conn.writeBuffer?.length ?? 1) !== 0)
    return null;
  const t = conn.transport;
  if (t?.name !== 'websocket' || t.opts?.perMessageDeflate) return null;
  const ws = t.socket;
  if (
    !ws ||
    ws.readyState !== WS_OPEN ||
    typeof ws._sender?.sendFrame !== 'function'
  )
    return null;
  return ws;
}
