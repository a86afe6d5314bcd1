import {
  accountCandidatesSchema,
  approveSecondmentRequestSchema,
  awardSchema,
  createAwardRequestSchema,
  createOfficerRequestSchema,
  createSecondmentRequestSchema,
  createTrainingRequestSchema,
  entitySupervisorsSchema,
  errorResponseSchema,
  fileSecondmentRequestSchema,
  idParamsSchema,
  linkAccountRequestSchema,
  officerDetailSchema,
  officerListQuerySchema,
  officerPageSchema,
  officerSecondmentParamsSchema,
  returnSecondmentRequestSchema,
  setBackboneRequestSchema,
  setEntitySupervisorsRequestSchema,
  setOfficerStatusRequestSchema,
  supervisorCandidateQuerySchema,
  supervisorCandidatesSchema,
  trainingSchema,
  updateOfficerRequestSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import {
  getEntitySupervisors,
  listSupervisorCandidates,
  setEntitySupervisors,
} from './entity-supervisor.service';
import {
  createOfficer,
  exportOfficers,
  getOfficer,
  linkAccount,
  listAccountCandidates,
  listOfficers,
  removeBackbone,
  setBackbone,
  setOfficerStatus,
  unlinkAccount,
  updateOfficer,
} from './officer.service';
import {
  addAward,
  addTraining,
  approveSecondment,
  createSecondment,
  fileSecondment,
  listAwards,
  listTrainings,
  returnFromSecondment,
} from './officer-records.service';

const tags = ['执法人员'];
const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/**
 * 执法人员名录库 (ORG-3): officers with their certificates, status, secondments, trainings,
 * awards, backbone pool and platform account; and the supervising officers of an entity.
 * Jurisdiction everywhere by the officer's agency (the entity's owner for supervisors).
 */
export const personnelRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/officers',
    {
      config: { permission: 'personnel.read' },
      schema: {
        tags,
        summary: '管辖范围内的执法人员（搜索、筛选、排序、分页；执法证状态按今日计算）',
        querystring: officerListQuerySchema,
        response: { 200: officerPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listOfficers(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/officers/export.xlsx',
    {
      config: { permission: 'personnel.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出执法人员名录（Excel）',
        querystring: officerListQuerySchema,
      },
    },
    async (request, reply) =>
      sendExcel(
        reply,
        await exportOfficers(ctx, requireAuth(request), request.query),
        '执法人员名录',
        ctx.clock,
      ),
  );

  app.get(
    '/officers/:id',
    {
      config: { permission: 'personnel.read' },
      schema: {
        tags,
        summary: '执法人员详情（证件、借调、监管对象、关联账号）',
        params: idParamsSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) => getOfficer(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/officers',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '登记执法人员（未填实名制编号时自动编号）',
        body: createOfficerRequestSchema,
        response: { 201: officerDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOfficer(ctx, requireAuth(request), request.body)),
  );

  app.patch(
    '/officers/:id',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '修改执法人员信息（含换发执法证、调动机构）',
        params: idParamsSchema,
        body: updateOfficerRequestSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) => updateOfficer(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/officers/:id/status',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '变更在岗状态（在岗、休假、离岗；借调以借调记录登记）',
        params: idParamsSchema,
        body: setOfficerStatusRequestSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) => setOfficerStatus(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.get(
    '/officers/:id/account-candidates',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '可关联的平台账号（与该人员同一机构，管理员账号除外）',
        params: idParamsSchema,
        response: { 200: accountCandidatesSchema, ...errors },
      },
    },
    async (request) => listAccountCandidates(ctx, requireAuth(request), request.params.id),
  );

  app.put(
    '/officers/:id/account',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '关联平台账号（同一机构；一个账号只关联一名人员）',
        params: idParamsSchema,
        body: linkAccountRequestSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) => linkAccount(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.delete(
    '/officers/:id/account',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '解除账号关联',
        params: idParamsSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) => unlinkAccount(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/officers/:id/secondments',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '登记借调（超过期限须省级执法机构同意；离开设区市须备案）',
        params: idParamsSchema,
        body: createSecondmentRequestSchema,
        response: { 201: officerDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createSecondment(ctx, requireAuth(request), request.params.id, request.body)),
  );

  app.post(
    '/officers/:id/secondments/:secondmentId/approval',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '登记省级执法机构同意超期借调（仅省级执法机构）',
        params: officerSecondmentParamsSchema,
        body: approveSecondmentRequestSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) =>
      approveSecondment(
        ctx,
        requireAuth(request),
        request.params.id,
        request.params.secondmentId,
        request.body,
      ),
  );

  app.post(
    '/officers/:id/secondments/:secondmentId/filing',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '登记离开设区市借调的备案',
        params: officerSecondmentParamsSchema,
        body: fileSecondmentRequestSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) =>
      fileSecondment(ctx, requireAuth(request), request.params.id, request.params.secondmentId, request.body),
  );

  app.post(
    '/officers/:id/secondments/:secondmentId/return',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '登记借调人员返岗（状态恢复在岗）',
        params: officerSecondmentParamsSchema,
        body: returnSecondmentRequestSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) =>
      returnFromSecondment(
        ctx,
        requireAuth(request),
        request.params.id,
        request.params.secondmentId,
        request.body,
      ),
  );

  app.get(
    '/officers/:id/trainings',
    {
      config: { permission: 'personnel.read' },
      schema: {
        tags,
        summary: '培训记录',
        params: idParamsSchema,
        response: { 200: z.array(trainingSchema), ...errors },
      },
    },
    async (request) => listTrainings(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/officers/:id/trainings',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '登记培训记录',
        params: idParamsSchema,
        body: createTrainingRequestSchema,
        response: { 201: z.array(trainingSchema), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTraining(ctx, requireAuth(request), request.params.id, request.body)),
  );

  app.get(
    '/officers/:id/awards',
    {
      config: { permission: 'personnel.read' },
      schema: {
        tags,
        summary: '奖励记录（记功、嘉奖、通报表扬）',
        params: idParamsSchema,
        response: { 200: z.array(awardSchema), ...errors },
      },
    },
    async (request) => listAwards(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/officers/:id/awards',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '登记奖励',
        params: idParamsSchema,
        body: createAwardRequestSchema,
        response: { 201: z.array(awardSchema), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addAward(ctx, requireAuth(request), request.params.id, request.body)),
  );

  app.put(
    '/officers/:id/backbone',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '列入骨干库（省级骨干库由省级执法机构管理；市级骨干由设区市确定）',
        params: idParamsSchema,
        body: setBackboneRequestSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) => setBackbone(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.delete(
    '/officers/:id/backbone',
    {
      config: { permission: 'personnel.manage' },
      schema: {
        tags,
        summary: '移出骨干库',
        params: idParamsSchema,
        response: { 200: officerDetailSchema, ...errors },
      },
    },
    async (request) => removeBackbone(ctx, requireAuth(request), request.params.id),
  );

  app.get(
    '/entities/:id/supervisors',
    {
      config: { permission: 'entities.read' },
      schema: {
        tags,
        summary: '监管对象的监管责任人（含执法证状态）',
        params: idParamsSchema,
        response: { 200: entitySupervisorsSchema, ...errors },
      },
    },
    async (request) => getEntitySupervisors(ctx, requireAuth(request), request.params.id),
  );

  app.get(
    '/entities/:id/supervisor-candidates',
    {
      config: { permission: 'entities.manage' },
      schema: {
        tags,
        summary: '可指派的监管责任人（所属机构及其下属机构的人员；不能指派的注明原因）',
        params: idParamsSchema,
        querystring: supervisorCandidateQuerySchema,
        response: { 200: supervisorCandidatesSchema, ...errors },
      },
    },
    async (request) =>
      listSupervisorCandidates(ctx, requireAuth(request), request.params.id, request.query.q),
  );

  app.put(
    '/entities/:id/supervisors',
    {
      config: { permission: 'entities.manage' },
      schema: {
        tags,
        summary: '调整监管责任人（新指派人员须执法证有效且在岗）',
        params: idParamsSchema,
        body: setEntitySupervisorsRequestSchema,
        response: { 200: entitySupervisorsSchema, ...errors },
      },
    },
    async (request) => setEntitySupervisors(ctx, requireAuth(request), request.params.id, request.body),
  );
};
