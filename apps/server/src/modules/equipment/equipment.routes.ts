import {
  createEquipmentItemRequestSchema,
  equipmentGapQuerySchema,
  equipmentGapResponseSchema,
  equipmentItemDetailSchema,
  equipmentListQuerySchema,
  equipmentPageSchema,
  equipmentTransitionRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  replaceEquipmentItemRequestSchema,
  updateEquipmentItemRequestSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import {
  createEquipmentItem,
  exportEquipment,
  getEquipmentGaps,
  getEquipmentItem,
  listEquipment,
  replaceEquipmentItem,
  transitionEquipmentItem,
  updateEquipmentItemDetails,
} from './equipment.service';

const tags = ['执法装备'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const writeErrors = { ...errors, 409: errorResponseSchema };

export const equipmentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/equipment/items',
    {
      config: { permission: 'equipment.read' },
      schema: {
        tags,
        summary: '管辖范围内的装备台账（按机构含下级、类别、状态筛选，排序，分页）',
        querystring: equipmentListQuerySchema,
        response: { 200: equipmentPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listEquipment(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/equipment/items/export.xlsx',
    {
      config: { permission: 'equipment.read' },
      schema: { tags, summary: '按当前筛选条件导出装备台账（Excel）', querystring: equipmentListQuerySchema },
    },
    async (request, reply) =>
      sendExcel(
        reply,
        await exportEquipment(ctx, requireAuth(request), request.query),
        '装备台账',
        ctx.clock,
      ),
  );

  app.get(
    '/equipment/items/:id',
    {
      config: { permission: 'equipment.read' },
      schema: {
        tags,
        summary: '装备详情与履历（使用、维修、报废、更新替换）',
        params: idParamsSchema,
        response: { 200: equipmentItemDetailSchema, ...errors },
      },
    },
    async (request) => getEquipmentItem(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/equipment/items',
    {
      config: { permission: 'equipment.manage' },
      schema: {
        tags,
        summary: '登记装备（资产编号唯一）',
        body: createEquipmentItemRequestSchema,
        response: { 201: equipmentItemDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEquipmentItem(ctx, requireAuth(request), request.body)),
  );

  app.patch(
    '/equipment/items/:id',
    {
      config: { permission: 'equipment.manage' },
      schema: {
        tags,
        summary: '修改装备信息（所属机构、类别、名称、型号、编号、购置日期、备注）',
        params: idParamsSchema,
        body: updateEquipmentItemRequestSchema,
        response: { 200: equipmentItemDetailSchema, ...writeErrors },
      },
    },
    async (request) => updateEquipmentItemDetails(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/equipment/items/:id/status',
    {
      config: { permission: 'equipment.manage' },
      schema: {
        tags,
        summary: '变更装备状态：送修、恢复使用、报废（已报废、已替换的装备不能再变更）',
        params: idParamsSchema,
        body: equipmentTransitionRequestSchema,
        response: { 200: equipmentItemDetailSchema, ...writeErrors },
      },
    },
    async (request) => transitionEquipmentItem(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/equipment/items/:id/replacement',
    {
      config: { permission: 'equipment.manage' },
      schema: {
        tags,
        summary: '以新换旧：旧装备记为已替换，登记替换它的新装备',
        params: idParamsSchema,
        body: replaceEquipmentItemRequestSchema,
        response: { 201: equipmentItemDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await replaceEquipmentItem(ctx, requireAuth(request), request.params.id, request.body)),
  );

  app.get(
    '/equipment/gaps',
    {
      config: { permission: 'equipment.read' },
      schema: {
        tags,
        summary: '对照装备配备标准的缺口（各执法机构本级与含下级汇总）',
        querystring: equipmentGapQuerySchema,
        response: { 200: equipmentGapResponseSchema, ...errors },
      },
    },
    async (request) => getEquipmentGaps(ctx, requireAuth(request), request.query),
  );
};
