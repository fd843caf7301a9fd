import { type Link } from '#core/catalog/index.js';
import { type LinkResponse } from './dto/link.dto.js';

/** A link as the API shows it, with `url`, its tracking URL (LinksService.trackingUrl). */
export function presentLink(link: Link, url: string): LinkResponse {
  return {
    code: link.code,
    url,
    destinationUrl: link.destinationUrl,
    partnerId: link.partnerId,
    createdAt: link.createdAt.toISOString(),
  };
}
