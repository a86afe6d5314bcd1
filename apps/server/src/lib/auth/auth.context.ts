import type { AgencyKind, AgencyLevel, Role } from '@qingshan/domain';
import type { AuditActor } from '../audit/index';

export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  roles: Role[];
  status: string;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  lastLoginAt: Date | null;
  lastLoginIp: string | null;
}

export interface SessionAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  regionCode: string;
  regionName: string;
}

/** The logged-in user of a request, with the subtree they may act on. */
export interface AuthContext {
  sessionTokenHash: string;
  sessionCreatedAt: Date;
  csrfToken: string;
  sessionExpiresAt: Date;
  user: AuthenticatedUser;
  agency: SessionAgency;
  /** The root of the user's jurisdiction: their agency, or the bureau it serves (局队合一). */
  scopeRootAgencyId: string;
  clientAddress: string | null;
}

/** Who acted: enough of an AuthContext for the audit trail (a queued job keeps only this). */
export interface Actor {
  user: Pick<AuthenticatedUser, 'id' | 'username' | 'displayName'>;
  agency: Pick<SessionAgency, 'id'>;
  clientAddress: string | null;
}

export function actorOf(auth: Actor): AuditActor {
  return {
    userId: auth.user.id,
    username: auth.user.username,
    displayName: auth.user.displayName,
    agencyId: auth.agency.id,
    clientAddress: auth.clientAddress,
  };
}
