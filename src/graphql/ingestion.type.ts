import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DocumentInput } from '../model';

@InputType('IngestDocumentInput', { description: 'A report to add to the graph: UTF-8 text of at most 500,000 characters.' })
export class IngestDocumentInput implements DocumentInput {
  @Field()
  title!: string;

  @Field({ description: 'The full text. The same text always gets the same document id, so sending it again changes nothing.' })
  text!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@ObjectType('EntityCounts')
export class EntityCountsType {
  @Field(() => Int, { description: 'Entities the document names.' })
  total!: number;

  @Field(() => Int, { description: 'Of those, entities the graph did not hold before.' })
  new!: number;

  @Field(() => Int, { description: 'Of those, entities already in the graph (now with this evidence too).' })
  existing!: number;
}

@ObjectType('Candidate')
export class CandidateType {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType('UnresolvedMention', { description: 'An area name no official division matched: kept as written, flagged, never guessed.' })
export class UnresolvedMentionType {
  @Field()
  written!: string;

  @Field()
  label!: string;

  @Field()
  reason!: string;

  @Field(() => [CandidateType], { description: 'Official areas sharing the name, when it was ambiguous.' })
  candidates!: CandidateType[];
}

@ObjectType('AppliedCorrection', { description: 'A curated correction applied after extraction, with its reason.' })
export class AppliedCorrectionType {
  @Field()
  reason!: string;

  @Field(() => [String], { description: 'What it added (+) or removed (-).' })
  changes!: string[];
}

@ObjectType('IngestionReport', { description: 'What one document added. A text with no recognisable entity is valid: an empty report.' })
export class IngestionReportType {
  @Field()
  documentId!: string;

  @Field()
  title!: string;

  @Field(() => EntityCountsType)
  entities!: EntityCountsType;

  @Field(() => Int)
  relations!: number;

  @Field(() => Int)
  observations!: number;

  @Field(() => Int, { description: 'Defects of the source noticed (repeated paragraphs …).' })
  notes!: number;

  @Field(() => [UnresolvedMentionType])
  unresolved!: UnresolvedMentionType[];

  @Field(() => [String])
  warnings!: string[];

  @Field(() => [AppliedCorrectionType], { description: 'Empty for submitted reports; the shipped corpus has a few.' })
  corrections!: AppliedCorrectionType[];
}

@ObjectType('RemovalReport')
export class RemovalReportType {
  @Field()
  documentId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'Entities no other document names, now gone.' })
  entitiesRemoved!: number;

  @Field(() => Int, { description: 'Relationships no other document states, now gone.' })
  relationsRemoved!: number;

  @Field(() => Int)
  observationsRemoved!: number;
}
