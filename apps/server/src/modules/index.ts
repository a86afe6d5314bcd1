import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../lib/context';
import { agencyRoutes } from './agencies/agency.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { capacityRoutes } from './capacity/capacity.routes';
import { catalogueRoutes } from './catalogues/catalogue.routes';
import { creditRoutes } from './credit/credit.routes';
import { entityRoutes } from './entities/entity.routes';
import { entityImportRoutes } from './entities/entity-import.routes';
import { equipmentRoutes } from './equipment/equipment.routes';
import { healthRoutes } from './health/health.routes';
import { notificationRoutes } from './notifications/notification.routes';
import { personnelRoutes } from './personnel/personnel.routes';
import { profileRoutes } from './profile/profile.routes';
import { randomCheckDrawRoutes } from './random-checks/draw.routes';
import { inspectionRecordRoutes } from './random-checks/inspection-record.routes';
import { randomCheckPlanRoutes } from './random-checks/plan.routes';
import { randomCheckPublicationRoutes } from './random-checks/publication.routes';
import { randomCheckReportRoutes } from './random-checks/report.routes';
import { randomCheckTaskRoutes } from './random-checks/task.routes';
import { regionRoutes } from './regions/region.routes';
import { todoRoutes } from './todos/todo.routes';
import { userRoutes } from './users/user.routes';

/**
 * Every module's routes, registered under /api by app.ts (the one file that imports `*.routes.ts`;
 * everything else reaches a module through its `index.ts` — docs/ADDING_AN_AREA.md).
 */
export const modules: FastifyPluginAsyncZod<{ ctx: AppContext }>[] = [
  healthRoutes,
  authRoutes,
  regionRoutes,
  agencyRoutes,
  userRoutes,
  auditRoutes,
  calendarRoutes,
  profileRoutes,
  entityRoutes,
  entityImportRoutes,
  creditRoutes,
  personnelRoutes,
  equipmentRoutes,
  capacityRoutes,
  catalogueRoutes,
  randomCheckPlanRoutes,
  randomCheckDrawRoutes,
  randomCheckTaskRoutes,
  inspectionRecordRoutes,
  randomCheckPublicationRoutes,
  randomCheckReportRoutes,
  todoRoutes,
  notificationRoutes,
];
