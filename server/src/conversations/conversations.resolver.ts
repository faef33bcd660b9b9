import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { loaderFor, manyEach, oneEach } from '../common/loaders.js';
import { ConnectionType, type Connection } from '../common/pagination.js';
import { User } from '../auth/user.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { Conversation } from './conversation.entity.js';
import { ConversationsService } from './conversations.service.js';
import { SendMessageInput, StartConversationInput } from './dto/conversation.input.js';
import { ConversationMessage } from './message.entity.js';
import { MessagesService } from './messages.service.js';

const ConversationMessageConnection = ConnectionType(ConversationMessage, 'ConversationMessageConnection');

function usersLoader(ctx: GqlContext, service: ConversationsService) {
  return loaderFor<string, User | null>(ctx, 'conversationUsers', async (ids) =>
    oneEach(ids, await service.usersByIds(ids), (u) => u.id),
  );
}

@Resolver(() => Conversation)
export class ConversationsResolver {
  constructor(
    private readonly service: ConversationsService,
    private readonly messagesService: MessagesService,
  ) {}

  @Query(() => [Conversation], { description: 'Your conversations in a network, the most recent first.' })
  conversations(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<Conversation[]> {
    return this.service.list(user.id, networkId, first);
  }

  @Query(() => Int, { description: 'How many of your conversations in the network have unread messages.' })
  unreadConversationCount(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<number> {
    return this.service.unreadCount(user.id, networkId);
  }

  @Query(() => Conversation)
  async conversation(@CurrentUser() user: User, @IdArg('id', 'conversation') id: string): Promise<Conversation> {
    return (await this.service.get(user.id, id)).conversation;
  }

  @Mutation(() => Conversation, {
    description: 'Starts a conversation with adults of the network (or opens your one-to-one one with that person).',
  })
  startConversation(@CurrentUser() user: User, @Args('input') input: StartConversationInput): Promise<Conversation> {
    return this.service.start(user.id, input);
  }

  @Mutation(() => ConversationMessage)
  sendMessage(@CurrentUser() user: User, @Args('input') input: SendMessageInput): Promise<ConversationMessage> {
    return this.messagesService.send(user.id, input);
  }

  @Mutation(() => Conversation, { description: 'Marks everything in the conversation read for you.' })
  markConversationRead(
    @CurrentUser() user: User,
    @IdArg('conversationId', 'conversation') conversationId: string,
  ): Promise<Conversation> {
    return this.service.markRead(user.id, conversationId);
  }

  @ResolveField(() => [Membership], {
    description: 'Everyone in the conversation, you included, the person who started it first.',
  })
  async participants(@Parent() c: Conversation, @Context() ctx: GqlContext): Promise<Membership[]> {
    const parts = await loaderFor<string, { userId: string }[]>(ctx, 'conversationParticipants', async (ids) =>
      manyEach(ids, await this.service.participantsOf(ids), (p) => p.conversationId),
    ).load(c.id);
    const members = await loaderFor<string, Membership | null>(ctx, 'conversationMembers', async (keys) =>
      oneEach(keys, await this.service.membershipsByKeys(keys), (m) => `${m.networkId}:${m.userId}`),
    ).loadMany(
      // The person who started it first, then the others as they joined.
      [...parts]
        .sort((a, b) => Number(b.userId === c.createdById) - Number(a.userId === c.createdById))
        .map((p) => `${c.networkId}:${p.userId}`),
    );
    return members.filter((m): m is Membership => m instanceof Membership);
  }

  @ResolveField(() => Int, { description: 'Messages of others you have not read yet.' })
  unreadCount(@CurrentUser() user: User, @Parent() c: Conversation, @Context() ctx: GqlContext): Promise<number> {
    return loaderFor<string, number>(ctx, 'conversationUnread', async (keys) => {
      const counts = await this.service.unreadMessages(keys);
      return keys.map((k) => counts.get(k) ?? 0);
    }).load(`${c.id}:${user.id}`);
  }

  @ResolveField(() => ConversationMessage, { nullable: true })
  lastMessage(@Parent() c: Conversation, @Context() ctx: GqlContext): Promise<ConversationMessage | null> {
    return loaderFor<string, ConversationMessage | null>(ctx, 'conversationLast', async (ids) =>
      oneEach(ids, await this.service.lastMessages(ids), (m) => m.conversationId),
    ).load(c.id);
  }

  @ResolveField(() => ConversationMessageConnection, { description: 'Messages, newest first.' })
  async messages(
    @CurrentUser() user: User,
    @Parent() c: Conversation,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ConversationMessage>> {
    return this.messagesService.page(await this.service.get(user.id, c.id), first, after);
  }
}

@Resolver(() => ConversationMessage)
export class ConversationMessageResolver {
  constructor(private readonly conversations: ConversationsService) {}

  @ResolveField(() => User)
  author(@Parent() m: ConversationMessage, @Context() ctx: GqlContext) {
    return usersLoader(ctx, this.conversations).load(m.authorId);
  }

  @ResolveField(() => Boolean, { description: 'Whether you wrote it.' })
  mine(@CurrentUser() user: User, @Parent() m: ConversationMessage): boolean {
    return m.authorId === user.id;
  }
}
