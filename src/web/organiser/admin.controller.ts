import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { forbidden, notFound, type AppError } from '../../common/errors.js';
import {
  CreateOrganisationDto,
  CreateOrganiserDto,
} from '../../organisations/dto/organisation.dto.js';
import {
  OrganisationsService,
  toOrganisationView,
} from '../../organisations/organisations.service.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { FormErrors } from '../components.js';
import { attempt, check, field, type FormBody } from '../forms.js';
import type { TextKey } from '../i18n/translator.js';
import {
  actorOf,
  Page,
  SignedIn,
  WebPages,
  type PageContext,
} from '../page-context.js';
import { errorText, PageRenderer } from '../page-renderer.js';
import {
  organisationPage,
  organisationsPage,
  referencePage,
} from './pages/admin.pages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ORGANISATION_ERRORS: Record<string, TextKey> = {
  name: 'admin.error.name',
  shortName: 'admin.error.shortName',
  country: 'admin.error.country',
  base: 'admin.error.base',
  website: 'admin.error.website',
};

const ORGANISER_ERRORS: Record<string, TextKey> = {
  displayName: 'admin.error.displayName',
  email: 'admin.error.email',
  password: 'admin.error.password',
};

function admin(page: PageContext) {
  const actor = actorOf(page);
  if (actor.role !== 'admin')
    throw forbidden('Only admins can see the administration pages.');
  return actor;
}

function organisationId(id: string) {
  if (!UUID.test(id))
    throw notFound('This organisation', 'ORGANISATION_NOT_FOUND');
  return id;
}

/** The admin's pages: organisations, their organisers, the reference data. */
@Controller('admin')
@WebPages()
@SignedIn()
export class AdminPagesController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly reference: ReferenceService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  home(@Page() page: PageContext, @Res() res: Response) {
    admin(page);
    this.pages.redirect(res, page, '/admin/organisations');
  }

  @Get('organisations')
  async list(@Page() page: PageContext, @Res() res: Response) {
    admin(page);
    const organisations = await this.organisations.list();
    this.pages.send(res, page, organisationsPage(page, { organisations }));
  }

  @Post('organisations')
  async create(
    @Page() page: PageContext,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const actor = admin(page);
    const { t } = page;
    const posted = {
      name: field(body, 'name'),
      shortName: field(body, 'shortName'),
      country: field(body, 'country'),
      base: field(body, 'base'),
      website: field(body, 'website'),
    };
    const { value, invalid } = await check(CreateOrganisationDto, {
      name: posted.name,
      shortName: posted.shortName,
      country: posted.country,
      ...(posted.base ? { base: posted.base } : {}),
      ...(posted.website ? { website: posted.website } : {}),
    });
    const errors = new FormErrors();
    for (const [prop, key] of Object.entries(ORGANISATION_ERRORS))
      if (invalid.has(prop)) errors.add(prop, t.t(key));
    const created =
      errors.empty &&
      (await attempt(
        () => this.organisations.create(actor, value),
        (err) =>
          errors.add(
            'shortName',
            err.code === 'ORGANISATION_EXISTS'
              ? t.t('admin.error.shortNameTaken')
              : errorText(t, err.code, err.status),
          ),
      ));
    if (created)
      return this.pages.redirect(
        res,
        page,
        `/admin/organisations/${created.value.id}`,
        'organisationCreated',
      );
    const organisations = await this.organisations.list();
    this.pages.send(
      res,
      page,
      organisationsPage(page, { organisations, errors, posted }),
    );
  }

  private async organisationData(page: PageContext, id: string) {
    const actor = admin(page);
    const organisation = toOrganisationView(
      await this.organisations.getOrThrow(organisationId(id)),
    );
    const organisers = await this.organisations.listOrganisers(
      actor,
      organisation.id,
    );
    return { organisation, organisers };
  }

  @Get('organisations/:id')
  async organisation(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Res() res: Response,
  ) {
    const data = await this.organisationData(page, id);
    this.pages.send(res, page, organisationPage(page, data));
  }

  @Post('organisations/:id/organisers')
  async addOrganiser(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Body() body: FormBody,
    @Res() res: Response,
  ) {
    const actor = admin(page);
    const { t } = page;
    const orgId = organisationId(id);
    const posted = {
      displayName: field(body, 'displayName'),
      email: field(body, 'email'),
    };
    const password = typeof body.password === 'string' ? body.password : '';
    const { value, invalid } = await check(CreateOrganiserDto, {
      ...posted,
      password,
    });
    const errors = new FormErrors();
    for (const [prop, key] of Object.entries(ORGANISER_ERRORS))
      if (invalid.has(prop)) errors.add(prop, t.t(key));
    const refused = (err: AppError) => {
      if (err.code === 'EMAIL_TAKEN')
        errors.add('email', t.t('admin.error.emailTaken'));
      else if (err.code.startsWith('PASSWORD'))
        errors.add('password', errorText(t, err.code, err.status));
      else if (err.status === 404) throw err;
      else errors.add('displayName', errorText(t, err.code, err.status));
    };
    if (
      errors.empty &&
      (await attempt(
        () => this.organisations.createOrganiser(actor, orgId, value),
        refused,
      ))
    )
      return this.pages.redirect(
        res,
        page,
        `/admin/organisations/${orgId}`,
        'organiserAdded',
      );
    const data = await this.organisationData(page, orgId);
    this.pages.send(
      res,
      page,
      organisationPage(page, { ...data, errors, posted }),
    );
  }

  @Get('reference')
  async referenceData(@Page() page: PageContext, @Res() res: Response) {
    admin(page);
    this.pages.send(res, page, referencePage(page, await this.reference.all()));
  }
}
