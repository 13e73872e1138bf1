import { Field, ID, InputType, Int } from 'type-graphql';
import { PeriodValue } from './enums';

@InputType('Scope', {
  description:
    'Which facts an answer is computed from, the same on every list, aggregate and path: those of chosen documents, those of one year, current or ever.',
})
export class ScopeInput {
  @Field(() => [ID], { nullable: true, description: 'Only facts these documents state (ids from documents { id }); NOT_FOUND names an unknown one.' })
  documents?: string[];

  @Field(() => Int, {
    nullable: true,
    description: "Only facts whose time covers this year: a pairing's since–until (or, without since, from its first report on), money's year or period.",
  })
  activeIn?: number;

  @Field(() => PeriodValue, { nullable: true, description: 'CURRENT: only pairings not ended; EVER: ended ones too. Default: EVER for lists, CURRENT for counts and aggregates.' })
  period?: PeriodValue;
}
