import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import {
  Authenticated,
  CurrentActor,
  OptionalAuth,
} from '../auth/auth.guard.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import {
  CreateCommentDto,
  CreatePublicationDto,
  ListCommentsQuery,
  ListPublicationsQuery,
  UpdatePublicationDto,
} from './dto/publication.dto.js';
import { rssFeed } from './feed.js';
import { PublicationsService } from './publications.service.js';

const publicationId = uuidPipe('publication');
const commentId = uuidPipe('comment');

@ApiTags('publications')
@Controller('api/publications')
export class PublicationsController {
  constructor(
    private readonly publications: PublicationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @OptionalAuth()
  list(
    @CurrentActor() actor: Actor | undefined,
    @Query() query: ListPublicationsQuery,
  ) {
    return this.publications.list(actor, query);
  }

  /** RSS 2.0 of the latest published publications. */
  @Get('feed.xml')
  @Header('Content-Type', 'application/rss+xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  async feed() {
    return rssFeed(
      this.config.publicUrl,
      await this.publications.latestPublished(),
    );
  }

  @Get(':id')
  @OptionalAuth()
  get(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', publicationId) id: string,
  ) {
    return this.publications.get(actor, id);
  }

  @Post()
  @Authenticated('organiser', 'admin')
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePublicationDto) {
    return this.publications.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated('organiser', 'admin')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', publicationId) id: string,
    @Body() dto: UpdatePublicationDto,
  ) {
    return this.publications.update(actor, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', publicationId) id: string,
  ) {
    return this.publications.publish(actor, id);
  }

  @Get(':id/comments')
  @OptionalAuth()
  comments(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', publicationId) id: string,
    @Query() query: ListCommentsQuery,
  ) {
    return this.publications.listComments(actor, id, query);
  }

  @Post(':id/comments')
  @Authenticated()
  comment(
    @CurrentActor() actor: Actor,
    @Param('id', publicationId) id: string,
    @Body() dto: CreateCommentDto,
  ) {
    return this.publications.comment(actor, id, dto);
  }

  @Post(':id/comments/:commentId/approve')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', publicationId) id: string,
    @Param('commentId', commentId) cid: string,
  ) {
    return this.publications.moderate(actor, id, cid, 'approved');
  }

  @Post(':id/comments/:commentId/reject')
  @HttpCode(200)
  @Authenticated('organiser', 'admin')
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', publicationId) id: string,
    @Param('commentId', commentId) cid: string,
  ) {
    return this.publications.moderate(actor, id, cid, 'rejected');
  }
}
