import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { formatError } from './common/format-error.js';
import { AuthModule } from './auth/auth.module.js';
import { SessionMiddleware } from './auth/session.middleware.js';
import { AccessGuard } from './access/access.guard.js';
import { RequestScopeMiddleware } from './access/request-scope.middleware.js';
import { readOnlyOperations } from './access/read-only-operations.plugin.js';
import { NetworksModule } from './networks/networks.module.js';
import { ClassesModule } from './classes/classes.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { LiveModule } from './live/live.module.js';
import { LivePublisherModule } from './live/live-publisher.module.js';
import { AccessEventsModule } from './access/access-events.module.js';
import { GroupsModule } from './groups/groups.module.js';
import { CollaborationModule } from './collaboration/collaboration.module.js';
import { UnitsModule } from './units/units.module.js';
import { FeedbackModule } from './feedback/feedback.module.js';
import { InsightsModule } from './insights/insights.module.js';
import { ToDoModule } from './todo/to-do.module.js';
import { ConveningsModule } from './convenings/convenings.module.js';
import { ConversationsModule } from './conversations/conversations.module.js';
import { LessonStudiesModule } from './observe/lesson-studies/lesson-studies.module.js';
import { DebriefModule } from './observe/debrief/debrief.module.js';
import { MentoringModule } from './observe/mentoring/mentoring.module.js';
import { LinksModule } from './links/links.module.js';
import { AuditLogModule } from './audit/audit-log.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { HealthModule } from './health/health.module.js';
import { MediaModule } from './media/media.module.js';
import { ObservationNotesModule } from './observe/notes/observation-notes.module.js';
import { CalibrationModule } from './feedback/calibration/calibration.module.js';
import { ShowcaseModule } from './showcase/showcase.module.js';
import { LtiModule } from './integrations/lti/lti.module.js';
import { LmsSyncModule } from './integrations/lti/services/lms-sync.module.js';
import { OneRosterModule } from './integrations/oneroster/oneroster.module.js';
import { OidcModule } from './auth/oidc/oidc.module.js';

/** Queries and mutations only: a subscription (or any other root) is refused as invalid, not a crash. */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation))
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
  },
});

/** Depth, cost, alias and token limits on every GraphQL request. */
function armor() {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    // Tokens are counted by GraphQL's own parser (`parseOptions` below): armor's plugin parses again
    // in a hook, where every syntax error (and the limit itself) became an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
  }).protect();
  return {
    // HTTP cache hints are not used: without them Apollo does not wrap every field resolver.
    plugins: [
      ...plugins,
      ApolloServerPluginCacheControlDisabled(),
      readOnlyOperations(),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: [...(validationRules ?? []), knownOperationTypes],
    parseOptions: { maxTokens: 2000 },
  };
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const production = config.env === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databaseTimeouts)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: !production,
          introspection: !production,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          // Unused by the client; Apollo's own errors for bad persisted-query hashes carry no code.
          persistedQueries: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new Map() }),
          formatError,
          ...armor(),
        }),
        AuthModule,
        NetworksModule,
        ClassesModule,
        NotificationsModule,
        AccessEventsModule,
        LivePublisherModule,
        GroupsModule,
        LiveModule,
        CollaborationModule,
        UnitsModule,
        FeedbackModule,
        ConveningsModule,
        ConversationsModule,
        LessonStudiesModule,
        DebriefModule,
        MentoringModule,
        InsightsModule,
        ToDoModule,
        AuditLogModule,
        PrivacyModule,
        LinksModule,
        MediaModule,
        ObservationNotesModule,
        CalibrationModule,
        ShowcaseModule,
        LtiModule,
        LmsSyncModule,
        OneRosterModule,
        OidcModule,
        HealthModule.forRoot(databaseUrl),
      ],
      // Deny by default: every operation and route needs a session unless marked @Public().
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware, RequestScopeMiddleware).exclude('healthz').forRoutes('*path');
  }
}
