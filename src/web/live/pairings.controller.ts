import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../auth/actor.js';
import { forbidden, notFound, type AppError } from '../../common/errors.js';
import { uuidPipe } from '../../common/uuid.pipe.js';
import {
  CreateCohortDto,
  FeedbackDto,
  MembersPairDto,
} from '../../pairing/dto/cohort.dto.js';
import { CohortsService } from '../../pairing/cohorts.service.js';
import { OrganisationsService } from '../../organisations/organisations.service.js';
import { ParticipantsService } from '../../participants/participants.service.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { FormErrors } from '../components.js';
import { attempt, check, field, fields, type FormBody } from '../forms.js';
import {
  actorOf,
  Page,
  SignedIn,
  WebPages,
  type Notice,
  type PageContext,
} from '../page-context.js';
import { errorText, PageRenderer } from '../page-renderer.js';
import {
  cohortPage,
  cohortsPage,
  joinCohortPage,
  emptyCohortForm,
  myPairingsPage,
  roundPage,
  type CohortForm,
  type CohortView,
  type FeedbackRow,
  type JoinRefusal,
  type MyCohort,
  type MyPairing,
  type RoundListItem,
  type RoundView,
} from './pairing.pages.js';

const cohortId = uuidPipe('cohort');
const roundId = uuidPipe('round');

/** "My pairings": partners and why, the suggested first meeting, the pair room, feedback, skipping. */
@Controller('me/pairings')
@WebPages()
@SignedIn()
export class MyPairingsPagesController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly reference: ReferenceService,
    private readonly participants: ParticipantsService,
    private readonly pages: PageRenderer,
  ) {}

  private async render(
    res: Response,
    page: PageContext,
    extra: {
      errors?: {
        groupId: string;
        errors: FormErrors;
        posted: Record<string, string>;
      };
      status?: number;
    } = {},
  ) {
    const actor = actorOf(page);
    const [pairings, list, ref, me] = await Promise.all([
      this.cohorts.myPairings(actor) as Promise<MyPairing[]>,
      actor.role === 'participant' ? this.cohorts.list(actor) : [],
      this.reference.all(),
      this.participants.me(actor),
    ]);
    const cohorts: MyCohort[] = await Promise.all(
      list.map(async (c) => {
        const full = await this.cohorts.get(actor, c.id);
        return {
          id: c.id,
          name: c.name,
          roomId: full.roomId,
          skipNext: full.me?.skipNext ?? false,
        };
      }),
    );
    const content = myPairingsPage(page, {
      pairings,
      myInterests: (me.profile as { interests?: string[] }).interests ?? [],
      cohorts,
      ref,
      errors: extra.errors,
    });
    this.pages.send(res, page, { ...content, status: extra.status });
  }

  @Get()
  async mine(@Page() page: PageContext, @Res() res: Response) {
    await this.render(res, page);
  }

  @Post(':groupId/feedback')
  async feedback(
    @Page() page: PageContext,
    @Param('groupId', uuidPipe('pairing')) groupId: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const { t } = page;
    const posted = {
      met: field(body, 'met'),
      rating: field(body, 'rating'),
      note: field(body, 'note'),
    };
    const id = `fb-${groupId}`;
    const { value, invalid } = await check(FeedbackDto, {
      met:
        posted.met === 'yes' ? true : posted.met === 'no' ? false : undefined,
      rating: /^[1-5]$/.test(posted.rating) ? Number(posted.rating) : undefined,
      ...(posted.note ? { note: posted.note } : {}),
    });
    const errors = new FormErrors();
    if (invalid.has('met'))
      errors.add(`${id}-met`, t.t('live.feedback.errorMet'));
    if (invalid.has('rating'))
      errors.add(`${id}-rating`, t.t('live.feedback.errorRating'));
    if (invalid.has('note'))
      errors.add(`${id}-note`, t.t('live.feedback.errorNote'));
    const refused = (err: AppError) => {
      if (err.status === 404) throw err;
      errors.add(`${id}-met`, errorText(t, err.code, err.status));
    };
    if (
      errors.empty &&
      (await attempt(
        () => this.cohorts.giveFeedback(actorOf(page), groupId, value),
        refused,
      ))
    )
      return this.pages.redirect(res, page, '/me/pairings', 'feedbackSaved');
    await this.render(res, page, {
      errors: { groupId, errors, posted },
      status: 400,
    });
  }

  @Post('cohorts/:id/skip')
  async skip(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const skip = field(body, 'skip') === 'yes';
    await this.cohorts.skip(actorOf(page), id, skip);
    this.pages.redirect(
      res,
      page,
      '/me/pairings',
      skip ? 'roundSkipped' : 'roundRejoined',
    );
  }
}

/**
 * The join link an organiser shares (cohorts are not listed publicly): the cohort, what joining
 * means, and Join or Leave — or what to add to the profile first, instead of a button that fails.
 */
