import { registerEnumType } from 'type-graphql';

/** GraphQL names of the node labels; values are the labels themselves. */
export enum EntityType {
  PROVINCE = 'Province',
  PREFECTURE = 'Prefecture',
  COUNTY = 'County',
  DISTRICT = 'District',
  TOWNSHIP = 'Township',
  VILLAGE = 'Village',
  ENTERPRISE = 'Enterprise',
  SCHOOL = 'School',
  HOSPITAL = 'Hospital',
  AGENCY = 'Agency',
  SOCIAL_ORGANIZATION = 'SocialOrganization',
  PROJECT = 'Project',
}

/** Pairing modes; values are the Chinese terms stored on PAIRS_WITH.mode. */
export enum PairingModeValue {
  EAST_WEST_COOPERATION = '扶贫协作',
  COUNTERPART_SUPPORT = '对口支援',
  HAND_IN_HAND = '携手奔小康',
  TWINNING = '结对帮扶',
  TOWNSHIP_TWINNING = '镇镇结对',
  VILLAGE_ENTERPRISE_TWINNING = '村企结对',
  SCHOOL_TWINNING = '校校结对',
  HOSPITAL_TWINNING = '院院结对',
  DEPARTMENT_TWINNING = '部门结对',
}

export enum RelationTypeValue {
  PAIRS_WITH = 'PAIRS_WITH',
  FUNDS = 'FUNDS',
  INVESTS_IN = 'INVESTS_IN',
  BUILDS = 'BUILDS',
  LOCATED_IN = 'LOCATED_IN',
  BENEFITS = 'BENEFITS',
  SENDS_STAFF = 'SENDS_STAFF',
  TRAINS = 'TRAINS',
  DONATES_TO = 'DONATES_TO',
  MANAGES = 'MANAGES',
  BELONGS_TO = 'BELONGS_TO',
  PART_OF = 'PART_OF',
}

export enum DirectionValue {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

export enum EntityOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  ID_ASC = 'ID_ASC',
}

registerEnumType(EntityType, { name: 'EntityType', description: 'The kind of an entity (its node label).' });
registerEnumType(PairingModeValue, {
  name: 'PairingMode',
  description: 'How a helping party is paired with a helped one.',
  valuesConfig: {
    EAST_WEST_COOPERATION: { description: '扶贫协作: East–West poverty-alleviation cooperation' },
    COUNTERPART_SUPPORT: { description: '对口支援: counterpart support (Tibet, Xinjiang, Qinghai, Three Gorges …)' },
    HAND_IN_HAND: { description: '携手奔小康: hand in hand towards moderate prosperity' },
    TWINNING: { description: '结对帮扶: twinning, kind not stated' },
    TOWNSHIP_TWINNING: { description: '镇镇结对: township with township' },
    VILLAGE_ENTERPRISE_TWINNING: { description: '村企结对: enterprise with village' },
    SCHOOL_TWINNING: { description: '校校结对: school with school' },
    HOSPITAL_TWINNING: { description: '院院结对: hospital with hospital' },
    DEPARTMENT_TWINNING: { description: '部门结对: government department with its counterpart' },
  },
});
registerEnumType(RelationTypeValue, { name: 'RelationType', description: 'Relationship types of the graph.' });
registerEnumType(DirectionValue, { name: 'Direction', description: 'OUT: from this entity; IN: to it; BOTH: either.' });
registerEnumType(EntityOrder, { name: 'EntityOrder', description: 'Sort order of entity lists (stable keyset pagination).' });

/** Relationship types an entity's `relations` field offers by default (all but PART_OF). */
export const DEFAULT_RELATION_TYPES = Object.values(RelationTypeValue).filter((type) => type !== RelationTypeValue.PART_OF);
