import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { ListableLabel } from '../repositories/entity.repository';
import { EntityRecord } from '../repositories/records';
import { Connection } from '../services/query/pagination';
import { connectionOf } from './connection.type';
import { Context } from './context';
import { EntityListArgs } from './entity-list.args';
import * as T from './entity.type';

export const EntityConnection = connectionOf(T.EntityInterface, 'Entity');
const AreaConnection = connectionOf(T.AreaInterface, 'Area');
const ProvinceConnection = connectionOf(T.ProvinceType, 'Province');
const PrefectureConnection = connectionOf(T.PrefectureType, 'Prefecture');
const CountyConnection = connectionOf(T.CountyType, 'County');
const DistrictConnection = connectionOf(T.DistrictType, 'District');
const TownshipConnection = connectionOf(T.TownshipType, 'Township');
const VillageConnection = connectionOf(T.VillageType, 'Village');
const EnterpriseConnection = connectionOf(T.EnterpriseType, 'Enterprise');
const SchoolConnection = connectionOf(T.SchoolType, 'School');
const HospitalConnection = connectionOf(T.HospitalType, 'Hospital');
const AgencyConnection = connectionOf(T.AgencyType, 'Agency');
const SocialOrganizationConnection = connectionOf(T.SocialOrganizationType, 'SocialOrganization');
const ProjectConnection = connectionOf(T.ProjectType, 'Project');

type Page = Promise<Connection<EntityRecord>>;
const list = (context: Context, label: ListableLabel, args: EntityListArgs): Page =>
  context.services.entities.list(label, { ...args, ordering: args.orderBy });

/** Paginated lists of each kind of entity: filter by name fragment and province, keyset cursors. */
@Resolver()
export class EntityListResolver {
  @Query(() => EntityConnection, { description: 'All entities of every kind.' })
  entities(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Entity', args);
  }

  @Query(() => AreaConnection, { description: 'Administrative areas of every level.' })
  areas(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Area', args);
  }

  @Query(() => ProvinceConnection)
  provinces(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Province', args);
  }

  @Query(() => PrefectureConnection)
  prefectures(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Prefecture', args);
  }

  @Query(() => CountyConnection, { description: 'County-level areas, Shanghai districts included.' })
  counties(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'County', args);
  }

  @Query(() => DistrictConnection, { description: 'Shanghai districts: the helping side.' })
  districts(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'District', args);
  }

  @Query(() => TownshipConnection)
  townships(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Township', args);
  }

  @Query(() => VillageConnection)
  villages(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Village', args);
  }

  @Query(() => EnterpriseConnection)
  enterprises(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Enterprise', args);
  }

  @Query(() => SchoolConnection)
  schools(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'School', args);
  }

  @Query(() => HospitalConnection)
  hospitals(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Hospital', args);
  }

  @Query(() => AgencyConnection)
  agencies(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Agency', args);
  }

  @Query(() => SocialOrganizationConnection)
  socialOrganizations(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'SocialOrganization', args);
  }

  @Query(() => ProjectConnection)
  projects(@Args() args: EntityListArgs, @Ctx() context: Context): Page {
    return list(context, 'Project', args);
  }
}
