import {
  createUserRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  okResponseSchema,
  resetPasswordRequestSchema,
  setRolesRequestSchema,
  updateUserRequestSchema,
  userDetailSchema,
  userListQuerySchema,
  userPageSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import {
  createUser,
  endUserSessions,
  exportUsers,
  getUser,
  listUsers,
  resetPassword,
  setRoles,
  unlockUser,
  updateUser,
} from './user.service';

const tags = ['用户管理'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export const userRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/users',
    {
      config: { permission: 'users.read' },
      schema: {
        tags,
        summary: '管辖范围内的用户（搜索、筛选、排序、分页）',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listUsers(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/users/export.xlsx',
    {
      config: { permission: 'users.read' },
      schema: { tags, summary: '按当前筛选条件导出用户列表（Excel）', querystring: userListQuerySchema },
    },
    async (request, reply) =>
      sendExcel(reply, await exportUsers(ctx, requireAuth(request), request.query), '用户列表', ctx.clock),
  );

  app.get(
    '/users/:id',
    {
      config: { permission: 'users.read' },
      schema: {
        tags,
        summary: '用户详情',
        params: idParamsSchema,
        response: { 200: userDetailSchema, ...errors },
      },
    },
    async (request) => getUser(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/users',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: '新建账号（系统管理员；角色由安全管理员分配；首次登录须改密码）',
        body: createUserRequestSchema,
        response: { 201: userDetailSchema, 409: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(ctx, requireAuth(request), request.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: '修改姓名、电话、所属机构、状态（系统管理员）',
        params: idParamsSchema,
        body: updateUserRequestSchema,
        response: { 200: userDetailSchema, ...errors },
      },
    },
    async (request) => updateUser(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/password-reset',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: '重置密码（系统管理员；用户下次登录须修改）',
        params: idParamsSchema,
        body: resetPasswordRequestSchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await resetPassword(ctx, requireAuth(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.put(
    '/users/:id/roles',
    {
      config: { permission: 'users.assign_roles' },
      schema: {
        tags,
        summary: '设置角色（安全管理员；三员分立）',
        params: idParamsSchema,
        body: setRolesRequestSchema,
        response: { 200: userDetailSchema, ...errors },
      },
    },
    async (request) => setRoles(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { permission: 'users.unlock' },
      schema: {
        tags,
        summary: '解锁账号（安全管理员）',
        params: idParamsSchema,
        response: { 200: userDetailSchema, ...errors },
      },
    },
    async (request) => unlockUser(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/users/:id/sessions/end',
    {
      config: { permission: 'users.unlock' },
      schema: {
        tags,
        summary: '强制下线（安全管理员）',
        params: idParamsSchema,
        response: { 200: userDetailSchema, ...errors },
      },
    },
    async (request) => endUserSessions(ctx, requireAuth(request), request.params.id),
  );
};
