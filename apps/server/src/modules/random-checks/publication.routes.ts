import {
  errorResponseSchema,
  publicRandomCheckAgenciesSchema,
  publicRandomCheckPlanPageSchema,
  publicRandomCheckPlanQuerySchema,
  publicRandomCheckResultPageSchema,
  publicRandomCheckResultQuerySchema,
  publishRandomCheckResultsRequestSchema,
  publishRandomCheckResultsResponseSchema,
  randomCheckPublicationPageSchema,
  randomCheckPublicationQuerySchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import {
  listPublicAgencies,
  listPublication,
  listPublicPlans,
  listPublicResults,
  publishResults,
} from './publication.service';

const tags = ['双随机抽查'];
const publicTags = ['信息公开'];

/** DR-6 and PUB-1: the agency head publishes completed results; the public reads them without login. */
export const randomCheckPublicationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/random-checks/publication',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '检查结果公开：已完成检查的结果及其公开情况、公开率（筛选、分页）',
        querystring: randomCheckPublicationQuerySchema,
        response: {
          200: randomCheckPublicationPageSchema,
          400: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => listPublication(ctx, requireAuth(request), request.query),
  );

  app.post(
    '/random-checks/publication/publish',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '公开所选检查结果（计划制定机关；须已完成检查）',
        body: publishRandomCheckResultsRequestSchema,
        response: {
          200: publishRandomCheckResultsResponseSchema,
          400: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
          409: errorResponseSchema,
        },
      },
    },
    async (request) => publishResults(ctx, requireAuth(request), request.body),
  );

  app.get(
    '/public/random-checks/results',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary:
          '双随机抽查结果公开（无需登录）：企业名称、信用代码、检查日期、检查事项、检查结果，及各机构公开率',
        querystring: publicRandomCheckResultQuerySchema,
        response: {
          200: publicRandomCheckResultPageSchema,
          400: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => listPublicResults(ctx, request.query),
  );

  app.get(
    '/public/random-checks/agencies',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '公开页的机构选择：省、市、县生态环境部门（无需登录）',
        response: { 200: publicRandomCheckAgenciesSchema },
      },
    },
    async () => listPublicAgencies(ctx),
  );

  app.get(
    '/public/random-checks/plans',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '抽查计划及其抽取承诺值（抽取前公布），每项链接到抽取记录的验证页（无需登录）',
        querystring: publicRandomCheckPlanQuerySchema,
        response: { 200: publicRandomCheckPlanPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listPublicPlans(ctx, request.query),
  );
};
