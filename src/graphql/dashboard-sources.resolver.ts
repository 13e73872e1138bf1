import { ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DocumentRecord } from '../model';
import { Context } from './context';
import {
  FundsByAreaTableType, FundsByAreaType, FundsByPeriodTableType, FundsByPeriodType, ObservationSeriesTableType, ObservationSeriesType,
  PairedCountsTableType, PairedCountsType, PairingCellType, PairingMatrixType, RankedEntityType, RankingType, SeriesPointType,
} from './dashboard.type';
import { DocumentType } from './document.type';

/**
 * `sources` of one dashboard type: the documents its figure was computed from, looked up through
 * the request's document loader only when a client asks for them. Every row and table of a
 * response shares that loader, so asking costs one lookup per level of the response.
 */
function sourcesResolverOf(type: ClassType): ClassType {
  @Resolver(() => type)
  class SourcesResolver {
    @FieldResolver(() => [DocumentType], { description: 'The documents this figure was computed from.' })
    async sources(@Root() figure: { sources: string[] }, @Ctx() { loaders }: Context): Promise<DocumentRecord[]> {
      const documents = await loaders.document.loadMany(figure.sources);
      const failed = documents.find((document) => document instanceof Error);
      if (failed) throw failed;
      return documents.filter((document): document is DocumentRecord => document !== null);
    }
  }
  return SourcesResolver;
}

export const DASHBOARD_SOURCES_RESOLVERS = [
  FundsByAreaType, FundsByAreaTableType, FundsByPeriodType, FundsByPeriodTableType, PairedCountsType, PairedCountsTableType,
  PairingCellType, PairingMatrixType, SeriesPointType, ObservationSeriesType, ObservationSeriesTableType, RankedEntityType, RankingType,
].map(sourcesResolverOf);
