import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from '../common/common.contract';
import { agencyKinds, agencyLevels } from '../org/org.contract';
import { roles } from './auth.roles';
import { securityPolicy } from './auth.security';

export const usernameSchema = z
  .string({ error: '请输入用户名' })
  .trim()
  .toLowerCase()
  .min(3, '用户名至少 3 位')
  .max(32, '用户名最多 32 位')
  .regex(/^[a-z0-9_.-]+$/, '用户名只能由字母、数字、下划线、点和连字符组成');

export const loginRequestSchema = z
  .object({
    username: z.string({ error: '请输入用户名' }).trim().toLowerCase().min(1, '请输入用户名').max(64),
    password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(256),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionAgencySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  kind: z.enum(agencyKinds),
  level: z.enum(agencyLevels),
  regionCode: z.string(),
  regionName: z.string(),
});

export const sessionUserSchema = z.object({
  id: uuidSchema,
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  roles: z.array(z.enum(roles)),
  agency: sessionAgencySchema,
  mustChangePassword: z.boolean(),
  passwordExpiresAt: isoDateTimeSchema,
  /** The login before the current session (null at the first): lets a user spot misuse of their account. */
  previousLoginAt: isoDateTimeSchema.nullable(),
  previousLoginIp: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const jurisdictionSummarySchema = z.object({
  /** The agency whose subtree the user may act on (their own, or the bureau they serve 局队合一). */
  rootAgency: sessionAgencySchema,
  agencyCount: z.number().int(),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  description: z.string(),
});

export const meResponseSchema = z.object({
  user: sessionUserSchema,
  permissions: z.array(z.string()),
  jurisdiction: jurisdictionSummarySchema,
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  sessionExpiresAt: isoDateTimeSchema,
  profile: z.object({ id: z.string(), name: z.string() }),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const changePasswordRequestSchema = z
  .object({
    currentPassword: z.string({ error: '请输入当前密码' }).min(1, '请输入当前密码').max(256),
    newPassword: z
      .string({ error: '请输入新密码' })
      .min(1, '请输入新密码')
      .max(securityPolicy.passwordMaxLength, `密码不能超过 ${securityPolicy.passwordMaxLength} 位`),
  })
  .strict();
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const updateOwnProfileRequestSchema = z
  .object({
    displayName: z.string().trim().min(2, '姓名至少 2 个字').max(20, '姓名最多 20 个字'),
    phone: z
      .string()
      .trim()
      .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请输入 11 位手机号或带区号的固定电话')
      .nullable(),
  })
  .partial()
  .strict();
export type UpdateOwnProfileRequest = z.infer<typeof updateOwnProfileRequestSchema>;
