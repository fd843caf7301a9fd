import { Injectable } from '@nestjs/common';
import { type Link, LinksService } from '#core/catalog/index.js';
import { type LinkResponse } from './dto/link.dto.js';

@Injectable()
export class LinkPresenter {
  constructor(private readonly links: LinksService) {}

  readonly present = (link: Link): LinkResponse => ({
    code: link.code,
    url: this.links.trackingUrl(link.code),
    destinationUrl: link.destinationUrl,
    partnerId: link.partnerId,
    createdAt: link.createdAt.toISOString(),
  });
}
