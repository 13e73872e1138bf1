import { Args, ClassType, Ctx, Query, Resolver } from 'type-graphql';
import { EntityRecord, ListableLabel } from '../model';
import { Connection } from '../services/query/pagination';
import { connectionOf } from './connection.type';
import { Context } from './context';
import { EntityListArgs } from './entity-list.args';
import * as T from './entity.type';

/** One paginated list of the API: its query field, the label it lists and the GraphQL type of its nodes. */
interface EntityList {
  field: string;
  label: ListableLabel;
  node: ClassType | (abstract new () => object);
  description?: string;
}

const LISTS: EntityList[] = [
  { field: 'entities', label: 'Entity', node: T.EntityInterface, description: 'All entities of every kind.' },
  { field: 'areas', label: 'Area', node: T.AreaInterface, description: 'Administrative areas of every level.' },
  { field: 'provinces', label: 'Province', node: T.ProvinceType },
  { field: 'prefectures', label: 'Prefecture', node: T.PrefectureType },
  { field: 'counties', label: 'County', node: T.CountyType, description: 'County-level areas, Shanghai districts included.' },
  { field: 'districts', label: 'District', node: T.DistrictType, description: 'Shanghai districts: the helping side.' },
  { field: 'townships', label: 'Township', node: T.TownshipType },
  { field: 'villages', label: 'Village', node: T.VillageType },
  { field: 'enterprises', label: 'Enterprise', node: T.EnterpriseType },
  { field: 'schools', label: 'School', node: T.SchoolType },
  { field: 'hospitals', label: 'Hospital', node: T.HospitalType },
  { field: 'agencies', label: 'Agency', node: T.AgencyType },
  { field: 'socialOrganizations', label: 'SocialOrganization', node: T.SocialOrganizationType },
  { field: 'projects', label: 'Project', node: T.ProjectType },
];

/** The connection type of entity lists of every kind (`EntityConnection`), for other fields to return. */
export const EntityConnection = connectionOf(T.EntityInterface, 'Entity');

/**
 * A resolver with one list query: filter by name fragment and province, keyset cursors. Made
 * from the table above, one per kind (type-graphql's resolvers-inheritance pattern), instead of
 * one copied method per kind.
 */
function listResolverFor({ field, label, node, description }: EntityList): ClassType {
  const NodeConnection = label === 'Entity' ? EntityConnection : connectionOf(node, label);

  @Resolver()
  class EntityListResolver {
    @Query(() => NodeConnection, { name: field, ...(description ? { description } : {}) })
    list(@Args() args: EntityListArgs, @Ctx() { services }: Context): Promise<Connection<EntityRecord>> {
      return services.entities.list(label, { ...args, ordering: args.orderBy });
    }
  }
  Object.defineProperty(EntityListResolver, 'name', { value: `${label}ListResolver` });
  return EntityListResolver;
}

export const ENTITY_LIST_RESOLVERS = LISTS.map(listResolverFor);
