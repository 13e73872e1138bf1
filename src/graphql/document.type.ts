import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';

@ObjectType('Document', { implements: NodeInterface, description: 'A source report the graph was built from.' })
export class DocumentType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ nullable: true })
  publisher?: string;

  @Field({ nullable: true, description: 'Publication date as far as the text tells (YYYY, YYYY-MM or YYYY-MM-DD).' })
  publishedAt?: string;

  @Field({ nullable: true })
  url?: string;

  @Field({ nullable: true })
  sourceFile?: string;

  @Field(() => Int, { nullable: true, description: 'Length of the text in characters.' })
  length?: number;
}

@ObjectType('DataNote', { description: 'A defect of a source a careful reader notices (a repeated paragraph, a garbled sentence …).' })
export class DataNoteType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'repeated-paragraph, misattributed-paragraph, garbled-sentence, abbreviated-name or historical-name.' })
  kind!: string;

  @Field()
  description!: string;
}
