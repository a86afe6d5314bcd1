import { type ErrorBody, type ErrorCode, errorStatus } from '@qingshan/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** The one error type of the server. `message` is shown to the user as is: make it actionable. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly issues?: { field: string; message: string }[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field ? { field: this.field } : {}),
        ...(this.issues ? { issues: this.issues } : {}),
      },
    };
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what}不存在，或不在您的管辖范围内`);
}

export function invalidField(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}：${message}`, field, [{ field, message }]);
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { keys?: string[] } & Record<string, unknown>;
}

const contextLabels: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
};

function describeIssues(issues: ValidationIssue[]): { field: string; message: string }[] {
  return issues.map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean);
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.length) {
      return { field: [...path, issue.params.keys[0]].join('.'), message: '不支持的字段' };
    }
    return { field: path.join('.'), message: issue.message ?? '格式不正确' };
  });
}

/** Maps every thrown error to the JSON error body; nothing but a real fault becomes a 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = describeIssues(error.validation as ValidationIssue[]);
      const first = issues[0]!;
      const where = contextLabels[error.validationContext ?? ''] ?? '请求';
      const message = first.field ? `${first.field}：${first.message}` : `${where}：${first.message}`;
      const body: ErrorBody = {
        error: { code: 'VALIDATION_FAILED', message, ...(first.field ? { field: first.field } : {}), issues },
      };
      return reply.status(400).send(body);
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send({ error: { code: 'BAD_REQUEST', message: '请求内容类型不支持，请使用 application/json' } });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON and the like: Fastify's own 4xx.
      const message =
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? '请求内容不能为空'
          : `请求格式不正确：${error.message}`;
      return reply.status(error.statusCode).send({ error: { code: 'BAD_REQUEST', message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系系统管理员' } });
  });
}

/**
 * Unknown API paths answer JSON 404. When the web app is served, any other GET gets its
 * index.html: the web app routes on the client.
 */
export function registerNotFoundHandler(app: FastifyInstance, options: { servesWebApp: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    if (options.servesWebApp && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url}` } });
  });
}
