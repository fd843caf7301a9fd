import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Public } from '#auth';
import { normalizeEmail, PasswordResetsService } from '#core/accounts/index.js';
import { PasswordResetConfirmDto, PasswordResetDto } from './dto/auth.dto.js';
import { SignInThrottle } from './sign-in-throttle.js';

/** Forgotten passwords: a link by mail, then a new password; every session of the account ends. */
@ApiTags('auth')
@Public()
@Controller('v1/auth/password-reset')
export class PasswordResetController {
  constructor(
    private readonly resets: PasswordResetsService,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Always 202, whether or not the e-mail has an account: the answer tells nobody which. */
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A reset link is mailed when the e-mail has an account.' })
  async request(
    @Body() body: PasswordResetDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const email = normalizeEmail(body.email);
    await this.throttle.assertResetAllowed(email, request.ip, reply);
    await this.resets.request(email);
  }

  @Post('confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed; sign in with it.' })
  async confirm(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(body.token, body.password);
  }
}
