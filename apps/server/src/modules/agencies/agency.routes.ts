import {
  agencyDetailSchema,
  agencyListSchema,
  createAgencyRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  updateAgencyRequestSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { createAgency, getAgencyDetail, listAgencies, updateAgency } from './agency.service';

const tags = ['机构'];

export const agencyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/agencies',
    {
      config: { permission: 'agencies.read' },
      schema: {
        tags,
        summary: '管辖范围内的全部机构（平铺，含上级编号，用于构建机构树）',
        response: { 200: agencyListSchema },
      },
    },
    async (request) => listAgencies(ctx, requireAuth(request)),
  );

  app.get(
    '/agencies/:id',
    {
      config: { permission: 'agencies.read' },
      schema: {
        tags,
        summary: '机构详情',
        params: idParamsSchema,
        response: { 200: agencyDetailSchema, 404: errorResponseSchema },
      },
    },
    async (request) => getAgencyDetail(ctx, requireAuth(request), request.params.id),
  );

  app.patch(
    '/agencies/:id',
    {
      config: { permission: 'agencies.manage' },
      schema: {
        tags,
        summary: '修改机构信息（系统管理员，限管辖范围内）',
        params: idParamsSchema,
        body: updateAgencyRequestSchema,
        response: { 200: agencyDetailSchema, 404: errorResponseSchema },
      },
    },
    async (request) => updateAgency(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/agencies',
    {
      config: { permission: 'agencies.manage' },
      schema: {
        tags,
        summary: '新建派出执法机构、监管网格或区域性执法机构（系统管理员）',
        body: createAgencyRequestSchema,
        response: { 201: agencyDetailSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const created = await createAgency(ctx, requireAuth(request), request.body);
      return reply.status(201).send(created);
    },
  );
};
