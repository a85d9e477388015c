import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, {
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import {
  AllExceptionsFilter,
  sendError,
} from './common/http-exception.filter.js';
import { answerClientErrorsInOurFormat } from './common/client-error.js';
import { createLogger, PinoNestLogger, safeUrl } from './common/logger.js';
import { createValidationPipe } from './common/validation.js';
import { PageRenderer } from './web/page-renderer.js';
import { RoomsIoAdapter } from './rooms/rooms-io.adapter.js';
import type { AppConfig } from './config/index.js';

export interface CreatedApp {
  app: NestExpressApplication;
  logger: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the fully configured application; main.ts and the e2e tests share it. */
export async function createApp(config: AppConfig): Promise<CreatedApp> {
  const logger = createLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config),
    {
      bodyParser: false,
      logger: new PinoNestLogger(logger.child({ source: 'nest' })),
      abortOnError: false,
    },
  );
  answerClientErrorsInOurFormat(app.getHttpServer());
  if (config.trustProxy) app.set('trust proxy', 1);
  // A graceful shutdown waits for open connections, and Node closes only the keep-alive
  // connections that are idle at that moment: a client that keeps reusing one (a proxy, a busy
  // browser) would hold the process forever. From the start of the shutdown (Nest sets the
  // adapter's flag first) every response says `Connection: close`, so each such connection ends
  // after the request it is serving.
  const httpAdapter = app.getHttpAdapter() as unknown as {
    isShuttingDown?: boolean;
  };
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (httpAdapter.isShuttingDown) res.setHeader('Connection', 'close');
    next();
  });
  app.disable('x-powered-by');
  // errors of the server-rendered pages are pages too; the API keeps its JSON
  const errorPages = app.get(PageRenderer);

  app.use(
    pinoHttp({
      logger,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const given = req.headers['x-request-id'];
        const id =
          typeof given === 'string' && REQUEST_ID.test(given)
            ? given
            : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: safeUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500
          ? 'error'
          : res.statusCode >= 400
            ? 'info'
            : 'debug',
      autoLogging: {
        ignore: (req) => req.url === '/health' || req.url === '/health/live',
      },
    }),
  );
  app.use(
    helmet({
      hsts: config.nodeEnv === 'production',
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: config.nodeEnv === 'production' ? [] : null,
        },
      },
    }),
  );
  app.use(express.json({ limit: config.bodyLimit, strict: true }));
  app.use(
    express.urlencoded({
      extended: false,
      limit: config.bodyLimit,
      parameterLimit: 200,
    }),
  );
  // Body-parser failures (malformed JSON, too large) happen before Nest's router: same format.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) =>
    sendError(logger, err, req, res, errorPages),
  );

  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      credentials: true,
      maxAge: 600,
    });
  }
  app.useWebSocketAdapter(new RoomsIoAdapter(app));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(logger, errorPages));

  const openApi = new DocumentBuilder()
    .setTitle('UraMost API')
    .setDescription(
      'Exchange and event platform for cross-community dialogue. Errors are {statusCode, code, message, details?}.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, openApi);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
  });

  return { app, logger };
}
