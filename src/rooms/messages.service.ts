import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsRepository } from '../auth/accounts.repository.js';
import type { Actor } from '../auth/actor.js';
import {
  AppError,
  badRequest,
  conflict,
  forbidden,
  notFound,
  tooManyRequests,
  unprocessable,
} from '../common/errors.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { nowToTheSecond } from './db-util.js';
import type {
  Message,
  MessageKind,
  MessageStatus,
  HeldReason,
} from './entities/message.entity.js';
import { KeyedQueue } from './keyed-queue.js';
import { normaliseMessageBody } from './message-text.js';
import { MessagesRepository, type Page } from './messages.repository.js';
import { RoomBroadcaster } from './room-broadcaster.js';
import { formatWait, RoomsService, type RoomContext } from './rooms.service.js';
import type { Script } from './transliterate.js';
import { toMessageView, type MessageView, type Reader } from './views.js';
import { WordFilter } from './word-filter.js';

export const MESSAGE_RATE = { limit: 10, windowSeconds: 10 };
/** How authors see their own messages (their anonymous questions too). */
const OWN: Reader = { moderator: true, script: 'original' };

export interface SendInput {
  roomId: string;
  body: string;
  clientMsgId: string;
  kind?: Exclude<MessageKind, 'system'>;
  anonymous?: boolean;
}

/**
 * Messages: validate → store → acknowledge → broadcast. Sends to one room run one after another
 * (a queue per room), so every reader gets a room's messages in id order and a reader who asks
 * for "everything after the last id I saw" misses nothing.
 */
@Injectable()
export class MessagesService {
  private readonly log = new Logger('Messages');
  private readonly queue = new KeyedQueue();
  /** Messages handed to the group commit and not committed yet, by author and clientMsgId. */
  private readonly inflight = new Map<string, Promise<Message | null>>();
  /** When each person last queued a message in a slow-mode room (until it is committed). */
  private readonly lastQueued = new Map<string, number>();
  private readonly filter: WordFilter;

  constructor(
    private readonly repo: MessagesRepository,
    private readonly rooms: RoomsService,
    private readonly broadcaster: RoomBroadcaster,
    private readonly limiter: RateLimiter,
    private readonly accounts: AccountsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.filter = loadWordFilter(config.dataDir, this.log);
  }

  /**
   * Stores the message and only then calls `acknowledge` (the socket ack), then broadcasts it.
   * A retry with the same clientMsgId acknowledges the stored message again and stores nothing.
   *
   * Per room, the checks run one message after another and hand the insert to the group commit
   * without waiting for it; acknowledgements and broadcasts are chained on the commits, which
   * settle in queue order. So a busy room is not limited to one fsync per message, and readers
   * still get its messages in id order.
   *
   * A retry is recognised by the unique index on (author, clientMsgId) when it is inserted, not by
   * a lookup before every message: one query less per message. Only a send that is refused (room
   * locked since, rate limit, slow mode …) looks for a stored message first, so that a retry of a
   * message that was stored before still gets it.
   */
  async send(
    actor: Actor,
    input: SendInput,
    acknowledge: (view: MessageView) => void = () => undefined,
  ): Promise<MessageView> {
    const body = normaliseMessageBody(input.body);
    const key = `${actor.id} ${input.clientMsgId}`;
    // read now, not when the room's queue gets to it: the sends of a busy room that wait in its
    // queue share one lookup round trip on MySQL (RoomsRepository batches those on their way)
    const context = this.rooms.readable(actor, input.roomId, { reuse: true });
    context.catch(() => undefined); // awaited (and thrown) in the queue
    const step = await this.queue.run(input.roomId, async () => {
      const ctx = await context;
      const replay = (m: Message) =>
        this.replay(m, input, body, actor, acknowledge);
      const stored = async () => {
        const m = await this.repo.findByClientMsgId(
          actor.id,
          input.clientMsgId,
        );
        if (!m)
          throw conflict(
            'CLIENT_MSG_ID_REUSED',
            'This clientMsgId was already used. Use a new id for every new message.',
          );
        return replay(m);
      };

      const pending = this.inflight.get(key);
      if (pending)
        return {
          done: pending.then((m) => (m ? replay(m) : stored())),
        };

      let kind: MessageKind;
      try {
        if (ctx.writeBlock) throw ctx.writeBlock;
        kind = this.kindFor(ctx, input);
        if (input.anonymous && kind !== 'question')
          throw badRequest(
            'ANONYMOUS_QUESTIONS_ONLY',
            'Only questions can be asked anonymously.',
          );
        await this.throttle(actor, ctx);
      } catch (e) {
        const existing = await this.repo.findByClientMsgId(
          actor.id,
          input.clientMsgId,
        );
        if (existing) return { done: Promise.resolve(existing).then(replay) };
        throw e;
      }

      let status: MessageStatus = 'visible';
      let heldReason: HeldReason | null = null;
      if (!ctx.permissions.canModerate) {
        if (this.filter.check(body)) {
          status = 'held';
          heldReason = 'filter';
        } else if (kind === 'question' && ctx.room.qaModeration) {
          status = 'held';
          heldReason = 'queue';
        }
      }
      const inserted = this.repo.insert({
        roomId: ctx.room.id,
        authorId: actor.id,
        clientMsgId: input.clientMsgId,
        kind,
        body,
        status,
        heldReason,
        anonymous: input.anonymous === true,
        upvotes: 0,
        answeredAt: null,
        hiddenBy: null,
        createdAt: nowToTheSecond(),
      });
      this.inflight.set(key, inserted);
      if (ctx.room.slowModeSeconds > 0)
        this.rememberQueued(ctx.room.id, actor.id);
      const done = inserted
        .then((m) => {
          // taken already: a retry of a message stored earlier (or on another instance)
          if (!m) return stored();
          const view = {
            ...toMessageView(m, actor.displayName, OWN),
            clientMsgId: input.clientMsgId,
          };
          acknowledge(view);
          if (m.status === 'visible')
            this.broadcaster.messageNew(m, actor.displayName);
          else this.broadcaster.messageHeld(m, actor.displayName);
          return view;
        })
        .finally(() => {
          if (this.inflight.get(key) === inserted) this.inflight.delete(key);
        });
      return { done };
    });
    return step.done;
  }

