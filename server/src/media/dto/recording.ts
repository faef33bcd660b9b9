import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

/** A recorded lesson as the people taking part see it (never its storage, never a download link). */
@ObjectType({ description: 'A recorded lesson of a lesson study or mentoring pair; plays at /api/media/:id.' })
export class Recording {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The name of the file the teacher uploaded.' })
  filename: string;

  @Field(() => Float, { description: 'Size of the original in bytes.' })
  sizeBytes: number;

  @Field(() => Float, { nullable: true, description: 'Length in seconds, once known (needs ffmpeg on the server).' })
  durationSeconds: number | null;

  @Field({ description: 'Whether a low-bandwidth rendition (about 240p) plays at /api/media/:id?rendition=low.' })
  hasLowRendition: boolean;

  @Field({ description: 'UPLOADING (only its uploader sees it then) or READY.' })
  status: string;

  @Field({ description: 'Who uploaded it.' })
  uploadedByName: string;

  @Field({ description: 'Whether you uploaded it.' })
  mine: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When retention deletes it (its lesson study or pair closed + the retention period); none while open.',
  })
  deletesAt: Date | null;
}
