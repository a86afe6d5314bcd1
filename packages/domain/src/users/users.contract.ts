import { z } from 'zod';
import { usernameSchema } from '../auth/auth.contract';
import { roles } from '../auth/auth.roles';
import { securityPolicy } from '../auth/auth.security';
import {
  booleanQuerySchema,
  isoDateTimeSchema,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';

export const userStatuses = ['active', 'disabled'] as const;
export type UserStatus = (typeof userStatuses)[number];
export const userStatusLabels: Record<UserStatus, string> = { active: '正常', disabled: '已停用' };

const phoneSchema = z
  .string()
  .trim()
  .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请输入 11 位手机号或带区号的固定电话');

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  agencyId: uuidSchema.optional(),
  /** With agencyId: include the agencies below it too. */
  includeSubordinates: booleanQuerySchema.optional(),
  role: z.enum(roles, { error: '角色不存在' }).optional(),
  status: z.enum(userStatuses, { error: '状态应为 active 或 disabled' }).optional(),
  isLocked: booleanQuerySchema.optional(),
  sort: z
    .enum(
      [
        'username',
        '-username',
        'displayName',
        '-displayName',
        'lastLoginAt',
        '-lastLoginAt',
        'createdAt',
        '-createdAt',
      ],
      {
        error: '排序字段不支持',
      },
    )
    .default('username'),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userListItemSchema = z.object({
  id: uuidSchema,
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  agencyId: uuidSchema,
  agencyName: z.string(),
  roles: z.array(z.enum(roles)),
  status: z.enum(userStatuses),
  isLocked: z.boolean(),
  lockedUntil: isoDateTimeSchema.nullable(),
  lastLoginAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type UserListItem = z.infer<typeof userListItemSchema>;
export const userPageSchema = pagedSchema(userListItemSchema);

export const userDetailSchema = userListItemSchema.extend({
  mustChangePassword: z.boolean(),
  passwordChangedAt: isoDateTimeSchema,
  failedLoginCount: z.number().int(),
  lastLoginIp: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
  activeSessionCount: z.number().int(),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

const newPasswordSchema = z
  .string({ error: '请输入初始密码' })
  .min(1, '请输入初始密码')
  .max(securityPolicy.passwordMaxLength, `密码不能超过 ${securityPolicy.passwordMaxLength} 位`);

export const createUserRequestSchema = z
  .object({
    username: usernameSchema,
    displayName: z
      .string({ error: '请输入姓名' })
      .trim()
      .min(2, '姓名至少 2 个字')
      .max(20, '姓名最多 20 个字'),
    agencyId: uuidSchema,
    phone: phoneSchema.nullable().default(null),
    initialPassword: newPasswordSchema,
  })
  .strict();
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z
  .object({
    displayName: z.string().trim().min(2, '姓名至少 2 个字').max(20, '姓名最多 20 个字'),
    phone: phoneSchema.nullable(),
    agencyId: uuidSchema,
    status: z.enum(userStatuses, { error: '状态应为 active 或 disabled' }),
  })
  .partial()
  .strict();
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const resetPasswordRequestSchema = z.object({ newPassword: newPasswordSchema }).strict();
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

export const setRolesRequestSchema = z
  .object({ roles: z.array(z.enum(roles, { error: '角色不存在' })).max(roles.length) })
  .strict();
export type SetRolesRequest = z.infer<typeof setRolesRequestSchema>;