  private replay(
    existing: Message,
    input: SendInput,
    body: string,
    actor: Actor,
    acknowledge: (view: MessageView) => void,
  ): MessageView {
    if (existing.roomId !== input.roomId || existing.body !== body)
      throw conflict(
        'CLIENT_MSG_ID_REUSED',
        'This clientMsgId was already used for a different message. Use a new id for every new message.',
      );
    const view = {
      ...toMessageView(existing, actor.displayName, OWN),
      clientMsgId: input.clientMsgId,
    };
    acknowledge(view);
    return view;
  }

  private rememberQueued(roomId: string, accountId: string) {
    const now = Date.now();
    if (this.lastQueued.size > 10_000)
      for (const [k, at] of this.lastQueued)
        if (now - at > 3_600_000) this.lastQueued.delete(k);
    this.lastQueued.set(`${roomId} ${accountId}`, now);
  }

  private kindFor(ctx: RoomContext, input: SendInput): MessageKind {
    const kind = input.kind ?? (ctx.room.mode === 'qa' ? 'question' : 'chat');
    if (kind === 'announcement' && !ctx.permissions.canModerate)
      throw forbidden(
        'Only moderators can post announcements.',
        'NOT_A_MODERATOR',
      );
    if (kind === 'question' && ctx.room.mode !== 'qa')
      throw unprocessable(
        'NOT_A_QA_ROOM',
        'This room is not taking questions; send a chat message instead.',
      );
    if (kind === 'chat' && ctx.room.mode === 'qa')
      throw unprocessable(
        'QUESTIONS_ONLY',
        'This room is in Q&A mode: send your message as a question.',
      );
    return kind;
  }

  private async throttle(actor: Actor, ctx: RoomContext) {
    const slow = ctx.room.slowModeSeconds;
    if (slow > 0 && !ctx.permissions.canModerate) {
      // the last committed message, or one this instance has queued but not committed yet
      const stored = await this.repo.lastMessageAt(ctx.room.id, actor.id);
      const queued = this.lastQueued.get(`${ctx.room.id} ${actor.id}`) ?? 0;
      const last = Math.max(stored?.getTime() ?? 0, queued);
      const wait = last
        ? Math.ceil((last + slow * 1000 - Date.now()) / 1000)
        : 0;
      if (wait > 0)
        throw new AppError(
          429,
          'SLOW_MODE',
          `Slow mode is on: one message every ${formatWait(slow)}. You can write again in ${formatWait(wait)}.`,
          { retryAfterSeconds: wait },
          { 'Retry-After': String(wait) },
        );
    }
    const d = await this.limiter.consume(
      `room-msg:${ctx.room.id}:${actor.id}`,
      MESSAGE_RATE,
    );
    if (!d.allowed)
      throw tooManyRequests(
        d.retryAfterSeconds,
        `You are sending messages too quickly. You can write again in ${formatWait(d.retryAfterSeconds)}.`,
      );
  }

