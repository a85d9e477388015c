import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { isOrganiserOf, type Actor } from '../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import {
  badRequest,
  conflict,
  forbidden,
  notFound,
  unauthorized,
} from '../common/errors.js';
import { foldForSearch } from '../common/text.js';
import { WordFilter } from '../rooms/word-filter.js';
import type {
  CreateCommentDto,
  CreatePublicationDto,
  ListCommentsQuery,
  ListPublicationsQuery,
  UpdatePublicationDto,
} from './dto/publication.dto.js';
import { PublicationComment } from './entities/publication-comment.entity.js';
import {
  Publication,
  type PublicationLanguage,
  type PublicationVersion,
} from './entities/publication.entity.js';
import { renderMarkdown } from './markdown.js';
import { toCommentView, toPublicationView } from './views.js';

/** An author is new (their comments wait for a moderator) while their account is younger than
 * this, or until an organiser has approved one of their comments. */
export const NEW_AUTHOR_MS = 24 * 3600_000;

const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => '!' + c);

@Injectable()
export class PublicationsService implements OnModuleInit {
  private readonly log = new Logger('Publications');
  private readonly filter: WordFilter;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectRepository(Publication)
    private readonly publications: Repository<Publication>,
    @InjectRepository(PublicationComment)
    private readonly comments: Repository<PublicationComment>,
    private readonly accounts: AccountsRepository,
    private readonly lifecycle: AccountLifecycle,
  ) {
    this.filter = loadWordFilter(config.dataDir, this.log);
  }

  onModuleInit() {
    // Erasure: the comments stay (replies may refer to them) but lose their text and author.
    this.lifecycle.onErase('publication-comments', async (accountId, em) => {
      await em.update(
        PublicationComment,
        { authorId: accountId },
        { authorId: null, authorName: null, body: null, status: 'erased' },
      );
    });
    this.lifecycle.addExportSection(async (accountId) => ({
      publicationComments: (
        await this.comments.find({
          where: { authorId: accountId },
          order: { createdAt: 'ASC' },
        })
      ).map((c) => ({
        publicationId: c.publicationId,
        body: c.body,
        status: c.status,
        createdAt: new Date(c.createdAt).toISOString(),
      })),
    }));
  }

  // ---- publications -------------------------------------------------------------------------

  private async getVisibleOrThrow(
    actor: Actor | undefined,
    id: string,
  ): Promise<Publication> {
    const p = await this.publications.findOneBy({ id });
    if (
      !p ||
      (p.status !== 'published' && !isOrganiserOf(actor, p.organisationId))
    )
      throw notFound('This publication', 'PUBLICATION_NOT_FOUND');
    return p;
  }

  private async getManagedOrThrow(actor: Actor, id: string) {
    const p = await this.getVisibleOrThrow(actor, id);
    if (!isOrganiserOf(actor, p.organisationId))
      throw forbidden(
        "Only this publication's organisation can do this.",
        'NOT_PUBLICATION_ORGANISER',
      );
    return p;
  }

  async get(actor: Actor | undefined, id: string) {
    const p = await this.getVisibleOrThrow(actor, id);
    return toPublicationView(p, true);
  }

  /** Published publications for the bulletin (in the order asked; missing ones are left out). */
  async publishedByIds(ids: readonly string[]): Promise<Publication[]> {
    if (ids.length === 0) return [];
    const rows = await this.publications.findBy({
      id: In([...ids]),
      status: 'published',
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async list(actor: Actor | undefined, q: ListPublicationsQuery) {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const qb = this.publications.createQueryBuilder('p');
    if (q.mine) {
      if (!actor || (actor.role !== 'admin' && !actor.organisationId))
        throw forbidden(
          'Only organisers can list their organisation’s publications.',
        );
      if (actor.role === 'admin') qb.where('1 = 1');
      else qb.where('p.organisationId = :org', { org: actor.organisationId });
    } else {
      qb.where('p.status = :published', { published: 'published' });
    }
    if (q.kind) qb.andWhere('p.kind = :kind', { kind: q.kind });
    if (q.language) qb.andWhere('p.language = :lang', { lang: q.language });
    if (q.organisationId)
      qb.andWhere('p.organisationId = :orgId', { orgId: q.organisationId });
    if (q.tag) {
      // tags are stored as a JSON array of strings: match one whole element
      qb.andWhere("p.tags LIKE :tag ESCAPE '!'", {
        tag: `%${escapeLike(JSON.stringify(q.tag))}%`,
      });
    }
    const text = q.q ? foldForSearch(q.q) : '';
    if (text)
      qb.andWhere("p.searchText LIKE :text ESCAPE '!'", {
        text: `%${escapeLike(text)}%`,
      });
    qb.orderBy('p.publishedAt', 'DESC')
      .addOrderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'ASC');
    qb.skip((page - 1) * pageSize).take(pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return {
      items: rows.map((p) => toPublicationView(p, false)),
      total,
      page,
      pageSize,
    };
  }

  /** The latest published publications, full, for the feed. */
  latestPublished(limit = 50): Promise<Publication[]> {
    return this.publications.find({
      where: { status: 'published' },
      order: { publishedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  async create(actor: Actor, dto: CreatePublicationDto) {
    let organisationId: string;
    if (actor.role === 'admin') {
      if (!dto.organisationId)
        throw badRequest(
          'ORGANISATION_REQUIRED',
          'Say which organisation publishes this (organisationId).',
        );
      organisationId = dto.organisationId;
    } else if (actor.role === 'organiser' && actor.organisationId) {
      if (dto.organisationId && dto.organisationId !== actor.organisationId)
        throw forbidden('Organisers publish for their own organisation only.');
      organisationId = actor.organisationId;
    } else {
      throw forbidden('Only organisers can write publications.');
    }
    const p = this.publications.create({
      organisationId,
      kind: dto.kind,
      title: dto.title,
      authorName: dto.authorName,
      body: dto.body,
      bodyHtml: renderMarkdown(dto.body),
      tags: dto.tags ?? [],
      language: dto.language,
      versions: this.versions(dto.language, dto.versions),
      status: 'draft',
      publishedAt: null,
      createdById: actor.id,
      searchText: '',
    });
    p.searchText = searchTextOf(p);
    await this.publications.save(p);
    return toPublicationView(p, true);
  }

  private versions(
    language: PublicationLanguage,
    given: CreatePublicationDto['versions'],
  ): Partial<Record<PublicationLanguage, PublicationVersion>> {
    const out: Partial<Record<PublicationLanguage, PublicationVersion>> = {};
    for (const lang of ['en', 'sq', 'sr'] as const) {
      const v = given?.[lang];
      if (!v || lang === language) continue;
      out[lang] = {
        title: v.title,
        body: v.body,
        bodyHtml: renderMarkdown(v.body),
      };
    }
    return out;
  }

  async update(actor: Actor, id: string, dto: UpdatePublicationDto) {
    const p = await this.getManagedOrThrow(actor, id);
    if (dto.organisationId && dto.organisationId !== p.organisationId)
      throw badRequest(
        'ORGANISATION_FIXED',
        'A publication cannot move to another organisation.',
      );
    if (dto.kind) p.kind = dto.kind;
    if (dto.title) p.title = dto.title;
    if (dto.authorName) p.authorName = dto.authorName;
    if (dto.body) {
      p.body = dto.body;
      p.bodyHtml = renderMarkdown(dto.body);
    }
    if (dto.tags) p.tags = dto.tags;
    if (dto.language) p.language = dto.language;
    if (dto.versions) p.versions = this.versions(p.language, dto.versions);
    else if (dto.language) {
      const { [p.language]: _dropped, ...rest } = p.versions;
      p.versions = rest;
    }
    p.searchText = searchTextOf(p);
    await this.publications.save(p);
    return toPublicationView(p, true);
  }

  async publish(actor: Actor, id: string) {
    const p = await this.getManagedOrThrow(actor, id);
    if (p.status === 'published')
      throw conflict(
        'ALREADY_PUBLISHED',
        'This publication is already published.',
      );
    await this.publications.update(
      { id, status: 'draft' },
      { status: 'published', publishedAt: new Date() },
    );
    return this.get(actor, id);
  }

  // ---- comments -----------------------------------------------------------------------------

  async comment(
    actor: Actor | undefined,
    publicationId: string,
    dto: CreateCommentDto,
  ) {
    if (!actor) throw unauthorized('Please sign in to comment.');
    const p = await this.getVisibleOrThrow(actor, publicationId);
    if (p.status !== 'published')
      throw conflict(
        'PUBLICATION_NOT_PUBLISHED',
        'Comments open when the publication is published.',
      );
    let heldReason: string | null = null;
    if (this.filter.check(dto.body)) heldReason = 'word-filter';
    else if (
      !isOrganiserOf(actor, p.organisationId) &&
      (await this.isNewAuthor(actor.id))
    )
      heldReason = 'new-author';
    const c = this.comments.create({
      publicationId,
      authorId: actor.id,
      authorName: actor.displayName,
      body: dto.body,
      status: heldReason ? 'held' : 'approved',
      heldReason,
      moderatedById: null,
      moderatedAt: null,
    });
    await this.comments.save(c);
    return toCommentView(c, true);
  }

  private async isNewAuthor(accountId: string): Promise<boolean> {
    const account = await this.accounts.findById(accountId);
    if (!account) return true;
    if (Date.now() - new Date(account.createdAt).getTime() < NEW_AUTHOR_MS)
      return true;
    const approved = await this.comments.countBy({
      authorId: accountId,
      status: 'approved',
    });
    return approved < 1;
  }

  async listComments(
    actor: Actor | undefined,
    publicationId: string,
    q: ListCommentsQuery,
  ) {
    const p = await this.getVisibleOrThrow(actor, publicationId);
    const moderator = isOrganiserOf(actor, p.organisationId);
    const status = q.status ?? 'approved';
    if (status !== 'approved' && !moderator)
      throw forbidden(
        'Only organisers of this publication can see comments awaiting moderation.',
        'NOT_PUBLICATION_ORGANISER',
      );
    const rows = await this.comments.find({
      where: { publicationId, status },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 500,
    });
    return {
      items: rows.map((c) => toCommentView(c, moderator)),
      total: rows.length,
    };
  }

  async moderate(
    actor: Actor,
    publicationId: string,
    commentId: string,
    decision: 'approved' | 'rejected',
  ) {
    await this.getManagedOrThrow(actor, publicationId);
    const c = await this.comments.findOneBy({ id: commentId, publicationId });
    if (!c || c.status === 'erased')
      throw notFound('This comment', 'COMMENT_NOT_FOUND');
    c.status = decision;
    c.moderatedById = actor.id;
    c.moderatedAt = new Date();
    await this.comments.save(c);
    return toCommentView(c, true);
  }
}

function searchTextOf(p: Publication): string {
  return foldForSearch(
    [
      p.title,
      p.authorName,
      p.tags.join(' '),
      p.body,
      ...Object.values(p.versions).flatMap((v) => [v.title, v.body]),
    ].join(' '),
  );
}

function loadWordFilter(dataDir: string, log: Logger): WordFilter {
  let extra: unknown = null;
  try {
    extra = JSON.parse(readFileSync(join(dataDir, 'word-filter.json'), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      log.warn(
        `Word filter: DATA_DIR/word-filter.json is not valid JSON; using the built-in lists.`,
      );
  }
  return WordFilter.withExtra(extra);
}
