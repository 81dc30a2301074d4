import { buildBbvParagraph, type BbvParagraph, type BbvParagraphKind } from '../../domain/bbv';
import type { Repositories } from '../ports/repositories';

export interface BbvParagraphRequest {
  readonly kind: BbvParagraphKind;
  readonly year: number;
  readonly includeOthers?: boolean;
}

/**
 * Reads what the paragraph needs (the register's partnerships and the figures of the year and the year
 * before, filtered on the indexed year column) and builds the paragraph. Neither list holds confidential
 * items, so this reads the same for everyone who may open the register.
 */
export async function loadBbvParagraph(repositories: Pick<Repositories, 'partnerships' | 'financialFigures'>, request: BbvParagraphRequest): Promise<BbvParagraph> {
  const [partnerships, figures] = await Promise.all([
    repositories.partnerships.list(),
    repositories.financialFigures.list({
      where: {
        op: 'and',
        conditions: [
          { property: 'year', op: 'ge', value: request.year - 1 },
          { property: 'year', op: 'le', value: request.year },
        ],
      },
    }),
  ]);
  return buildBbvParagraph({ ...request, partnerships, figures });
}
