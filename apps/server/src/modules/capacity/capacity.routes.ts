import {
  capacityQuerySchema,
  capacityResponseSchema,
  errorResponseSchema,
  setStaffingRequestSchema,
  staffingParamsSchema,
  staffingSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import { exportCapacity, getCapacity, setStaffing } from './capacity.service';

const tags = ['能力指标'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export const capacityRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/capacity',
    {
      config: { permission: 'capacity.read' },
      schema: {
        tags,
        summary: '执法能力指标：空编率、在岗率、持证率、法律职业资格、装备缺口（各执法机构本级与含下级汇总）',
        querystring: capacityQuerySchema,
        response: { 200: capacityResponseSchema, ...errors },
      },
    },
    async (request) => getCapacity(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/capacity/export.xlsx',
    {
      config: { permission: 'capacity.read' },
      schema: { tags, summary: '导出执法能力指标（Excel，未达标项标红）', querystring: capacityQuerySchema },
    },
    async (request, reply) =>
      sendExcel(
        reply,
        await exportCapacity(ctx, requireAuth(request), request.query),
        '执法能力指标',
        ctx.clock,
      ),
  );

  app.put(
    '/capacity/staffing/:agencyId',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '设置执法机构的执法编制数（空编率的分母）',
        params: staffingParamsSchema,
        body: setStaffingRequestSchema,
        response: { 200: staffingSchema, ...errors },
      },
    },
    async (request) => setStaffing(ctx, requireAuth(request), request.params.agencyId, request.body),
  );
};
