import { type Link } from '#core/catalog/index.js';
import { type LinkResponse } from './dto/link.dto.js';

/** A link as the API shows it, with `url`, its tracking URL (LinksService.trackingUrl). */
export function presentLink(link: Link, url: string): LinkResponse {
  return {
    code: link.code,
    url,
    destinationUrl: link.destinationUrl,
    partnerId: link.partnerId,
    sub1: link.sub1,
    sub2: link.sub2,
    sub3: link.sub3,
    sub4: link.sub4,
    sub5: link.sub5,
    createdAt: link.createdAt.toISOString(),
  };
}
