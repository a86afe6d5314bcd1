import {
  entityDetailSchema,
  entityEventPageSchema,
  entityEventsQuerySchema,
  entityInputSchema,
  entityListQuerySchema,
  entityPageSchema,
  entityPatchSchema,
  errorResponseSchema,
  idParamsSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendDownload } from './entity.export';
import {
  createEntity,
  exportEntities,
  getEntity,
  listEntities,
  listEntityEvents,
  updateEntity,
} from './entity.service';

const tags = ['监管对象'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const exportTitle = '监管对象名录';

export const entityRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/entities',
    {
      config: { permission: 'entities.read' },
      schema: {
        tags,
        summary: '管辖范围内的监管对象（搜索、筛选、排序、分页）',
        querystring: entityListQuerySchema,
        response: { 200: entityPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listEntities(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/entities/export.xlsx',
    {
      config: { permission: 'entities.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出监管对象（Excel；列与导入模板一致）',
        querystring: entityListQuerySchema,
      },
    },
    async (request, reply) => {
      const { body, date } = await exportEntities(ctx, requireAuth(request), request.query, 'xlsx');
      return sendDownload(reply, body, exportTitle, 'xlsx', date);
    },
  );

  app.get(
    '/entities/export.csv',
    {
      config: { permission: 'entities.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出监管对象（CSV，UTF-8 带 BOM；列与导入模板一致）',
        querystring: entityListQuerySchema,
      },
    },
    async (request, reply) => {
      const { body, date } = await exportEntities(ctx, requireAuth(request), request.query, 'csv');
      return sendDownload(reply, body, exportTitle, 'csv', date);
    },
  );

  app.get(
    '/entities/:id',
    {
      config: { permission: 'entities.read' },
      schema: {
        tags,
        summary: '监管对象详情：档案、重点排污名录、信用摘要、监管责任人、合规记录条带、时间线',
        params: idParamsSchema,
        response: { 200: entityDetailSchema, ...errors },
      },
    },
    async (request) => getEntity(ctx, requireAuth(request), request.params.id),
  );

  app.get(
    '/entities/:id/events',
    {
      config: { permission: 'entities.read' },
      schema: {
        tags,
        summary: '监管对象时间线（新的在前，分页）',
        params: idParamsSchema,
        querystring: entityEventsQuerySchema,
        response: { 200: entityEventPageSchema, ...errors },
      },
    },
    async (request) => listEntityEvents(ctx, requireAuth(request), request.params.id, request.query),
  );

  app.post(
    '/entities',
    {
      config: { permission: 'entities.manage' },
      schema: {
        tags,
        summary: '新建监管对象（所属机构由区划确定，须在本人管辖范围内）',
        body: entityInputSchema,
        response: { 201: entityDetailSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEntity(ctx, requireAuth(request), request.body)),
  );

  app.patch(
    '/entities/:id',
    {
      config: { permission: 'entities.manage' },
      schema: {
        tags,
        summary: '修改监管对象（只需提交要修改的字段）',
        params: idParamsSchema,
        body: entityPatchSchema,
        response: { 200: entityDetailSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request) => updateEntity(ctx, requireAuth(request), request.params.id, request.body),
  );
};
