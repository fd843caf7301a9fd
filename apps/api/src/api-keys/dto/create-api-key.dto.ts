import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { API_KEY_ROLES, type ApiKeyRole } from '#core/catalog/index.js';
import { IsUuid } from '#core/platform/index.js';

export class CreateApiKeyDto {
  @ApiProperty({ enum: API_KEY_ROLES })
  @IsIn(API_KEY_ROLES, { message: `role must be one of ${API_KEY_ROLES.join(', ')}` })
  role: ApiKeyRole;

  @ApiPropertyOptional({ description: 'Required for (and only for) a partner key.' })
  @IsOptional()
  @IsUuid({ message: 'partnerId must be a partner id (UUID)' })
  partnerId?: string;

  @ApiProperty({ example: 'Impact S2S postbacks' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

export class ApiKeyCreatedResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role: ApiKeyRole;
  @ApiProperty({ type: String, nullable: true }) partnerId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Visible start of the key, for telling keys apart.' }) prefix: string;
  @ApiProperty({ description: 'The key itself. Shown only in this response; store it now.' }) key: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Network and brand manager keys: the secret postbacks are signed with (HMAC-SHA256). Shown only here; ' +
      'a new one is made by POST /v1/api-keys/{id}/signing-secret.',
  })
  signingSecret: string | null;
}

export class SigningSecretResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The new signing secret; the previous one no longer verifies. Shown only here.' })
  signingSecret: string;
}

/** A live key as listed: never the key itself nor its signing secret. */
export class ApiKeyResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role: ApiKeyRole;
  @ApiProperty({ type: String, nullable: true }) partnerId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name of the partner a partner key acts as.' })
  partnerName: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Visible start of the key, for telling keys apart.' }) prefix: string;
  @ApiProperty({ description: 'Network and brand manager keys sign postbacks with a secret of their own.' })
  hasSigningSecret: boolean;
  @ApiProperty() createdAt: string;
}

export class ApiKeyPage {
  @ApiProperty({ type: [ApiKeyResponse] }) data: ApiKeyResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
