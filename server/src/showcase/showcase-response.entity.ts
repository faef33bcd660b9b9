import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SHOWCASE_RESPONSE_KINDS, type ShowcaseResponseKind } from '@switchback/shared';

export const ShowcaseResponseKindEnum = Object.fromEntries(SHOWCASE_RESPONSE_KINDS.map((k) => [k, k])) as {
  [K in ShowcaseResponseKind]: K;
};
registerEnumType(ShowcaseResponseKindEnum, {
  name: 'ShowcaseResponseKind',
  description: 'Warm feedback only. WORKED: what worked. BORROW: what I will borrow.',
});

/** A colleague's warm response to a showcase item. */
@ObjectType({ description: 'A warm response to a showcase item: what worked, or what I will borrow.' })
@Entity('showcase_response')
@Index(['itemId', 'createdAt'])
export class ShowcaseResponse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field(() => ShowcaseResponseKindEnum)
  @Column({ type: 'varchar', length: 10 })
  kind: ShowcaseResponseKind;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
