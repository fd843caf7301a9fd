import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/index.js';
import { AccountsCleanupService } from './accounts-cleanup.service.js';
import { Invite } from './invite.entity.js';
import { InvitesService } from './invites.service.js';
import { MembersService } from './members.service.js';
import { Membership } from './membership.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { PasswordResetsService } from './password-resets.service.js';
import { Session } from './session.entity.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

const SERVICES = [
  UsersService,
  SessionsService,
  InvitesService,
  PasswordResetsService,
  AccountsCleanupService,
  MembersService,
];

/** People who sign in to the web app: users, memberships, sessions, invites and password resets. */
@Module({
  imports: [TypeOrmModule.forFeature([User, Membership, Session, Invite, PasswordReset]), CatalogModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class AccountsModule {}