  /** The author takes back their own message; a moderator hides anybody's. */
  async remove(
    actor: Actor,
    messageId: number,
    inRoom?: string,
  ): Promise<{ roomId: string; messageId: number }> {
    const m = await this.getOrThrow(messageId, inRoom);
    const ctx = await this.rooms.readable(actor, m.roomId);
    const own = m.authorId === actor.id;
    if (!own && !ctx.permissions.canModerate)
      throw forbidden(
        'You can only delete your own messages.',
        'NOT_YOUR_MESSAGE',
      );
    const hidden = await this.repo.hide(
      m.id,
      actor.id,
      own
        ? null
        : {
            roomId: m.roomId,
            actorId: actor.id,
            action: 'hide',
            targetAccountId: m.authorId,
            targetMessageId: m.id,
            details: null,
          },
    );
    if (hidden) this.broadcaster.messageDeleted(m.roomId, m.id);
    return { roomId: m.roomId, messageId: m.id };
  }

  async upvote(
    actor: Actor,
    messageId: number,
  ): Promise<{ messageId: number; upvotes: number; counted: boolean }> {
    const m = await this.getOrThrow(messageId);
    await this.rooms.writable(actor, m.roomId, { reuse: true });
    if (m.kind !== 'question' || m.status !== 'visible')
      throw unprocessable(
        'NOT_A_QUESTION',
        'Only questions that everybody can see can be upvoted.',
      );
    const { counted, upvotes } = await this.repo.upvote(m.id, actor.id);
    if (counted)
      this.broadcaster.questionUpdated(
        m.roomId,
        m.id,
        upvotes,
        m.answeredAt !== null,
      );
    return { messageId: m.id, upvotes, counted };
  }

  async markAnswered(
    actor: Actor,
    messageId: number,
    answered: boolean,
    inRoom?: string,
  ) {
    const m = await this.getOrThrow(messageId, inRoom);
    await this.rooms.moderated(actor, m.roomId);
    if (m.kind !== 'question')
      throw unprocessable('NOT_A_QUESTION', 'Only questions can be answered.');
    const at = await this.repo.setAnswered(m.id, answered, {
      roomId: m.roomId,
      actorId: actor.id,
      action: 'answer',
      targetAccountId: null,
      targetMessageId: m.id,
      details: { answered },
    });
    this.broadcaster.questionUpdated(m.roomId, m.id, m.upvotes, at !== null);
    return { messageId: m.id, answered: at !== null };
  }

  /** A moderator publishes a held message: it appears to everybody under a new id. */
  async approve(
    actor: Actor,
    messageId: number,
    inRoom?: string,
  ): Promise<MessageView> {
    const m = await this.getOrThrow(messageId, inRoom);
    await this.rooms.moderated(actor, m.roomId);
    if (m.status !== 'held')
      throw unprocessable(
        'NOT_HELD',
        'This message is not waiting for a moderator.',
      );
    const published = await this.queue.run(m.roomId, async () => {
      const p = await this.repo.publishHeld(m, (newId) => ({
        roomId: m.roomId,
        actorId: actor.id,
        action: 'approve',
        targetAccountId: m.authorId,
        targetMessageId: newId,
        details: { heldId: m.id, reason: m.heldReason },
      }));
      if (!p)
        throw unprocessable(
          'NOT_HELD',
          'This message is not waiting for a moderator.',
        );
      const name = await this.nameOf(p.authorId);
      this.broadcaster.messageNew(p, name);
      return { message: p, name };
    });
    return toMessageView(published.message, published.name, {
      moderator: true,
      script: 'original',
    });
  }

