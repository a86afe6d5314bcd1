import {
  catalogueCompareQuerySchema,
  catalogueComparisonSchema,
  catalogueDetailSchema,
  catalogueItemInputSchema,
  catalogueItemPageSchema,
  catalogueItemQuerySchema,
  catalogueItemSchema,
  catalogueItemUpdateSchema,
  catalogueListQuerySchema,
  cataloguePageSchema,
  catalogueReorderSchema,
  createCatalogueRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  okResponseSchema,
  updateCatalogueRequestSchema,
  uuidSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import {
  compareCatalogues,
  createCatalogue,
  createItem,
  deleteCatalogue,
  deleteItem,
  exportCatalogue,
  getCatalogue,
  listCatalogues,
  listItems,
  publishCatalogue,
  reorderItems,
  updateCatalogue,
  updateItem,
} from './catalogue.service';

const tags = ['清单目录'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const itemParamsSchema = z.object({ id: uuidSchema, itemId: uuidSchema });

/**
 * Published lists (CAT-1 … CAT-5): catalogue versions, their items, publication and history.
 * Reading covers the own subtree and the published lists of the agencies above it; drafts are
 * changed by legal reviewers and agency heads, and published by agency heads.
 */
export const catalogueRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/catalogues',
    {
      config: { permission: 'catalogues.read' },
      schema: {
        tags,
        summary: '可查阅的清单版本（本辖区的全部版本及上级机关已发布的版本；筛选、排序、分页）',
        querystring: catalogueListQuerySchema,
        response: { 200: cataloguePageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listCatalogues(ctx, requireAuth(request), request.query),
  );

  app.post(
    '/catalogues',
    {
      config: { permission: 'catalogues.manage' },
      schema: {
        tags,
        summary: '新建清单草稿（全新，或基于已发布版本复制其事项）',
        body: createCatalogueRequestSchema,
        response: { 201: catalogueDetailSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCatalogue(ctx, requireAuth(request), request.body)),
  );

  app.get(
    '/catalogues/:id',
    {
      config: { permission: 'catalogues.read' },
      schema: {
        tags,
        summary: '清单版本详情与版本历史',
        params: idParamsSchema,
        response: { 200: catalogueDetailSchema, ...errors },
      },
    },
    async (request) => getCatalogue(ctx, requireAuth(request), request.params.id),
  );

  app.patch(
    '/catalogues/:id',
    {
      config: { permission: 'catalogues.manage' },
      schema: {
        tags,
        summary: '修改草稿的标题、生效日期、说明（只有草稿可以修改）',
        params: idParamsSchema,
        body: updateCatalogueRequestSchema,
        response: { 200: catalogueDetailSchema, ...errors },
      },
    },
    async (request) => updateCatalogue(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.delete(
    '/catalogues/:id',
    {
      config: { permission: 'catalogues.manage' },
      schema: {
        tags,
        summary: '删除草稿（已发布和历史版本不能删除）',
        params: idParamsSchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await deleteCatalogue(ctx, requireAuth(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/catalogues/:id/publish',
    {
      config: { permission: 'catalogues.publish' },
      schema: {
        tags,
        summary: '发布草稿（同一机关同类清单的原发布版本同时被替代）',
        params: idParamsSchema,
        response: { 200: catalogueDetailSchema, ...errors },
      },
    },
    async (request) => publishCatalogue(ctx, requireAuth(request), request.params.id),
  );

  app.get(
    '/catalogues/:id/compare',
    {
      config: { permission: 'catalogues.read' },
      schema: {
        tags,
        summary: '比较两个版本：新增、删除、修改的事项',
        params: idParamsSchema,
        querystring: catalogueCompareQuerySchema,
        response: { 200: catalogueComparisonSchema, ...errors },
      },
    },
    async (request) => compareCatalogues(ctx, requireAuth(request), request.params.id, request.query.with),
  );

  app.get(
    '/catalogues/:id/export.xlsx',
    {
      config: { permission: 'catalogues.read' },
      schema: { tags, summary: '导出清单版本（Excel）', params: idParamsSchema },
    },
    async (request, reply) => {
      const { workbook, title } = await exportCatalogue(ctx, requireAuth(request), request.params.id);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  app.get(
    '/catalogues/:id/items',
    {
      config: { permission: 'catalogues.read' },
      schema: {
        tags,
        summary: '清单事项（搜索、筛选、分页）',
        params: idParamsSchema,
        querystring: catalogueItemQuerySchema,
        response: { 200: catalogueItemPageSchema, ...errors },
      },
    },
    async (request) => listItems(ctx, requireAuth(request), request.params.id, request.query),
  );

  app.post(
    '/catalogues/:id/items',
    {
      config: { permission: 'catalogues.manage' },
      schema: {
        tags,
        summary: '在草稿中新增事项（事项内容按清单类型校验）',
        params: idParamsSchema,
        body: catalogueItemInputSchema,
        response: { 201: catalogueItemSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createItem(ctx, requireAuth(request), request.params.id, request.body)),
  );

  app.put(
    '/catalogues/:id/items/order',
    {
      config: { permission: 'catalogues.manage' },
      schema: {
        tags,
        summary: '调整草稿事项顺序（须包含全部事项）',
        params: idParamsSchema,
        body: catalogueReorderSchema,
        response: { 200: z.array(catalogueItemSchema), ...errors },
      },
    },
    async (request) => reorderItems(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.patch(
    '/catalogues/:id/items/:itemId',
    {
      config: { permission: 'catalogues.manage' },
      schema: {
        tags,
        summary: '修改草稿中的事项',
        params: itemParamsSchema,
        body: catalogueItemUpdateSchema,
        response: { 200: catalogueItemSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request) =>
      updateItem(ctx, requireAuth(request), request.params.id, request.params.itemId, request.body),
  );

  app.delete(
    '/catalogues/:id/items/:itemId',
    {
      config: { permission: 'catalogues.manage' },
      schema: {
        tags,
        summary: '删除草稿中的事项',
        params: itemParamsSchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await deleteItem(ctx, requireAuth(request), request.params.id, request.params.itemId);
      return { ok: true as const };
    },
  );
};
