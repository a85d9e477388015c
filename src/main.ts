import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig, type AppConfig } from './config/index.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line of e.problems)
        process.stderr.write(`Configuration error: ${line}\n`);
      process.exit(1);
    }
    throw e;
  }
  const { app, logger } = await createApp(config);
  // After a graceful shutdown (in-flight requests answered, sockets closed, database released)
  // exit with 0, as process managers expect of a requested stop; Nest's default re-raises the
  // signal, which reports the clean stop as "killed by SIGTERM". process.exit also flushes pino.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port =
    typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    { port, database: config.database.type },
    `UraMost is running at ${config.publicUrl}`,
  );
}

await main();
