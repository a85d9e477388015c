import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthService } from './health.service.js';

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /**
   * Readiness: 200 when the database answers (status degraded when a configured Redis does not:
   * the instance still serves its own clients), 503 when the database does not.
   */
  @Get()
  async ready(@Res({ passthrough: true }) res: Response) {
    const report = await this.health.check();
    res.status(report.status === 'unavailable' ? 503 : 200);
    res.setHeader('Cache-Control', 'no-store');
    return report;
  }

  /** Liveness: the process is up and its event loop turns. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }
}
