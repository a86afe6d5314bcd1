import {
  type AgencyKind,
  errorResponseSchema,
  type Region,
  type RegionLevel,
  regionChildrenQuerySchema,
  regionCodeParamsSchema,
  regionDetailSchema,
  regionSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import {
  findRegion,
  listAgenciesAtRegionInScope,
  listChildRegions,
  listRegionAncestors,
} from './region.repository';

const tags = ['行政区划'];

function presentRegion(row: {
  code: string;
  name: string;
  fullName: string;
  level: string;
  parentCode: string | null;
  isDevelopmentZone: boolean;
}): Region {
  return { ...row, level: row.level as RegionLevel };
}

/** GB/T 2260 divisions are public reference data: any user may read them; agencies stay scoped. */
export const regionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/regions',
    {
      config: { permission: 'regions.read' },
      schema: {
        tags,
        summary: '下级行政区划（不带 parentCode 时返回省级）',
        querystring: regionChildrenQuerySchema,
        response: { 200: z.object({ items: z.array(regionSchema) }) },
      },
    },
    async (request) => ({
      items: (await listChildRegions(ctx.db, request.query.parentCode)).map(presentRegion),
    }),
  );

  app.get(
    '/regions/:code',
    {
      config: { permission: 'regions.read' },
      schema: {
        tags,
        summary: '行政区划详情：上级、下级、驻在该区划且在管辖范围内的机构',
        params: regionCodeParamsSchema,
        response: { 200: regionDetailSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { code } = request.params;
      const region = await findRegion(ctx.db, code);
      if (!region) throw notFound('行政区划');
      const [ancestors, children, agencies] = await Promise.all([
        listRegionAncestors(ctx.db, code),
        listChildRegions(ctx.db, code),
        listAgenciesAtRegionInScope(ctx.db, auth, code),
      ]);
      return {
        ...presentRegion(region),
        ancestors: ancestors.map(presentRegion),
        children: children.map(presentRegion),
        agencies: agencies.map((agency) => ({ ...agency, kind: agency.kind as AgencyKind })),
      };
    },
  );
};
