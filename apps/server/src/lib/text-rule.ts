import { findTextViolation } from '@qingshan/domain';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { invalidField } from './errors';

const parts = [
  ['params', '路径参数'],
  ['querystring', '查询参数'],
  ['body', '请求内容'],
] as const;

/**
 * Applies the shared text rule (`findTextViolation` in @qingshan/domain) to every string of
 * every request before any schema or handler sees it: one gate, so no field, endpoint or later
 * layer (the audit chain, PostgreSQL) ever receives a lone surrogate or a NUL. The route's own
 * zod schemas tell which fields are multi-line.
 */
export function registerTextRule(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const schemas = (request.routeOptions.schema ?? {}) as Partial<
      Record<(typeof parts)[number][0], z.ZodType>
    >;
    const values = { params: request.params, querystring: request.query, body: request.body };
    for (const [part, label] of parts) {
      const violation = findTextViolation(schemas[part], values[part]);
      if (violation) throw invalidField(violation.field || label, violation.message);
    }
  });
}
