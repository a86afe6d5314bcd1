import {
  errorResponseSchema,
  idParamsSchema,
  randomCheckCoverageQuerySchema,
  randomCheckCoverageSchema,
  randomCheckMonthlyReportQuerySchema,
  randomCheckReportRemindersSchema,
  randomCheckSummarySchema,
  randomCheckYearlyReportQuerySchema,
  reportPeriodSchema,
  reportSubmissionOverviewSchema,
  withdrawReportSubmissionRequestSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import { exportCoverageReport, exportMonthlyReport, exportYearlyReport } from './report.export';
import { getCoverageReport, getMonthlyReport, getYearlyReport } from './report.service';
import {
  acceptSubmission,
  getReportReminders,
  getSubmissionOverview,
  submitReport,
  withdrawSubmission,
} from './report-submission.service';

const tags = ['双随机抽查'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const writeErrors = { ...errors, 409: errorResponseSchema };

/** DR-7: the monthly table, the yearly summary, coverage against the ratios, and their reminders. */
export const randomCheckReportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/random-checks/reports/monthly',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '《环境执法“双随机、一公开”情况汇总表》：某月、某机构（汇总下级）',
        querystring: randomCheckMonthlyReportQuerySchema,
        response: { 200: randomCheckSummarySchema, ...errors },
      },
    },
    async (request) => getMonthlyReport(ctx, requireAuth(request), request.query),
  );
  app.get(
    '/random-checks/reports/monthly/export.xlsx',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '导出月度情况汇总表（Excel，含表头标题）',
        querystring: randomCheckMonthlyReportQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportMonthlyReport(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  app.get(
    '/random-checks/reports/yearly',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '“双随机、一公开”年度总结统计：分单位与分月份（每年 12 月 15 日前上报）',
        querystring: randomCheckYearlyReportQuerySchema,
        response: { 200: randomCheckSummarySchema, ...errors },
      },
    },
    async (request) => getYearlyReport(ctx, requireAuth(request), request.query),
  );
  app.get(
    '/random-checks/reports/yearly/export.xlsx',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '导出年度总结统计表（Excel）',
        querystring: randomCheckYearlyReportQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportYearlyReport(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  app.get(
    '/random-checks/reports/coverage',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '年度抽查比例与覆盖情况：按比例应抽与实际抽取、重点排污单位覆盖',
        querystring: randomCheckCoverageQuerySchema,
        response: { 200: randomCheckCoverageSchema, ...errors },
      },
    },
    async (request) => getCoverageReport(ctx, requireAuth(request), request.query),
  );
  app.get(
    '/random-checks/reports/coverage/export.xlsx',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '导出抽查比例与覆盖情况（Excel）',
        querystring: randomCheckCoverageQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportCoverageReport(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  app.get(
    '/random-checks/reports/reminders',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '待办提醒：上月汇总表与年度总结，自提醒期开始直至本单位上报（逾期标红）',
        response: { 200: randomCheckReportRemindersSchema, ...errors },
      },
    },
    async (request) => getReportReminders(ctx, requireAuth(request)),
  );

  app.get(
    '/random-checks/reports/submissions',
    {
      config: { permission: 'random_checks.report' },
      schema: {
        tags,
        summary: '上报情况：本单位某期报表的上报记录，及直接下级单位已报、未报、逾期',
        querystring: reportPeriodSchema,
        response: { 200: reportSubmissionOverviewSchema, ...errors },
      },
    },
    async (request) => getSubmissionOverview(ctx, requireAuth(request), request.query),
  );
  app.post(
    '/random-checks/reports/submissions',
    {
      config: { permission: 'random_checks.submit_report' },
      schema: {
        tags,
        summary: '上报本单位某期月度汇总表或年度总结（冻结数据并记录摘要）',
        body: reportPeriodSchema,
        response: { 200: reportSubmissionOverviewSchema, ...writeErrors },
      },
    },
    async (request) => submitReport(ctx, requireAuth(request), request.body),
  );
  app.post(
    '/random-checks/reports/submissions/:id/withdraw',
    {
      config: { permission: 'random_checks.submit_report' },
      schema: {
        tags,
        summary: '撤回本单位的上报（上级接收前，须说明原因），之后可重新上报',
        params: idParamsSchema,
        body: withdrawReportSubmissionRequestSchema,
        response: { 200: reportSubmissionOverviewSchema, ...writeErrors },
      },
    },
    async (request) => withdrawSubmission(ctx, requireAuth(request), request.params.id, request.body),
  );
  app.post(
    '/random-checks/reports/submissions/:id/accept',
    {
      config: { permission: 'random_checks.accept_report' },
      schema: {
        tags,
        summary: '上级接收下级单位上报的报表',
        params: idParamsSchema,
        response: { 200: reportSubmissionOverviewSchema, ...writeErrors },
      },
    },
    async (request) => acceptSubmission(ctx, requireAuth(request), request.params.id),
  );
};
