import { account } from './account';
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
import { entityImports } from './entityImports';
import { equipment } from './equipment';
// random checks: field inspection record (issue 4, DR-5)
import { fieldInspections } from './fieldInspections';
import { home } from './home';
import { labels } from './labels';
import { layout } from './layout';
import { notifications } from './notifications';
import { personnel } from './personnel';
import { profile } from './profile';
// random checks: publication, public results, monthly/yearly tables (issue 4, DR-6, DR-7)
import { publicPortal } from './publicPortal';
import { randomCheckReports } from './randomCheckReports';
// random checks: plans, draw, tasks (issue 4)
import { randomChecks } from './randomChecks';
import { regions } from './regions';
import { users } from './users';

export const zhCN = {
  common,
  layout,
  auth,
  home,
  clocks,
  notifications,
  agencies,
  users,
  audit,
  calendar,
  profile,
  account,
  labels,
  regions,
  personnel,
  catalogues,
  credit,
  equipment,
  capacity,
  entityImports,
  entities,
  // random checks: field inspection record (issue 4, DR-5)
  fieldInspections,
  // random checks: plans, draw, tasks (issue 4)
  randomChecks,
  // random checks: publication, public results, monthly/yearly tables (issue 4, DR-6, DR-7)
  randomCheckReports,
  publicPortal,
};

/** The shape every language must fill (en-US is checked against it). */
export type Messages = typeof zhCN;
