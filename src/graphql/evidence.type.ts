import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentType } from './document.type';

@ObjectType('Evidence', { description: 'A sentence of a source document that states a fact, with its character offsets.' })
export class EvidenceType {
  @Field({ description: 'Id of the source document.' })
  documentId!: string;

  @Field()
  sentence!: string;

  @Field(() => Int, { description: 'Offset of the first character in the document text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;

  @Field({ description: "True when the sentence is a photo's caption or credit (图为…, …供图), not the report's text." })
  caption!: boolean;

  @Field(() => DocumentType, { nullable: true })
  document?: DocumentType;
}

/** Stored evidence columns → Evidence objects (keys are `${documentId}@${start}-${end}`). */
export function toEvidence(record: { evidence?: string[]; evidenceKeys?: string[]; captionKeys?: unknown }): EvidenceType[] {
  const sentences = record.evidence ?? [];
  const captions = new Set(Array.isArray(record.captionKeys) ? (record.captionKeys as string[]) : []);
  return (record.evidenceKeys ?? []).map((key, index) => {
    const match = /^(.*)@(\d+)-(\d+)$/.exec(key);
    return Object.assign(new EvidenceType(), {
      documentId: match?.[1] ?? key,
      start: Number(match?.[2] ?? -1),
      end: Number(match?.[3] ?? -1),
      sentence: sentences[index] ?? '',
      caption: captions.has(key),
    });
  });
}
