import {
  calendarOverrideSchema,
  calendarYearParamsSchema,
  calendarYearSchema,
  confirmYearRequestSchema,
  deadlineQuerySchema,
  deadlineResultSchema,
  errorResponseSchema,
  okResponseSchema,
  overrideDateParamsSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import {
  calculateDeadline,
  confirmYear,
  getCalendarYear,
  removeOverride,
  setOverride,
} from './calendar.service';

const tags = ['工作日历'];

export const calendarRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/calendar/deadline',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags,
        summary:
          '期限计算：开始的当日不计入，自次日起算（民法典第二百零一条）；按自然日或工作日；自然日期限末日为休息日的，顺延至其后第一个工作日（民法典第二百零三条）；结果列出所适用的规则',
        querystring: deadlineQuerySchema,
        response: { 200: deadlineResultSchema, 400: errorResponseSchema },
      },
    },
    async (request) => calculateDeadline(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/calendar/:year',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags,
        summary: '全年日历：法定节假日、调休上班日，以及尚未确认（临时）的年份',
        params: calendarYearParamsSchema,
        response: { 200: calendarYearSchema, 400: errorResponseSchema },
      },
    },
    async (request) => getCalendarYear(ctx, request.params.year),
  );

  app.put(
    '/calendar/overrides',
    {
      config: { permission: 'calendar.manage' },
      schema: {
        tags,
        summary: '录入或修改某一天：放假或调休上班（系统管理员）',
        body: calendarOverrideSchema,
        response: { 200: okResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => {
      await setOverride(ctx, requireAuth(request), request.body);
      return { ok: true as const };
    },
  );

  app.delete(
    '/calendar/overrides/:date',
    {
      config: { permission: 'calendar.manage' },
      schema: {
        tags,
        summary: '删除某一天的人工设置',
        params: overrideDateParamsSchema,
        response: { 200: okResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      await removeOverride(ctx, requireAuth(request), request.params.date);
      return { ok: true as const };
    },
  );

  app.post(
    '/calendar/:year/confirm',
    {
      config: { permission: 'calendar.manage' },
      schema: {
        tags,
        summary: '确认某年节假日安排已完整录入（此后该年期限不再标为临时）',
        params: calendarYearParamsSchema,
        body: confirmYearRequestSchema,
        response: { 200: okResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => {
      await confirmYear(ctx, requireAuth(request), request.params.year, request.body.notice);
      return { ok: true as const };
    },
  );
};
