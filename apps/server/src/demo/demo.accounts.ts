import type { AgencyKind, Role } from '@qingshan/domain';
import type { AgencyRecord } from './demo.agencies';
import { generateMobileNumber, generatePersonName } from './demo.names';
import { SeededRandom, stableUuid } from './demo.random';

/** The password of every demo account; it meets the platform's password policy. */
export const demoPassword = 'Qingshan@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  agencyCode: string;
  /** Why this account is in the README table. */
  purpose: string;
}

/**
 * One account per role in a few agencies (README table). Two counties of Nanchang and one of
 * Jiujiang make jurisdiction visible; Nantong shows the seed-003 structure; Jilin a second province.
 */
export const demoAccounts: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '刘建国',
    roles: ['system_admin'],
    agencyCode: '360000-DEPT',
    purpose: '账号、机构、工作日历',
  },
  {
    username: 'security',
    displayName: '孙丽华',
    roles: ['security_admin'],
    agencyCode: '360000-DEPT',
    purpose: '分配角色、解锁、强制下线',
  },
  {
    username: 'auditor',
    displayName: '周敏',
    roles: ['audit_admin'],
    agencyCode: '360000-DEPT',
    purpose: '只读审计记录、校验审计链',
  },
  {
    username: 'jx.head',
    displayName: '胡志明',
    roles: ['agency_head'],
    agencyCode: '360000-DEPT',
    purpose: '全省监管对象、执法人员和装备的维护与批量导入（三员分立：不由系统管理员办理）',
  },
  {
    username: 'jx.supervisor',
    displayName: '黄志强',
    roles: ['supervisor'],
    agencyCode: '360000-ENF',
    purpose: '全省督办稽查',
  },
  {
    username: 'jx.inspector',
    displayName: '陈晓东',
    roles: ['inspector'],
    agencyCode: '360000-ENF',
    purpose: '省级执法人员',
  },
  {
    username: 'nc.head',
    displayName: '王海涛',
    roles: ['agency_head'],
    agencyCode: '360100-BUR',
    purpose: '南昌市局负责人',
  },
  {
    username: 'nc.admin',
    displayName: '吴静',
    roles: ['system_admin'],
    agencyCode: '360100-BUR',
    purpose: '南昌市范围内的账号管理',
  },
  {
    username: 'nc.hotline',
    displayName: '邓婷',
    roles: ['hotline_operator'],
    agencyCode: '360100-BUR',
    purpose: '12369 热线受理',
  },
  {
    username: 'nc.inspector',
    displayName: '李明',
    roles: ['inspector'],
    agencyCode: '360100-ENF',
    purpose: '南昌市支队执法人员（全市）',
  },
  {
    username: 'nc.legal',
    displayName: '赵雪',
    roles: ['legal_reviewer', 'inspector'],
    agencyCode: '360100-ENF',
    purpose: '法制审核',
  },
  {
    username: 'ncx.head',
    displayName: '熊伟',
    roles: ['agency_head'],
    agencyCode: '360121-BUR',
    purpose: '南昌县局负责人',
  },
  {
    username: 'ncx.inspector',
    displayName: '万俊',
    roles: ['inspector'],
    agencyCode: '360121-ENF',
    purpose: '南昌县大队执法人员',
  },
  {
    username: 'jxx.inspector',
    displayName: '胡佳',
    roles: ['inspector'],
    agencyCode: '360124-ENF',
    purpose: '进贤县大队执法人员（另一县）',
  },
  {
    username: 'jj.inspector',
    displayName: '徐磊',
    roles: ['inspector'],
    agencyCode: '360402-ENF',
    purpose: '九江市濂溪区大队执法人员（另一市）',
  },
  {
    username: 'police.nc',
    displayName: '罗刚',
    roles: ['police_liaison'],
    agencyCode: '360100-POLICE',
    purpose: '公安联络员（接收移送）',
  },
  {
    username: 'nt.head',
    displayName: '陆建华',
    roles: ['agency_head'],
    agencyCode: '320600-BUR',
    purpose: '南通市局负责人（江苏南通）',
  },
  {
    username: 'nt.inspector',
    displayName: '顾晓峰',
    roles: ['inspector'],
    agencyCode: '320685-ENF-1',
    purpose: '海安执法一局执法人员',
  },
  {
    username: 'jl.inspector',
    displayName: '金成浩',
    roles: ['inspector'],
    agencyCode: '220100-ENF',
    purpose: '长春市支队执法人员（吉林）',
  },
];

export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  phone: string;
  roles: Role[];
  agencyId: string;
  status: 'active' | 'disabled';
  mustChangePassword: boolean;
  /** Days before the demo date of the last login; null: never logged in. */
  lastLoginDaysAgo: number | null;
  isLocked: boolean;
}

const staffSize: Partial<Record<AgencyKind, [number, number]>> = {
  provincial_department: [2, 3],
  provincial_enforcement_bureau: [8, 12],
  city_bureau: [2, 4],
  city_enforcement_unit: [8, 14],
  county_bureau: [1, 2],
  county_enforcement_unit: [3, 7],
  zone_enforcement_bureau: [3, 5],
  field_office: [3, 5],
};

/**
 * Accounts for the staff of every agency, so that user management, the agency pages and later
 * modules have people to show. Usernames follow the employee-number style `u` + region code + seq.
 */
export function buildStaffAccounts(agencies: AgencyRecord[]): StaffAccount[] {
  const random = new SeededRandom('qingshan-demo-staff');
  const sequenceByRegion = new Map<string, number>();
  const accounts: StaffAccount[] = [];
  for (const agency of agencies) {
    const size = staffSize[agency.kind];
    if (!size) continue;
    const count = random.integer(size[0], size[1]);
    for (let index = 0; index < count; index++) {
      const sequence = (sequenceByRegion.get(agency.regionCode) ?? 0) + 1;
      sequenceByRegion.set(agency.regionCode, sequence);
      const username = `u${agency.regionCode.slice(0, 6)}${String(sequence).padStart(2, '0')}`;
      accounts.push({
        id: stableUuid('user', username),
        username,
        displayName: generatePersonName(random),
        phone: generateMobileNumber(random),
        roles: rolesFor(agency.kind, index),
        agencyId: agency.id,
        status: random.chance(0.02) ? 'disabled' : 'active',
        mustChangePassword: random.chance(0.03),
        lastLoginDaysAgo: random.chance(0.1) ? null : random.integer(0, 40),
        isLocked: random.chance(0.005),
      });
    }
  }
  return accounts;
}

function rolesFor(kind: AgencyKind, index: number): Role[] {
  if (
    kind.endsWith('bureau') &&
    kind !== 'zone_enforcement_bureau' &&
    kind !== 'provincial_enforcement_bureau'
  ) {
    return index === 0 ? ['agency_head'] : ['supervisor'];
  }
  if (kind === 'provincial_department') return index === 0 ? ['agency_head'] : ['supervisor'];
  if (index === 0) return ['agency_head', 'inspector'];
  if (index === 1 && (kind === 'city_enforcement_unit' || kind === 'provincial_enforcement_bureau')) {
    return ['legal_reviewer', 'inspector'];
  }
  return ['inspector'];
}

export function demoAccountId(username: string): string {
  return stableUuid('user', username);
}