@Controller('me/cohorts')
@WebPages()
@SignedIn()
export class CohortJoinPagesController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly organisations: OrganisationsService,
    private readonly pages: PageRenderer,
  ) {}

  private async render(
    res: Response,
    page: PageContext,
    id: string,
    extra: { refusal?: JoinRefusal; status?: number } = {},
  ) {
    const actor = actorOf(page);
    const cohort = await this.cohorts.invitation(actor, id);
    const organisation = await this.organisations.getOrThrow(
      cohort.organisationId,
    );
    const content = joinCohortPage(page, {
      cohort,
      organisation: organisation.name,
      participant: actor.role === 'participant',
      refusal: extra.refusal,
    });
    this.pages.send(res, page, { ...content, status: extra.status });
  }

  @Get(':id/join')
  async show(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Res() res: Response,
  ) {
    await this.render(res, page, id);
  }

  @Post(':id/join')
  async join(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    const joined = await attempt(
      () => this.cohorts.join(actorOf(page), id),
      async (err) => {
        if (err.status === 404) throw err;
        await this.render(res, page, id, {
          refusal: { code: err.code, status: err.status },
          status: err.status,
        });
      },
    );
    if (joined) this.pages.redirect(res, page, '/me/pairings', 'cohortJoined');
  }

  @Post(':id/leave')
  async leave(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    await this.cohorts.leave(actorOf(page), id);
    this.pages.redirect(res, page, `/me/cohorts/${id}/join`, 'cohortLeft');
  }
}

const COHORT_FIELD_ERRORS: Record<
  string,
  | 'live.cohorts.errorName'
  | 'live.cohorts.errorCadence'
  | 'live.cohorts.errorPlace'
> = {
  name: 'live.cohorts.errorName',
  cadence: 'live.cohorts.errorCadence',
  'rules.placePreference': 'live.cohorts.errorPlace',
};

