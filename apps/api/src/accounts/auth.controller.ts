import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentSession, Public, SignedIn } from '#auth';
import {
  InvitesService,
  type LiveSession,
  normalizeEmail,
  SessionsService,
  UsersService,
} from '#core/accounts/index.js';
import { AppError } from '#core/platform/index.js';
import { presentSession } from './account-presenter.js';
import { AcceptInviteDto, ActiveBrandDto, LoginDto, SessionResponse } from './dto/auth.dto.js';
import { InvitePreviewResponse } from './dto/invite.dto.js';
import { SessionSigner } from './session-signer.js';
import { SignInThrottle } from './sign-in-throttle.js';

const INVALID_CREDENTIALS = 'The e-mail or password is not right';

/**
 * People signing in to the web app: sign-in and sign-out, the session's state and brand, and
 * accepting an invitation. The cookie is `pmx_session`; see SessionResponse.csrfToken for CSRF.
 */
@ApiTags('auth')
@ApiCookieAuth()
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly invites: InvitesService,
    private readonly signer: SessionSigner,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Signs in: a new session cookie and the session's state. Wrong e-mail or password: one answer. */
  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: SessionResponse, description: 'Signed in; Set-Cookie carries the new session.' })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const email = normalizeEmail(body.email);
    await this.throttle.assertSignInAllowed(email, request.ip, reply);
    const user = await this.users.verifyCredentials(email, body.password);
    if (!user) {
      await this.throttle.signInFailed(email, request.ip);
      throw new AppError('invalid_credentials', INVALID_CREDENTIALS);
    }
    await this.throttle.signInSucceeded(email);
    return this.signer.signIn(user, request, reply);
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  @ApiNoContentResponse({ description: 'The session is ended and its cookie cleared.' })
  async logout(@CurrentSession() live: LiveSession, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.revoke(live.session.id);
    this.signer.clearCookie(reply);
  }

  @Get('session')
  @SignedIn()
  @ApiOkResponse({ type: SessionResponse })
  async session(@CurrentSession() live: LiveSession): Promise<SessionResponse> {
    const memberships = await this.users.membershipsOf(live.user.id);
    const active = live.session.activeBrandId;
    // The active brand's membership is gone (brand or partner deleted): move to one that is left.
    if (active && !memberships.some((membership) => membership.brandId === active) && memberships.length > 0) {
      await this.sessions.setActiveBrand(live.session, memberships[0].brandId);
    }
    return presentSession(live.user, memberships, live.session);
  }

  /** Switches the brand the session acts in, for people who are members of several. */
  @Post('active-brand')
  @HttpCode(200)
  @SignedIn()
  @ApiOkResponse({ type: SessionResponse })
  async activeBrand(@CurrentSession() live: LiveSession, @Body() body: ActiveBrandDto): Promise<SessionResponse> {
    const brandId = body.brandId.toLowerCase();
    const membership = await this.users.membershipIn(live.user.id, brandId);
    if (!membership) throw AppError.notFound('brand', brandId);
    await this.sessions.setActiveBrand(live.session, brandId);
    return presentSession(live.user, await this.users.membershipsOf(live.user.id), live.session);
  }

  /** What an invitation link offers, for the accept page; 410 invite_invalid when it cannot be used. */
  @Get('invites/:token')
  @Public()
  @ApiOkResponse({ type: InvitePreviewResponse })
  async previewInvite(@Param('token') token: string): Promise<InvitePreviewResponse> {
    const { invite, brand, existingUser } = await this.invites.preview(token);
    return {
      email: invite.email,
      role: invite.role,
      brandId: brand.id,
      brandName: brand.name,
      expiresAt: invite.expiresAt.toISOString(),
      existingUser,
    };
  }

  /**
   * Accepts an invitation and signs in, in the invite's brand. A new e-mail gets an account with
   * `name` and `password`; an e-mail with an account must give that account's password.
   */
  @Post('accept-invite')
  @HttpCode(201)
  @Public()
  @ApiCreatedResponse({ type: SessionResponse, description: 'Signed in; Set-Cookie carries the new session.' })
  async acceptInvite(
    @Body() body: AcceptInviteDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const { invite } = await this.invites.preview(body.token);
    // The current password of an existing account is guessed here as well as at sign-in.
    await this.throttle.assertSignInAllowed(invite.email, request.ip, reply);
    try {
      const { user } = await this.invites.accept(body.token, { name: body.name, password: body.password });
      return await this.signer.signIn(user, request, reply, invite.brandId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid_credentials') {
        await this.throttle.signInFailed(invite.email, request.ip);
      }
      throw error;
    }
  }
}
