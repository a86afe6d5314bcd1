import {
  addCompliancePointsRequestSchema,
  addListMembershipRequestSchema,
  cardListQuerySchema,
  cardPageSchema,
  commitmentListQuerySchema,
  commitmentPageSchema,
  creditSummarySchema,
  entityCardParamsSchema,
  entityCreditSchema,
  entityMembershipParamsSchema,
  entityYearParamsSchema,
  errorResponseSchema,
  evaluationListQuerySchema,
  evaluationPageSchema,
  idParamsSchema,
  issueCardRequestSchema,
  liftCardRequestSchema,
  membershipListQuerySchema,
  membershipPageSchema,
  pointsListQuerySchema,
  pointsPageSchema,
  recordCommitmentSignatureRequestSchema,
  recordLetterDeliveryRequestSchema,
  removeListMembershipRequestSchema,
  setCreditEvaluationRequestSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import {
  exportCards,
  exportCommitments,
  exportEvaluations,
  exportMemberships,
  exportPoints,
} from './credit.export';
import {
  addCompliancePoints,
  addListMembership,
  getCreditSummary,
  getEntityCredit,
  issueCard,
  liftCard,
  listCards,
  listCommitments,
  listEvaluations,
  listMemberships,
  listPoints,
  recordCommitmentSignature,
  recordLetterDelivery,
  removeListMembership,
  setCreditEvaluation,
} from './credit.service';

const tags = ['承诺与信用'];
const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const entityCredit = { 200: entityCreditSchema, ...errors };

export const creditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // One entity's record and the acts on it -----------------------------------------------------

  app.get(
    '/entities/:id/credit',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '监管对象的承诺与信用：承诺书、红黄牌、信用评价、守法积分、黑名单与正面清单',
        params: idParamsSchema,
        response: entityCredit,
      },
    },
    async (request) => getEntityCredit(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/entities/:id/credit/letters',
    {
      config: { permission: 'commitments.manage' },
      schema: {
        tags,
        summary: '登记致企业负责人公开信送达（重点排污单位，按年度）',
        params: idParamsSchema,
        body: recordLetterDeliveryRequestSchema,
        response: entityCredit,
      },
    },
    async (request) => recordLetterDelivery(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/entities/:id/credit/commitments',
    {
      config: { permission: 'commitments.manage' },
      schema: {
        tags,
        summary: '登记《环保承诺书》签订（重点排污单位，按年度）',
        params: idParamsSchema,
        body: recordCommitmentSignatureRequestSchema,
        response: entityCredit,
      },
    },
    async (request) => recordCommitmentSignature(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/entities/:id/credit/cards',
    {
      config: { permission: 'credit.manage' },
      schema: {
        tags,
        summary: '作出红牌或黄牌警示（按省份配置；江西：同时列入失信黑名单）',
        params: idParamsSchema,
        body: issueCardRequestSchema,
        response: entityCredit,
      },
    },
    async (request) => issueCard(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/entities/:id/credit/cards/:cardId/lift',
    {
      config: { permission: 'credit.manage' },
      schema: {
        tags,
        summary: '整改复核合格后摘牌（作出机关或其上级）',
        params: entityCardParamsSchema,
        body: liftCardRequestSchema,
        response: entityCredit,
      },
    },
    async (request) =>
      liftCard(ctx, requireAuth(request), request.params.id, request.params.cardId, request.body),
  );

  app.put(
    '/entities/:id/credit/evaluations/:year',
    {
      config: { permission: 'credit.manage' },
      schema: {
        tags,
        summary: '设定年度企业环境信用评价等级',
        params: entityYearParamsSchema,
        body: setCreditEvaluationRequestSchema,
        response: entityCredit,
      },
    },
    async (request) =>
      setCreditEvaluation(ctx, requireAuth(request), request.params.id, request.params.year, request.body),
  );

  app.post(
    '/entities/:id/credit/points',
    {
      config: { permission: 'credit.manage' },
      schema: {
        tags,
        summary: '守法积分加分或扣分（按省份配置）',
        params: idParamsSchema,
        body: addCompliancePointsRequestSchema,
        response: entityCredit,
      },
    },
    async (request) => addCompliancePoints(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/entities/:id/credit/lists',
    {
      config: { permission: 'credit.manage' },
      schema: {
        tags,
        summary: '列入失信黑名单或正面清单（正面清单须符合入选条件）',
        params: idParamsSchema,
        body: addListMembershipRequestSchema,
        response: entityCredit,
      },
    },
    async (request) => addListMembership(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/entities/:id/credit/lists/:membershipId/remove',
    {
      config: { permission: 'credit.manage' },
      schema: {
        tags,
        summary: '移出失信黑名单或正面清单',
        params: entityMembershipParamsSchema,
        body: removeListMembershipRequestSchema,
        response: entityCredit,
      },
    },
    async (request) =>
      removeListMembership(
        ctx,
        requireAuth(request),
        request.params.id,
        request.params.membershipId,
        request.body,
      ),
  );

  // Agency-wide lists ----------------------------------------------------------------------------

  app.get(
    '/credit/summary',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '管辖范围内的信用概况（红黄牌、名单、承诺书覆盖率、信用评价、守法积分）',
        response: { 200: creditSummarySchema },
      },
    },
    async (request) => getCreditSummary(ctx, requireAuth(request)),
  );

  app.get(
    '/credit/cards',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '红黄牌警示名单（筛选、排序、分页）',
        querystring: cardListQuerySchema,
        response: { 200: cardPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listCards(ctx, requireAuth(request), request.query),
  );
  app.get(
    '/credit/cards/export.xlsx',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出红黄牌警示名单（Excel）',
        querystring: cardListQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportCards(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  for (const [path, list, title] of [
    ['/credit/blacklist', 'blacklist', '失信黑名单'],
    ['/credit/positive-list', 'positive', '正面清单'],
  ] as const) {
    app.get(
      path,
      {
        config: { permission: 'credit.read' },
        schema: {
          tags,
          summary: `${title}（筛选、排序、分页）`,
          querystring: membershipListQuerySchema,
          response: { 200: membershipPageSchema, 400: errorResponseSchema },
        },
      },
      async (request) => listMemberships(ctx, requireAuth(request), list, request.query),
    );
    app.get(
      `${path}/export.xlsx`,
      {
        config: { permission: 'credit.read' },
        schema: {
          tags,
          summary: `按当前筛选条件导出${title}（Excel）`,
          querystring: membershipListQuerySchema,
        },
      },
      async (request, reply) => {
        const exported = await exportMemberships(ctx, requireAuth(request), list, request.query);
        return sendExcel(reply, exported.workbook, exported.title, ctx.clock);
      },
    );
  }

  app.get(
    '/credit/commitments',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '重点排污单位公开信送达与承诺书签订情况（按年度；含覆盖率）',
        querystring: commitmentListQuerySchema,
        response: { 200: commitmentPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listCommitments(ctx, requireAuth(request), request.query),
  );
  app.get(
    '/credit/commitments/export.xlsx',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出公开信与承诺书情况（Excel）',
        querystring: commitmentListQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportCommitments(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  app.get(
    '/credit/evaluations',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '企业环境信用评价结果（筛选、排序、分页）',
        querystring: evaluationListQuerySchema,
        response: { 200: evaluationPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listEvaluations(ctx, requireAuth(request), request.query),
  );
  app.get(
    '/credit/evaluations/export.xlsx',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出信用评价结果（Excel）',
        querystring: evaluationListQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportEvaluations(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  app.get(
    '/credit/points',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '守法积分台账（筛选、排序、分页）',
        querystring: pointsListQuerySchema,
        response: { 200: pointsPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listPoints(ctx, requireAuth(request), request.query),
  );
  app.get(
    '/credit/points/export.xlsx',
    {
      config: { permission: 'credit.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出守法积分台账（Excel）',
        querystring: pointsListQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportPoints(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );
};
