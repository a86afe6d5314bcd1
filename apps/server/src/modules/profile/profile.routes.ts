import { provinceProfileSchema } from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context';

/** The active province profile: every statutory number and provincial rule the platform applies. */
export const profileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/profile',
    {
      config: { permission: 'profile.read' },
      schema: {
        tags: ['省份配置'],
        summary: '当前省份配置：法定期限、阈值、比例及各省差异（含依据）',
        response: { 200: provinceProfileSchema },
      },
    },
    async () => ctx.profile,
  );
};
