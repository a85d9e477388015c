import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import {
  MailOutboxRepository,
  type DueMail,
} from './mail-outbox.repository.js';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport.js';

const BATCH = 20;
/** A claimed mail is this worker's for so long; then another may take it (the sender died). */
const LEASE_MS = 5 * 60_000;
const MAX_RETRY_DELAY_MS = 3600_000;
const DAY = 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

/** Delay before attempt n + 1 after n failed ones: retryMs, doubling, at most an hour, ±10 %. */
export function retryDelay(retryMs: number, failedAttempts: number): number {
  const base = Math.min(
    retryMs * 2 ** Math.max(0, failedAttempts - 1),
    MAX_RETRY_DELAY_MS,
  );
  return Math.round(base * (0.9 + Math.random() * 0.2));
}

/** An error as it may be stored and logged: no addresses, one line, short. */
export function describeError(e: unknown): string {
  const err = e as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const parts = [
    typeof err?.code === 'string' ? err.code : undefined,
    typeof err?.responseCode === 'number'
      ? String(err.responseCode)
      : undefined,
    typeof err?.message === 'string' ? err.message : String(e),
  ].filter(Boolean);
  return parts
    .join(' ')
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]')
    .replace(/\s+/g, ' ')
    .slice(0, 480);
}

/**
 * Sends queued mail off the request path: every MAIL_POLL_MS (and right after something was
 * queued in this process) it claims due rows one by one and hands them to the transport. A failed
 * send goes back to the queue with a growing delay; after MAIL_MAX_ATTEMPTS it is marked failed
 * and logged, and stays in the table. Any number of instances may run this at once.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Mail');
  private timer?: NodeJS.Timeout;
  private soon?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private lastPrune = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutboxRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap() {
    this.stopped = false;
    this.timer = setInterval(() => this.poke(), this.config.mail.pollMs);
    this.timer.unref();
    this.poke();
  }

  async onModuleDestroy() {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.soon);
    await this.running;
    this.transport.close();
  }

  /** Run a round soon (now, or right after the one in progress). */
  poke() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.soon = setTimeout(() => this.poke(), 0);
        this.soon.unref();
      }
    });
  }

  /** One pass over what is due; resolves when done. Exposed for tests and the CLI. */
  async round(): Promise<void> {
    try {
      const due = await this.outbox.due(new Date(), BATCH);
      for (const mail of due) {
        if (this.stopped) return;
        await this.deliver(mail);
      }
      if (due.length === BATCH) this.again = true;
      await this.pruneSometimes();
    } catch (e) {
      // The database may be briefly away; the next round tries again.
      this.log.error(`outbox round failed: ${describeError(e)}`);
    }
  }

  private async deliver(due: DueMail) {
    const now = new Date();
    if (
      !(await this.outbox.claim(due, now, new Date(now.getTime() + LEASE_MS)))
    )
      return; // another instance has it
    const attempts = due.attempts + 1;
    const mail = await this.outbox.get(due.id);
    if (!mail) return;
    try {
      const done = await this.transport.send(mail);
      await this.outbox.markSent(mail.id, attempts);
      this.log.log(
        done.file
          ? `mail ${mail.id} (${mail.kind}) written to outbox/${done.file}`
          : `mail ${mail.id} (${mail.kind}) sent as ${done.messageId}`,
      );
    } catch (e) {
      const error = describeError(e);
      if (attempts >= this.config.mail.maxAttempts) {
        await this.outbox.markFailed(mail.id, attempts, error);
        this.log.error(
          `mail ${mail.id} (${mail.kind}) failed after ${attempts} attempts, kept as failed: ${error}`,
        );
      } else {
        const delay = retryDelay(this.config.mail.retryMs, attempts);
        await this.outbox.markRetry(
          mail.id,
          attempts,
          new Date(Date.now() + delay),
          error,
        );
        this.log.warn(
          `mail ${mail.id} (${mail.kind}) attempt ${attempts} failed, retry in ${Math.round(delay / 1000)} s: ${error}`,
        );
      }
    }
  }

  private async pruneSometimes() {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.outbox.prune(new Date(now - 30 * DAY), new Date(now - 90 * DAY));
  }
}
