import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { notFound } from '../common/errors.js';
import { ASSETS } from './assets.js';

const BY_PATH = new Map(Object.values(ASSETS).map((a) => [a.path, a]));

/** The stylesheet, script and icon: hashed names, cached for a year. */
@Controller('assets')
@ApiExcludeController()
export class AssetsController {
  @Get(':file')
  asset(
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const asset = BY_PATH.get(`/assets/${file}`);
    if (!asset) throw notFound('This file');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('ETag', asset.etag);
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).end();
      return;
    }
    res.type(asset.type).send(asset.body);
  }
}
