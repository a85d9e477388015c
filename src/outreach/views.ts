import type { PublicationComment } from './entities/publication-comment.entity.js';
import type { Publication } from './entities/publication.entity.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toPublicationView(p: Publication, full: boolean) {
  return {
    id: p.id,
    organisationId: p.organisationId,
    kind: p.kind,
    title: p.title,
    authorName: p.authorName,
    language: p.language,
    tags: p.tags,
    status: p.status,
    publishedAt: iso(p.publishedAt),
    updatedAt: iso(p.updatedAt),
    /** Sanitised HTML rendered from the Markdown body. */
    bodyHtml: p.bodyHtml,
    ...(full
      ? {
          body: p.body,
          versions: Object.fromEntries(
            Object.entries(p.versions).map(([lang, v]) => [
              lang,
              { title: v.title, body: v.body, bodyHtml: v.bodyHtml },
            ]),
          ),
        }
      : {
          versions: Object.fromEntries(
            Object.entries(p.versions).map(([lang, v]) => [
              lang,
              { title: v.title },
            ]),
          ),
        }),
  };
}

/** Comments are text: `body` is never HTML and must be escaped by whoever displays it. */
export function toCommentView(c: PublicationComment, moderator: boolean) {
  return {
    id: c.id,
    publicationId: c.publicationId,
    authorName: c.authorName,
    body: c.body,
    createdAt: iso(c.createdAt),
    status: c.status,
    ...(moderator
      ? {
          heldReason: c.heldReason,
          moderatedAt: iso(c.moderatedAt),
        }
      : {}),
  };
}
