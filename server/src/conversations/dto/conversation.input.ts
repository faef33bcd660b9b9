import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { CONVERSATION_LIMITS } from '@switchback/shared';
import { OptionalText, RequiredText } from '../../common/input-rules.js';

const OTHERS_MAX = CONVERSATION_LIMITS.peopleMax - 1;
const MessageBody = () =>
  RequiredText('A message', CONVERSATION_LIMITS.bodyMax, {
    empty: 'Write a message to send.',
    tooLong: `Messages are at most ${CONVERSATION_LIMITS.bodyMax} characters.`,
  });

@InputType()
export class StartConversationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => [ID], { description: 'The other people (adults of the network), 1 to 7 of them.' })
  @IsArray({ message: 'Choose who to talk with.' })
  @ArrayMinSize(1, { message: 'Choose at least one person to talk with.' })
  @ArrayMaxSize(OTHERS_MAX, {
    message: `A conversation has at most ${CONVERSATION_LIMITS.peopleMax} people: choose up to ${OTHERS_MAX} others.`,
  })
  @IsUUID('all', { each: true, message: 'Choose people from the list.' })
  participantIds: string[];

  @Field({ nullable: true, description: 'A name for a small group (ignored for one to one).' })
  @IsOptional()
  @OptionalText('The name', CONVERSATION_LIMITS.titleMax)
  title?: string;

  @Field({ nullable: true, description: 'A first message.' })
  @IsOptional()
  @MessageBody()
  body?: string;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That conversation link is not valid.' })
  conversationId: string;

  @Field()
  @MessageBody()
  body: string;
}
