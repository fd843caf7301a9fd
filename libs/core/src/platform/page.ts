import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AppError } from './app-error.js';
import { isUuid } from './persistence/ids.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** `?limit=&cursor=` of every list route. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) throw AppError.invalidField('cursor', 'cursor is not one this API gave out; start again without it');
  return id;
}

/**
 * Runs a keyset-paginated query ordered by the entity's UUIDv7 id (creation order). The caller's
 * query builder already holds the tenant filter; this adds only the page window.
 */
export async function paginate<Entity extends ObjectLiteral, Out>(
  query: SelectQueryBuilder<Entity>,
  page: PageQuery,
  toOutput: (entity: Entity) => Out,
): Promise<Page<Out>> {
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  const alias = query.alias;
  if (page.cursor) query.andWhere(`${alias}.id > :pageAfter`, { pageAfter: decodeCursor(page.cursor) });
  const rows = await query
    .orderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1)
    .getMany();
  const more = rows.length > limit;
  const data = rows.slice(0, limit);
  return {
    data: data.map(toOutput),
    nextCursor: more ? encodeCursor((data[data.length - 1] as unknown as { id: string }).id) : null,
  };
}
