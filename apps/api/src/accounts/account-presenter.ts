import { type Invite, type InviteStatus, type MembershipView, type Session, type User } from '#core/accounts/index.js';
import { type MembershipResponse, type SessionInfoResponse, type SessionResponse } from './dto/auth.dto.js';
import { type InviteResponse } from './dto/invite.dto.js';

export function presentMembership(membership: MembershipView): MembershipResponse {
  return {
    brandId: membership.brandId,
    brandName: membership.brandName,
    role: membership.role,
    ...(membership.partnerId ? { partnerId: membership.partnerId } : {}),
  };
}

export function presentSession(user: User, memberships: MembershipView[], session: Session): SessionResponse {
  return {
    user: { id: user.id, email: user.email, name: user.name, isOperator: user.isOperator },
    memberships: memberships.map(presentMembership),
    activeBrandId: session.activeBrandId,
    csrfToken: session.csrfToken,
  };
}

export function presentSessionInfo(session: Session, currentId: string): SessionInfoResponse {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    ip: session.ip,
    userAgent: session.userAgent,
    current: session.id === currentId,
  };
}

export function presentInvite(invite: Invite, status: InviteStatus): InviteResponse {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    partnerId: invite.partnerId,
    status,
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    acceptedAt: invite.acceptedAt?.toISOString() ?? null,
  };
}
