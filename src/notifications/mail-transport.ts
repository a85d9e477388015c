import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Mail } from 'nodemailer';
import type { SendMailOptions } from 'nodemailer/lib/mailer';
import type { AppConfig } from '../config/index.js';
import type { MailOutbox } from './entities/mail-outbox.entity.js';

/** Where a mail went, for the log: never the address, never the body. */
export interface Delivery {
  messageId: string;
  /** The .eml file written when there is no SMTP server. */
  file?: string;
}

export interface MailTransport {
  send(mail: MailOutbox): Promise<Delivery>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** "UraMost <no-reply@example.org>" → name and address. */
export function parseMailbox(value: string): { name: string; address: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (m) return { name: m[1].trim(), address: m[2] };
  return { name: '', address: value.trim() };
}

/**
 * The message of an outbox row. Its Message-ID depends only on the row, so a mail sent again after
 * a crash carries the same ID and receiving servers and clients can recognise the repeat.
 */
export function composeMessage(
  mail: MailOutbox,
  config: Pick<AppConfig, 'mailFrom' | 'publicUrl'>,
): SendMailOptions {
  const host = new URL(config.publicUrl).hostname || 'uramost.local';
  const tag = createHash('sha256')
    .update(mail.dedupeKey)
    .digest('base64url')
    .slice(0, 16);
  return {
    from: config.mailFrom,
    to: mail.recipientName
      ? { name: mail.recipientName, address: mail.recipient }
      : mail.recipient,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<mail-${mail.id}.${tag}@${host}>`,
    headers: {
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      'Content-Language': mail.locale,
    },
    ...(mail.ics
      ? {
          icalEvent: {
            method: mail.icsMethod ?? 'REQUEST',
            filename: mail.icsMethod === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
            content: mail.ics,
          },
        }
      : {}),
  };
}

/** SMTP through nodemailer, a small pool of connections with short timeouts. */
export class SmtpTransport implements MailTransport {
  private readonly transporter: Mail;

  constructor(
    private readonly config: Pick<AppConfig, 'mailFrom' | 'publicUrl'> & {
      smtpUrl: string;
    },
  ) {
    this.transporter = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: MailOutbox): Promise<Delivery> {
    const info = await this.transporter.sendMail(
      composeMessage(mail, this.config),
    );
    return { messageId: String(info.messageId) };
  }

  close() {
    this.transporter.close();
  }
}

/** No SMTP server: each mail becomes an .eml file in DATA_DIR/outbox, for a developer to read. */
export class FileTransport implements MailTransport {
  private readonly transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  readonly dir: string;

  constructor(
    private readonly config: Pick<
      AppConfig,
      'mailFrom' | 'publicUrl' | 'dataDir'
    >,
  ) {
    this.dir = join(config.dataDir, 'outbox');
  }

  async send(mail: MailOutbox): Promise<Delivery> {
    const info = await this.transporter.sendMail(
      composeMessage(mail, this.config),
    );
    await mkdir(this.dir, { recursive: true });
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\..*$/, '');
    const file = `${stamp}-${mail.id}-${mail.kind}.eml`;
    const tmp = join(this.dir, `.${file}.tmp`);
    await writeFile(tmp, info.message as Buffer, { mode: 0o600 });
    await rename(tmp, join(this.dir, file));
    return { messageId: String(info.messageId), file };
  }

  close() {
    this.transporter.close();
  }
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.smtpUrl
    ? new SmtpTransport({ ...config, smtpUrl: config.smtpUrl })
    : new FileTransport(config);
}
