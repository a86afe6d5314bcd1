import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { ProvinceProfile } from '@qingshan/domain';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from './db/client';
import { schedules as defaultSchedules } from './jobs/schedules';
import { authPlugin } from './lib/auth/auth.plugin';
import type { Clock } from './lib/clock';
import type { AppContext } from './lib/context';
import {
  handleFrameworkError,
  maxPathParameterLength,
  registerErrorHandler,
  registerNotFoundHandler,
} from './lib/errors';
import { JobQueue, type Schedule, Scheduler } from './lib/jobs/index';
import { logSerializers } from './lib/log-serializers';
import { registerTextRule } from './lib/text-rule';
import { modules } from './modules/index';

z.config(z.locales.zhCN());

export interface BuildAppOptions {
  database: DatabaseHandle;
  clock: Clock;
  profile: ProvinceProfile;
  migrationsFolder: string;
  webDistFolder?: string | null;
  cookieSecure?: boolean;
  trustProxy?: boolean;
  /** Off by default; `stream` lets a test read what is written. */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /**
   * Background jobs. `polling` (the default) runs this process's workers, the queue's upkeep and
   * the schedule checks on timers; off (API tests), jobs run only when `app.jobs.runPending()` is
   * called and schedules only when `app.scheduler.claimDueTicks()` is.
   */
  jobs?: { polling: boolean; pollingIntervalSeconds?: number; scheduleCheckSeconds?: number };
  /** The scheduled jobs (jobs/schedules.ts unless a test gives its own). */
  schedules?: readonly Schedule[];
}

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobQueue;
    scheduler: Scheduler;
  }
}

function loggerOptions(logger: BuildAppOptions['logger']) {
  if (!logger) return false;
  return { ...(logger === true ? {} : logger), serializers: logSerializers };
}

/** Builds the whole server: API, OpenAPI description and the web app, on one port. */
/**
 * How the built web app is sent. The build writes `.br` and `.gz` beside every text file
 * (apps/web/vite.config.ts); `preCompressed` sends the one the browser accepts, with `Vary:
 * Accept-Encoding`. Files under /assets/ carry a content hash in their name, so they never change:
 * a year, immutable. Everything else (index.html, favicon) is revalidated on every load, so a new
 * release is picked up at once.
 */
function webAppDelivery(root: string) {
  return {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      const isHashedAsset = path.relative(root, filePath).startsWith(`assets${path.sep}`);
      reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  };
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { maxParamLength: maxPathParameterLength },
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerTextRule(app);

  const jobOptions = options.jobs ?? { polling: true };
  const jobs = await JobQueue.open(options.database, {
    polling: jobOptions.polling,
    ...(jobOptions.pollingIntervalSeconds
      ? { pollingIntervalSeconds: jobOptions.pollingIntervalSeconds }
      : {}),
    onError: (error) => app.log.error({ err: error }, 'job queue error'),
  });
  app.decorate('jobs', jobs);
  const ctx: AppContext = {
    db: options.database.db,
    databaseKind: options.database.kind,
    clock: options.clock,
    profile: options.profile,
    migrationsFolder: options.migrationsFolder,
    cookieSecure: options.cookieSecure ?? false,
    jobs,
  };
  const scheduler = new Scheduler(ctx, jobs, options.schedules ?? defaultSchedules);
  app.decorate('scheduler', scheduler);
  await scheduler.registerWorkers();
  // Modules' workers are registered with their routes below; the timers start once all are.
  if (jobOptions.polling) {
    app.addHook('onReady', async () => {
      scheduler.start(jobOptions.scheduleCheckSeconds ?? 30, (error) =>
        app.log.error({ err: error }, 'schedule check failed'),
      );
    });
  }
  // Workers stop (waiting for a running job) before the caller closes the database.
  app.addHook('onClose', async () => {
    await scheduler.stop();
    await jobs.stop();
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Plain HTTP on a LAN is a supported deployment; HSTS belongs to the HTTPS proxy in front.
    hsts: false,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '青山 Qingshan API',
        description:
          '生态环境执法一体化平台接口。登录：POST /api/auth/login（JSON {"username","password"}）设置会话 Cookie；' +
          '之后所有写请求须带请求头 X-CSRF-Token（值见登录响应的 csrfToken 或 Cookie qs_csrf）。',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'qs_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(authPlugin, { ctx });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  for (const registerModule of modules) {
    await app.register(registerModule, { prefix: '/api', ctx });
  }

  const webDist = options.webDistFolder;
  const servesWebApp = Boolean(webDist && existsSync(webDist));
  if (servesWebApp) {
    await app.register(fastifyStatic, webAppDelivery(webDist!));
  }
  registerNotFoundHandler(app, { servesWebApp });
  return app;
}