  /** A system message (safeguarding notices …), stored and broadcast like any other. */
  async postSystem(roomId: string, body: string): Promise<void> {
    await this.queue.run(roomId, async () => {
      const m = await this.repo.insert({
        roomId,
        authorId: null,
        clientMsgId: null,
        kind: 'system',
        body,
        status: 'visible',
        heldReason: null,
        anonymous: false,
        upvotes: 0,
        answeredAt: null,
        hiddenBy: null,
        createdAt: nowToTheSecond(),
      });
      // (without a clientMsgId an insert is never a retry)
      if (m) this.broadcaster.messageNew(m, null);
    });
  }

  /** History with before/after cursors (message ids), same permission rules as the socket. */
  async history(
    actor: Actor,
    roomId: string,
    page: Page,
    script: Script,
  ): Promise<{ items: MessageView[]; hasMore: boolean }> {
    const ctx = await this.rooms.readable(actor, roomId);
    return this.pageFor(ctx, page, script);
  }

  /** The latest messages for a socket that just joined (access already checked). */
  async recent(ctx: RoomContext, script: Script): Promise<MessageView[]> {
    return (await this.pageFor(ctx, { limit: 50 }, script)).items;
  }

  private async pageFor(ctx: RoomContext, page: Page, script: Script) {
    const { items, hasMore } = await this.repo.page(ctx.room.id, page);
    const names = await this.namesOf(items);
    const reader = { moderator: ctx.permissions.canModerate, script };
    return {
      items: items.map((m) =>
        toMessageView(m, names.get(m.authorId ?? '') ?? null, reader),
      ),
      hasMore,
    };
  }

  async questions(
    actor: Actor,
    roomId: string,
    sort: 'votes' | 'recent',
    script: Script,
  ): Promise<MessageView[]> {
    const ctx = await this.rooms.readable(actor, roomId);
    const rows = await this.repo.questions(roomId, sort, 200);
    const [names, voted] = await Promise.all([
      this.namesOf(rows),
      this.repo.votedBy(
        actor.id,
        rows.map((r) => r.id),
      ),
    ]);
    const reader = { moderator: ctx.permissions.canModerate, script };
    return rows.map((m) => ({
      ...toMessageView(m, names.get(m.authorId ?? '') ?? null, reader),
      votedByMe: voted.has(m.id),
    }));
  }

  async held(actor: Actor, roomId: string, script: Script) {
    await this.rooms.moderated(actor, roomId);
    const rows = await this.repo.held(roomId, 200);
    const names = await this.namesOf(rows);
    return rows.map((m) => ({
      ...toMessageView(m, names.get(m.authorId ?? '') ?? null, {
        moderator: true,
        script,
      }),
      heldReason: m.heldReason,
    }));
  }

  /** Export: every message the person wrote, with its text. */
  async exportFor(accountId: string) {
    const rows = await this.repo.writtenBy(accountId);
    return rows.map((m) => ({
      id: m.id,
      roomId: m.roomId,
      kind: m.kind,
      body: m.body,
      status: m.status,
      anonymous: m.anonymous,
      createdAt: new Date(m.createdAt).toISOString(),
    }));
  }

  anonymise(accountId: string, em: EntityManager) {
    return this.repo.anonymise(accountId, em);
  }

  /** The message, in the given room when one is named (HTTP paths name both). */
  private async getOrThrow(id: number, inRoom?: string): Promise<Message> {
    const m = await this.repo.findById(id);
    if (!m || (inRoom !== undefined && m.roomId !== inRoom))
      throw notFound('This message', 'MESSAGE_NOT_FOUND');
    return m;
  }

  private async nameOf(accountId: string | null): Promise<string | null> {
    if (!accountId) return null;
    return (await this.accounts.findById(accountId))?.displayName ?? null;
  }

  private async namesOf(rows: Message[]): Promise<Map<string, string>> {
    const ids = [
      ...new Set(rows.map((r) => r.authorId).filter((x): x is string => !!x)),
    ];
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 200)
      for (const a of await this.accounts.findByIds(ids.slice(i, i + 200)))
        out.set(a.id, a.displayName);
    return out;
  }
}

function loadWordFilter(dataDir: string, log: Logger): WordFilter {
  const file = join(dataDir, 'word-filter.json');
  let extra: unknown = null;
  try {
    extra = JSON.parse(readFileSync(file, 'utf8'));
    log.log('Word filter: added the terms of DATA_DIR/word-filter.json.');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      log.warn(
        `Word filter: DATA_DIR/word-filter.json is not valid JSON (${(e as Error).message}); using the built-in lists.`,
      );
  }
  return WordFilter.withExtra(extra);
}
