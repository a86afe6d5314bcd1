import type { Messages } from '../zh-CN';
import { agencies } from './agencies';
import { audit } from './audit';
import { auth } from './auth';
import { calendar } from './calendar';
import { capacity } from './capacity';
import { catalogues } from './catalogues';
import { clocks } from './clocks';
import { common } from './common';
import { credit } from './credit';
import { entities } from './entities';
import { equipment } from './equipment';
import { labels } from './labels';
import { layout } from './layout';
import { notifications } from './notifications';
import { personnel } from './personnel';
import { profile } from './profile';
import { randomChecks } from './random-checks';
import { regions } from './regions';
import { todos } from './todos';
import { users } from './users';

export const enUS: Messages = {
  common,
  layout,
  auth,
  todos,
  clocks,
  notifications,
  agencies,
  users,
  audit,
  calendar,
  profile,
  labels,
  regions,
  personnel,
  catalogues,
  credit,
  equipment,
  capacity,
  entities,
  // 双随机、一公开: plans, draw, tasks, field inspections, reports, public pages (issue 4, issue 9)
  randomChecks,
};
