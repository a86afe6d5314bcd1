// reply.sendFile below comes from @fastify/static's type augmentation; load it wherever this file is compiled.
import type {} from '@fastify/static';
import { type ErrorBody, type ErrorCode, errorStatus } from '@qingshan/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** Longer path parameters are refused by the router; an id is 36 characters. */
export const maxPathParameterLength = 100;

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

/** A person reads the first few; a 10,000-item array with bad items must not answer 10,000. */
const maxReportedIssues = 20;

function describeIssues(issues: ValidationIssue[]): { field: string; message: string }[] {
  return issues.slice(0, maxReportedIssues).map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean);
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.length) {
      return { field: [...path, issue.params.keys[0]].join('.'), message: '不支持的字段' };
    }
    return { field: path.join('.'), message: issue.message ?? '格式不正确' };
  });
}

/** Fastify's own parse errors, answered in the one error shape and without echoing the input. */
const frameworkMessages: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'BAD_REQUEST',
    message: '请求内容类型不支持，请使用 application/json',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'BAD_REQUEST', message: '请求内容不能为空' },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'BAD_REQUEST',
    message: '请求格式不正确：请求内容不是有效的 JSON',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'BAD_REQUEST',
    message: '请求格式不正确：链接中有无法识别的字符，请检查链接是否完整',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 400,
    code: 'BAD_REQUEST',
    message: `请求格式不正确：路径参数过长（最多 ${maxPathParameterLength} 个字符），请检查链接是否完整`,
  },
};

function sendError(reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

function sendInternalError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, 500, {
    error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系系统管理员' },
  });
}

/**
 * Fastify's `frameworkErrors`: errors of the router (a URL that does not decode, a path parameter
 * over `maxParamLength`) that happen before any route or error handler runs.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const known = frameworkMessages[error.code];
  if (known) {
    void sendError(reply, known.status, { error: { code: known.code, message: known.message } });
    return;
  }
  void sendInternalError(request, reply, error);
}

/** Maps every thrown error to the JSON error body; nothing but a real fault becomes a 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return sendError(reply, error.status, error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = describeIssues(error.validation as ValidationIssue[]);
      const first = issues[0]!;
      const where = contextLabels[error.validationContext ?? ''] ?? '请求';
      const message = first.field ? `${first.field}：${first.message}` : `${where}：${first.message}`;
      const body: ErrorBody = {
        error: { code: 'VALIDATION_FAILED', message, ...(first.field ? { field: first.field } : {}), issues },
      };
      return sendError(reply, 400, body);
    }
    const known = frameworkMessages[error.code];
    if (known) return sendError(reply, known.status, { error: { code: known.code, message: known.message } });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Other client errors of Fastify; their own messages may quote the request, so not shown.
      return sendError(reply, error.statusCode, {
        error: { code: 'BAD_REQUEST', message: '请求格式不正确，请检查后重试' },
      });
    }
    return sendInternalError(request, reply, error);
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
    // The path is not echoed: it is the caller's input and may be anything.
    return sendError(reply, 404, {
      error: { code: 'NOT_FOUND', message: '接口不存在，请检查请求的地址和方法' },
    });
  });
}
