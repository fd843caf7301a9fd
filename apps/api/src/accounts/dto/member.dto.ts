import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_ROLES, type MembershipRole } from '#core/accounts/index.js';

/** A person with a membership of the brand. */
export class MemberResponse {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty({ nullable: true, type: String }) partnerId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The partner a partner member acts as.' })
  partnerName: string | null;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class MemberPage {
  @ApiProperty({ type: [MemberResponse] }) data: MemberResponse[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
