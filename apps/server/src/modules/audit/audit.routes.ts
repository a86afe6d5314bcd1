import {
  auditPageSchema,
  auditQuerySchema,
  auditVerificationSchema,
  errorResponseSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import { exportAuditEntries, listAuditEntries, verifyAuditTrail } from './audit.service';

const tags = ['审计'];

/** The audit trail is for the audit administrator only (三员分立). */
export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: '审计记录（安全审计员；按时间、操作、操作人、对象筛选）',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, 400: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => listAuditEntries(ctx, requireAuth(request), request.query),
  );

  app.post(
    '/audit/verify',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: '校验审计哈希链，指出第一条异常记录',
        response: { 200: auditVerificationSchema, 403: errorResponseSchema },
      },
    },
    async (request) => verifyAuditTrail(ctx, requireAuth(request)),
  );

  app.get(
    '/audit/export.xlsx',
    {
      config: { permission: 'audit.read' },
      schema: { tags, summary: '导出审计记录（Excel）', querystring: auditQuerySchema },
    },
    async (request, reply) =>
      sendExcel(
        reply,
        await exportAuditEntries(ctx, requireAuth(request), request.query),
        '审计记录',
        ctx.clock,
      ),
  );
};
