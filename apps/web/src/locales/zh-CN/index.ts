import { account } from './account';
import { agencies } from './agencies';
import { audit } from './audit';
import { auth } from './auth';
import { calendar } from './calendar';
import { capacity } from './capacity';
import { catalogues } from './catalogues';
import { common } from './common';
import { credit } from './credit';
import { entities } from './entities';
import { entityImports } from './entityImports';
import { equipment } from './equipment';
import { home } from './home';
import { labels } from './labels';
import { layout } from './layout';
import { personnel } from './personnel';
import { profile } from './profile';
import { regions } from './regions';
import { users } from './users';

export const zhCN = {
  common,
  layout,
  auth,
  home,
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
};

/** The shape every language must fill (en-US is checked against it). */
export type Messages = typeof zhCN;
