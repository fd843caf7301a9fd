import { Injectable } from '@nestjs/common';
import { truncateIp } from '#domain';
import { AppError, Clock, type FieldProblem, parseEventTime } from '#core/platform/index.js';
import { buildClick, type ClickRecord, SUB_IDS, type SubIds, TrackingLookupService } from '#core/tracking/index.js';
import { ClickIntakeService } from './click-intake.service.js';
import { type ClickDto } from './dto/clicks.dto.js';

/**
 * Clicks posted server to server by a network or the brand. A batch is all or nothing: every
 * click is checked (partner of this brand, link of that partner, time, IP) before any is queued,
 * and a problem names the click by its index.
 */
@Injectable()
export class S2sClicksService {
  constructor(
    private readonly lookup: TrackingLookupService,
    private readonly intake: ClickIntakeService,
    private readonly clock: Clock,
  ) {}

  /** Queues the clicks durably and returns their ids in order; `batch` only changes field names. */
  async record(brandId: string, clicks: ClickDto[], batch: boolean): Promise<string[]> {
    const brand = await this.lookup.brand(brandId);
    if (!brand) throw AppError.notFound('brand', brandId);
    const problems: FieldProblem[] = [];
    const records: ClickRecord[] = [];
    const now = this.clock.now();
    for (const [index, click] of clicks.entries()) {
      const field = (name: string): string => (batch ? `clicks[${index}].${name}` : name);
      const problem = (name: string, message: string): void => {
        problems.push({ field: field(name), message });
      };
      const partner = await this.lookup.partner(brandId, click.partnerId);
      if (!partner) {
        problem('partnerId', `No partner "${click.partnerId}" in this brand`);
        continue;
      }
      let linkId: string | null = null;
      if (click.linkCode !== undefined) {
        const link = await this.lookup.link(click.linkCode);
        if (!link || link.partner.id !== partner.id) {
          problem('linkCode', `No link "${click.linkCode}" of partner "${partner.id}"`);
          continue;
        }
        linkId = link.linkId;
      }
      if (click.ip !== undefined && truncateIp(click.ip) === undefined) {
        problem('ip', `ip "${click.ip}" is not an IPv4 or IPv6 address`);
        continue;
      }
      let occurredAt: Date;
      try {
        occurredAt = parseEventTime(click.occurredAt, field('occurredAt'), now);
      } catch (error) {
        problems.push(...(error as AppError).details);
        continue;
      }
      const subIds: SubIds = {};
      for (const name of SUB_IDS) if (click[name] !== undefined) subIds[name] = click[name];
      records.push(
        buildClick({
          brand,
          partner,
          linkId,
          source: 's2s',
          occurredAt,
          customerKey: click.customerKey,
          subIds,
          ip: click.ip,
          userAgent: click.userAgent,
        }),
      );
    }
    if (problems.length > 0) throw AppError.validation(problems);
    await this.intake.accept(records);
    return records.map((record) => record.id);
  }
}
