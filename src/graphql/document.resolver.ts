import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DocumentRecord, EntityRecord, NoteRecord } from '../model';
import { Connection } from '../services/query/pagination';
import { connectionOf } from './connection.type';
import { Context } from './context';
import { DataNoteType, DocumentType } from './document.type';
import { PageArgs } from './entity-list.args';
import { EntityInterface } from './entity.type';
import { EvidenceType, toEvidence } from './evidence.type';

const DocumentConnection = connectionOf(DocumentType, 'Document');

@Resolver(() => DocumentType)
export class DocumentResolver {
  @Query(() => DocumentType, { nullable: true, description: 'One source document by id; null when none.' })
  document(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<DocumentRecord | null> {
    return loaders.document.load(id);
  }

  @Query(() => DocumentConnection, { description: 'The source documents, by id.' })
  documents(@Args() args: PageArgs, @Ctx() { services }: Context): Promise<Connection<DocumentRecord>> {
    return services.documents.list(args);
  }

  @FieldResolver(() => String, { description: 'The full text; evidence offsets index into it.' })
  async text(@Root() document: DocumentRecord, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.documentWithText.load(document.id))?.text ?? '';
  }

  @FieldResolver(() => [DataNoteType], { description: 'Defects of the source noticed on reading it.' })
  notes(@Root() document: DocumentRecord, @Ctx() { loaders }: Context): Promise<NoteRecord[]> {
    return loaders.notes.load(document.id);
  }

  @FieldResolver(() => [EntityInterface], { description: 'Every entity the document names.' })
  mentions(@Root() document: DocumentRecord, @Ctx() { loaders }: Context): Promise<EntityRecord[]> {
    return loaders.mentions.load(document.id);
  }
}

@Resolver(() => DataNoteType)
export class DataNoteResolver {
  @FieldResolver(() => [EvidenceType])
  evidence(@Root() note: NoteRecord): EvidenceType[] {
    return toEvidence(note);
  }
}

@Resolver(() => EvidenceType)
export class EvidenceResolver {
  @FieldResolver(() => DocumentType, { nullable: true })
  document(@Root() evidence: EvidenceType, @Ctx() { loaders }: Context): Promise<DocumentRecord | null> {
    return loaders.document.load(evidence.documentId);
  }
}
