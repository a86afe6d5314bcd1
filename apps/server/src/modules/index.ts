import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../lib/context';
import { agencyRoutes } from './agencies/agency.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { healthRoutes } from './health/health.routes';
import { profileRoutes } from './profile/profile.routes';
import { regionRoutes } from './regions/region.routes';
import { userRoutes } from './users/user.routes';

/** Every module's routes, registered under /api by app.ts. */
export const modules: FastifyPluginAsyncZod<{ ctx: AppContext }>[] = [
  healthRoutes,
  authRoutes,
  regionRoutes,
  agencyRoutes,
  userRoutes,
  auditRoutes,
  calendarRoutes,
  profileRoutes,
];
