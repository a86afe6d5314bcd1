import { provinceProfileSchema } from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { profileForRegion } from '../../lib/profile';

/**
 * The province profile that applies to the user's agency: every statutory number and provincial
 * rule the platform applies to them, with its legal basis.
 */
export const profileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/profile',
    {
      config: { permission: 'profile.read' },
      schema: {
        tags: ['省份配置'],
        summary: '本机构适用的省份配置：法定期限、阈值、比例及各省差异（含依据）',
        response: { 200: provinceProfileSchema },
      },
    },
    async (request) => profileForRegion(ctx, requireAuth(request).agency.regionCode),
  );
};
