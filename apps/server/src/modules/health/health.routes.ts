import { healthResponseSchema } from '@qingshan/domain';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findLatestAppliedMigration } from '../../db/migrate';
import type { AppContext } from '../../lib/context';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['系统'],
        summary: '健康检查：数据库类型与最新迁移',
        response: { 200: healthResponseSchema },
      },
    },
    async () => {
      await ctx.db.execute(sql`SELECT 1`);
      return {
        status: 'ok' as const,
        database: ctx.databaseKind,
        migration: await findLatestAppliedMigration(ctx.db, ctx.migrationsFolder),
      };
    },
  );
};