/** Organisers: cohorts with their rules, rounds drafted, reviewed, adjusted and published. */
@Controller('cohorts')
@WebPages()
@SignedIn()
export class CohortPagesController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly reference: ReferenceService,
    private readonly pages: PageRenderer,
  ) {}

  /** Participants have their own page; this one is for the cohort's organisers. */
  private organiser(page: PageContext): Actor {
    const actor = actorOf(page);
    if (actor.role === 'participant') throw forbiddenPage();
    return actor;
  }

  @Get()
  async list(@Page() page: PageContext, @Res() res: Response) {
    const actor = this.organiser(page);
    const cohorts = (await this.cohorts.list(actor)) as CohortView[];
    this.pages.send(
      res,
      page,
      cohortsPage(page, { cohorts, form: emptyCohortForm }),
    );
  }

  @Post()
  async create(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const { t } = page;
    const actor = this.organiser(page);
    const rules = fields(body, 'rules');
    const form: CohortForm = {
      name: field(body, 'name'),
      cadence: field(body, 'cadence'),
      trios: rules.includes('trios'),
      allowInterpreter: rules.includes('allowInterpreter'),
      allowMixedAges: rules.includes('allowMixedAges'),
      placePreference: field(body, 'placePreference') || 'none',
    };
    const { value, invalid } = await check(CreateCohortDto, {
      name: form.name,
      ...(form.cadence ? { cadence: form.cadence } : {}),
      rules: {
        trios: form.trios,
        allowInterpreter: form.allowInterpreter,
        allowMixedAges: form.allowMixedAges,
        placePreference: form.placePreference,
      },
    });
    const errors = new FormErrors();
    for (const [prop, key] of Object.entries(COHORT_FIELD_ERRORS))
      if (invalid.has(prop))
        errors.add(
          prop === 'rules.placePreference' ? 'placePreference' : prop,
          t.t(key),
        );
    const created =
      errors.empty &&
      (await attempt(
        () => this.cohorts.create(actor, value),
        (err) => errors.add('name', errorText(t, err.code, err.status)),
      ));
    if (created)
      return this.pages.redirect(
        res,
        page,
        `/cohorts/${created.value.id}`,
        'cohortCreated',
      );
    const cohorts = (await this.cohorts.list(actor)) as CohortView[];
    this.pages.send(res, page, {
      ...cohortsPage(page, { cohorts, form, errors }),
      status: 400,
    });
  }

  private async cohortData(actor: Actor, id: string) {
    const cohort = (await this.cohorts.get(actor, id)) as CohortView;
    const [members, rounds] = await Promise.all([
      this.cohorts.memberList(actor, id),
      this.cohorts.listRounds(actor, id) as Promise<RoundListItem[]>,
    ]);
    return { cohort, members, rounds };
  }

  @Get(':id')
  async cohort(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Res() res: Response,
  ) {
    const actor = this.organiser(page);
    const data = await this.cohortData(actor, id);
    this.pages.send(res, page, cohortPage(page, data));
  }

  @Post(':id/rounds')
  async draft(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Body() _body: FormBody,
    @Res() res: Response,
  ) {
    const actor = this.organiser(page);
    const drafted = await attempt(
      () => this.cohorts.draft(actor, id),
      async (err) => {
        if (err.status === 404 || err.status === 403) throw err;
        const open = (err.details as { roundId?: string } | undefined)?.roundId;
        if (err.code === 'DRAFT_EXISTS' && open)
          return this.pages.redirect(
            res,
            page,
            `/cohorts/${id}/rounds/${open}`,
          );
        const errors = new FormErrors();
        errors.add('draft', errorText(page.t, err.code, err.status));
        const data = await this.cohortData(actor, id);
        this.pages.send(res, page, {
          ...cohortPage(page, { ...data, errors }),
          status: err.status,
        });
      },
    );
    if (drafted)
      this.pages.redirect(
        res,
        page,
        `/cohorts/${id}/rounds/${drafted.value.id}`,
        'roundDrafted',
      );
  }

  private async renderRound(
    res: Response,
    page: PageContext,
    id: string,
    rid: string,
    extra: { errors?: FormErrors; status?: number } = {},
  ) {
    const actor = this.organiser(page);
    // one after the other: a stranger gets the cohort's 404, never a race between two errors
    const cohort = (await this.cohorts.get(actor, id)) as CohortView;
    const round = (await this.cohorts.roundView(actor, id, rid)) as RoundView;
    const feedback =
      round.status === 'published'
        ? ((await this.cohorts.roundFeedback(actor, id, rid)) as FeedbackRow[])
        : [];
    const ref = await this.reference.all();
    this.pages.send(res, page, {
      ...roundPage(page, { cohort, round, feedback, ref, ...extra }),
      status: extra.status,
    });
  }

  @Get(':id/rounds/:roundId')
  async round(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
    @Res() res: Response,
  ) {
    await this.renderRound(res, page, id, rid);
  }

  /** Runs one change to a draft; a refusal shows the round again with the reason at `fieldId`. */
  private async change(
    res: Response,
    page: PageContext,
    id: string,
    rid: string,
    fieldId: string,
    done: Notice,
    run: (actor: Actor) => Promise<unknown>,
  ) {
    const actor = this.organiser(page);
    const changed = await attempt(
      () => run(actor),
      async (err) => {
        if (err.status === 404 || err.status === 403) throw err;
        const errors = new FormErrors();
        errors.add(fieldId, errorText(page.t, err.code, err.status));
        await this.renderRound(res, page, id, rid, {
          errors,
          status: err.status,
        });
      },
    );
    if (changed)
      this.pages.redirect(res, page, `/cohorts/${id}/rounds/${rid}`, done);
  }

  /** Two different people chosen in a pair of selects, or the error for the first select. */
  private async twoPeople(
    page: PageContext,
    body: FormBody,
    prefix: string,
  ): Promise<{ a: string; b: string } | FormErrors> {
    const a = field(body, 'a');
    const b = field(body, 'b');
    const { invalid } = await check(MembersPairDto, { members: [a, b] });
    if (invalid.size === 0 && a !== b) return { a, b };
    const errors = new FormErrors();
    errors.add(`${prefix}-a`, page.t.t('live.round.errorTwo'));
    return errors;
  }

  @Post(':id/rounds/:roundId/:action')
  async act(
    @Page() page: PageContext,
    @Param('id', cohortId) id: string,
    @Param('roundId', roundId) rid: string,
    @Param('action') action: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    if (action === 'resolve')
      return this.change(res, page, id, rid, 'resolve', 'roundResolved', (a) =>
        this.cohorts.resolve(a, id, rid),
      );
    if (action === 'publish')
      return this.change(res, page, id, rid, 'publish', 'roundPublished', (a) =>
        this.cohorts.publish(a, id, rid),
      );
    if (action !== 'swap' && action !== 'lock' && action !== 'forbid')
      throw notFoundPage();
    const pair = await this.twoPeople(page, body, action);
    if (pair instanceof FormErrors)
      return this.renderRound(res, page, id, rid, {
        errors: pair,
        status: 400,
      });
    const done: Notice =
      action === 'swap'
        ? 'pairSwapped'
        : action === 'lock'
          ? 'pairLocked'
          : 'pairForbidden';
    return this.change(res, page, id, rid, `${action}-a`, done, (a) =>
      action === 'swap'
        ? this.cohorts.swap(a, id, rid, pair.a, pair.b)
        : this.cohorts.addLock(
            a,
            id,
            rid,
            [pair.a, pair.b],
            action === 'lock' ? 'locks' : 'forbids',
          ),
    );
  }
}

function forbiddenPage() {
  return forbidden(
    'Cohorts are managed by their organisers.',
    'NOT_COHORT_ORGANISER',
  );
}
function notFoundPage() {
  return notFound('This page');
}
