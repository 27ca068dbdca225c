import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectRow as ProjectRowModel } from '../projects/project.entity.ts';
import type { OperatorRow as OperatorRowModel } from '../operators/operator.entity.ts';
import type { ChannelRow as ChannelRowModel } from '../channels/channel.entity.ts';
import type { ClientRow as ClientRowModel } from '../clients/client.entity.ts';
import type { ClientChannelRow as ClientChannelRowModel } from '../clients/client-channel.entity.ts';
import type { FoundConversation as FoundConversationModel, SearchHitModel as SearchHitModelModel } from '../conversations/conversation-search.service.ts';
import type { MessageRow as MessageRowModel } from '../messages/message.entity.ts';
import type { ConversationEventRow as ConversationEventRowModel } from '../conversations/conversation-event.entity.ts';
import type { CommentRow as CommentRowModel } from '../conversations/comment.entity.ts';
import type { NotificationRow as NotificationRowModel } from '../operators/notification.entity.ts';
import type { ApiTokenRow as ApiTokenRowModel } from '../auth/auth-token.entity.ts';
import type { QuickReplyRow as QuickReplyRowModel, QuickReplyFolderRow as QuickReplyFolderRowModel } from '../quick-replies/quick-reply.entity.ts';
import type { SavedFilterRow as SavedFilterRowModel } from '../conversations/saved-filter.entity.ts';
import type { Viewer as ViewerModel, Context } from '../context.ts';
import type { InboxEvent as InboxEventModel } from '../conversations/inbox-event.ts';
import type { StoredFileRow as StoredFileRowModel } from '../files/file.entity.ts';
import type { TaskRow as TaskRowModel } from '../tasks/task.entity.ts';
import type { TaskEventMessage as TaskEventMessageModel } from '../pubsub/pubsub.ts';
import type { TeamRow as TeamRowModel } from '../teams/team.entity.ts';
import type { LabelRow as LabelRowModel } from '../labels/label.entity.ts';
import type { VariableDefinitionRow as VariableDefinitionRowModel } from '../variables/variable-definition.entity.ts';
import type { FunnelRow as FunnelRowModel, FunnelStageRow as FunnelStageRowModel } from '../deals/funnel.entity.ts';
import type { DealRow as DealRowModel } from '../deals/deal.entity.ts';
import type { ClientStageModel as ClientStageModelModel } from '../deals/deal.service.ts';
import type { ClientActivityRow as ClientActivityRowModel } from '../clients/client-activity.entity.ts';
import type { ClientJobRow as ClientJobRowModel } from '../audience/client-job.entity.ts';
import type { AnyConnection as AnyConnectionModel } from '../graphql/connection.ts';
import type { ClientUpdateModel as ClientUpdateModelModel } from '../clients/client-profile.service.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC. */
  DateTime: { input: Date; output: Date; }
};

export type AddClientNoteInput = {
  clientId: Scalars['ID']['input'];
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
};

export type AddCommentInput = {
  conversationId: Scalars['ID']['input'];
  /** Operators to @mention: each gets a notification. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
};

export type AddFunnelStageInput = {
  funnelId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** A project API token for third-party developers: send it as `Authorization: Bearer <token>`. It acts as the project's bot. */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ArchiveConversationInput = {
  archived: Scalars['Boolean']['input'];
  conversationId: Scalars['ID']['input'];
};

export type AssignConversationInput = {
  /** Shown in the timeline with the assignment, e.g. why it is transferred. */
  comment?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  /** The operator to assign (a transfer when someone else had it); null unassigns. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
};

export type BulkClientAction =
  | 'ARCHIVE'
  | 'BLOCK'
  /** Managers and above. */
  | 'DELETE'
  /** Managers and above. */
  | 'RESTORE'
  /** Sets `ownerId` (null clears) as owner. */
  | 'SET_OWNER'
  | 'UNARCHIVE'
  | 'UNBLOCK';

export type BulkClientActionInput = {
  action: BulkClientAction;
  /** 1 to 100 clients. */
  clientIds: Array<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type BulkClientActionPayload = {
  __typename?: 'BulkClientActionPayload';
  clients?: Maybe<Array<Client>>;
  userErrors: Array<UserError>;
};

export type ChangeMyPasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** 8 to 200 characters. */
  newPassword: Scalars['String']['input'];
};

export type ChangeMyPasswordPayload = {
  __typename?: 'ChangeMyPasswordPayload';
  /** True when the password was changed; the operator's other sessions were ended. */
  changed: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

/** A connected bot or account on one messenger. */
export type Channel = Node & {
  __typename?: 'Channel';
  id: Scalars['ID']['output'];
  kind: ChannelKind;
  name: Scalars['String']['output'];
  /** For web chat: the public key in the widget's address, `/widget/<publicKey>`. */
  publicKey: Scalars['String']['output'];
  widgetUrl?: Maybe<Scalars['String']['output']>;
};

export type ChannelKind =
  | 'EMAIL'
  | 'TELEGRAM'
  | 'VK'
  | 'WEBCHAT'
  | 'WHATSAPP';

export type ChannelPayload = {
  __typename?: 'ChannelPayload';
  channel?: Maybe<Channel>;
  userErrors: Array<UserError>;
};

/** An end customer of the project. */
export type Client = Node & {
  __typename?: 'Client';
  /** The client's history, newest first. */
  activity: ClientActivityConnection;
  archived: Scalars['Boolean']['output'];
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** A blocked client's messages are kept but raise nothing in the inbox, and nothing is sent to them. */
  blocked: Scalars['Boolean']['output'];
  /** Whether the bot answers this client now (not paused). */
  botActive: Scalars['Boolean']['output'];
  /** While set and in the future, the bot stays silent for this client. */
  botPausedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The client's identities on the project's channels. */
  channels: Array<ClientChannel>;
  /** The client's conversations (one per channel), latest activity first. */
  conversations: ConversationConnection;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Newest first; OPEN or closed (WON and LOST) when `status` is given. */
  deals: DealConnection;
  /** Set while the client is deleted (soft); purged for good after the project's retention period. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Other clients of the project with the same phone (digits) or e-mail: candidates to merge. */
  duplicates: Array<Client>;
  email?: Maybe<Scalars['String']['output']>;
  /** Every file exchanged with the client in messages (photos, videos, voice, documents), newest first. */
  files: FileConnection;
  id: Scalars['ID']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  lists: Array<Label>;
  name: Scalars['String']['output'];
  /** Internal comments about the client, from all its conversations and the card, newest first. */
  notes: CommentConnection;
  /** How many tasks of the client are open (the IMPORTANT section holds clients with at least one). */
  openTaskCount: Scalars['Int']['output'];
  /** Whether the caller owns the client ("your client"). */
  ownedByMe: Scalars['Boolean']['output'];
  /** The employee responsible for the client (not a conversation's assignee). */
  owner?: Maybe<Operator>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Won deals: how many and their total, per currency. */
  sales: Array<SalesTotal>;
  /** The messenger the client first wrote from. */
  sourceChannel?: Maybe<Channel>;
  /** The client's current stage in each funnel with an open deal. */
  stages: Array<ClientStage>;
  tags: Array<Label>;
  /**
   * The client's tasks: open ones by due time (undated last); with `includeCompleted`, then the completed ones,
   * latest first (at most 100 of each).
   */
  tasks: Array<Task>;
  /** Tracking data of the link or ad the client came by. */
  tracking: ClientTracking;
  /** The project's client variables with this client's values, then the system variables. */
  variables: Array<VariableValue>;
};


/** An end customer of the project. */
export type ClientActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<ClientActivityType>>;
};


/** An end customer of the project. */
export type ClientConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An end customer of the project. */
export type ClientDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DealStatus>;
};


/** An end customer of the project. */
export type ClientFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FileKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An end customer of the project. */
export type ClientNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An end customer of the project. */
export type ClientTasksArgs = {
  includeCompleted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One change to a client, kept in its history and shown in its conversations' timelines. */
export type ClientActivity = Node & {
  __typename?: 'ClientActivity';
  /** The operator who made the change; null for the system, the client or an API token. */
  actor?: Maybe<Operator>;
  createdAt: Scalars['DateTime']['output'];
  /** The details as a JSON object (ids, old and new values). */
  data: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What happened, in one line, with names as they were then. */
  summary: Scalars['String']['output'];
  type: ClientActivityType;
};

export type ClientActivityConnection = {
  __typename?: 'ClientActivityConnection';
  edges: Array<ClientActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClientActivityEdge = {
  __typename?: 'ClientActivityEdge';
  cursor: Scalars['String']['output'];
  node: ClientActivity;
};

export type ClientActivityType =
  | 'ARCHIVED'
  | 'BLOCKED'
  | 'BOT_PAUSED'
  | 'BOT_RESUMED'
  | 'DEAL_CREATED'
  | 'DEAL_LOST'
  | 'DEAL_REOPENED'
  | 'DEAL_STAGE_CHANGED'
  | 'DEAL_WON'
  | 'DELETED'
  | 'IMPORTED'
  | 'LIST_ADDED'
  | 'LIST_REMOVED'
  | 'MERGED'
  | 'OWNER_CHANGED'
  | 'PROFILE_UPDATED'
  | 'RESTORED'
  | 'TAG_ADDED'
  | 'TAG_REMOVED'
  | 'TASK_COMPLETED'
  | 'TASK_CREATED'
  | 'UNARCHIVED'
  | 'UNBLOCKED'
  | 'VARIABLE_SET';

/** One client's identity on one channel. */
export type ClientChannel = Node & {
  __typename?: 'ClientChannel';
  channel: Channel;
  id: Scalars['ID']['output'];
  /** The messenger's own id of the client. */
  platformId: Scalars['String']['output'];
};

export type ClientConnection = {
  __typename?: 'ClientConnection';
  edges: Array<ClientEdge>;
  pageInfo: PageInfo;
  /** How many clients match (all pages). */
  totalCount: Scalars['Int']['output'];
};

export type ClientEdge = {
  __typename?: 'ClientEdge';
  cursor: Scalars['String']['output'];
  node: Client;
};

/** The same conditions as the inbox's filter (conversation conditions ask whether one of the client's conversations matches). */
export type ClientFilter = {
  conditions?: InputMaybe<Array<ConversationCondition>>;
  match?: InputMaybe<ConditionMatch>;
  /** Words in the client's name, phone, e-mail or tag names (partial words). */
  search?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<ClientSection>;
};

export type ClientInput = {
  clientId: Scalars['ID']['input'];
};

/** A CSV import or export of clients, run durably in the background; its progress is live (clientJobUpdated). */
export type ClientJob = Node & {
  __typename?: 'ClientJob';
  /** IMPORT: clients created and updated (matched by phone or e-mail). */
  created: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Operator>;
  /** IMPORT: rows that could not be imported (the first 100). */
  errors: Array<ClientJobError>;
  failureReason?: Maybe<Scalars['String']['output']>;
  /** IMPORT: the uploaded CSV; EXPORT: the CSV written, once DONE. */
  file?: Maybe<File>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: ClientJobKind;
  processed: Scalars['Int']['output'];
  status: ClientJobStatus;
  /** Rows to import, or clients to export. */
  total: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ClientJobConnection = {
  __typename?: 'ClientJobConnection';
  edges: Array<ClientJobEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClientJobEdge = {
  __typename?: 'ClientJobEdge';
  cursor: Scalars['String']['output'];
  node: ClientJob;
};

export type ClientJobError = {
  __typename?: 'ClientJobError';
  message: Scalars['String']['output'];
  /** The CSV line (1 is the header). */
  row: Scalars['Int']['output'];
};

export type ClientJobKind =
  | 'EXPORT'
  | 'IMPORT';

export type ClientJobPayload = {
  __typename?: 'ClientJobPayload';
  job?: Maybe<ClientJob>;
  userErrors: Array<UserError>;
};

export type ClientJobStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** Marks (or unmarks) every client given with every label given; clients that already are (or are not) are skipped. */
export type ClientLabelsInput = {
  /** 1 to 100 clients. */
  clientIds: Array<Scalars['ID']['input']>;
  labelIds: Array<Scalars['ID']['input']>;
};

export type ClientLabelsPayload = {
  __typename?: 'ClientLabelsPayload';
  /** The clients as they are now. */
  clients?: Maybe<Array<Client>>;
  userErrors: Array<UserError>;
};

export type ClientOrder =
  | 'LAST_ACTIVITY_FIRST'
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type ClientPayload = {
  __typename?: 'ClientPayload';
  client?: Maybe<Client>;
  userErrors: Array<UserError>;
};

/** The Audience's sections: every one but DELETED leaves deleted clients out. */
export type ClientSection =
  /** Neither archived nor deleted. */
  | 'ACTIVE'
  /** Every client that is not deleted. */
  | 'ALL'
  | 'ARCHIVED'
  /** On the black list. */
  | 'BLOCKED'
  /** Deleted, not yet purged. */
  | 'DELETED';

/** Where the client stands in one funnel: the stage of its newest open deal there. */
export type ClientStage = {
  __typename?: 'ClientStage';
  deal: Deal;
  funnel: Funnel;
  stage: FunnelStage;
};

export type ClientTracking = {
  __typename?: 'ClientTracking';
  ad?: Maybe<Scalars['String']['output']>;
  adSet?: Maybe<Scalars['String']['output']>;
  campaign?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  tag?: Maybe<Scalars['String']['output']>;
};

export type ClientTrackingInput = {
  ad?: InputMaybe<Scalars['String']['input']>;
  adSet?: InputMaybe<Scalars['String']['input']>;
  campaign?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type ClientUpdate = {
  __typename?: 'ClientUpdate';
  /** The change recorded in the client's history, when there is one. */
  activity?: Maybe<ClientActivity>;
  client: Client;
};

/** Which of the project's clients changed, by id: one event per change, a bulk action's clients together. */
export type ClientsChanged = {
  __typename?: 'ClientsChanged';
  clientIds: Array<Scalars['ID']['output']>;
};

export type CloseDealInput = {
  dealId: Scalars['ID']['input'];
  status: DealStatus;
};

/** An internal comment (a note) in a conversation's timeline: operators see it, the client never does. */
export type Comment = Node & {
  __typename?: 'Comment';
  /** Null when a project API token wrote it. */
  author?: Maybe<Operator>;
  createdAt: Scalars['DateTime']['output'];
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The operators notified of it. */
  mentions: Array<Operator>;
  pinned: Scalars['Boolean']['output'];
  /** Null once the comment is deleted; the comment keeps its place in the timeline. */
  text?: Maybe<Scalars['String']['output']>;
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type CommentInput = {
  commentId: Scalars['ID']['input'];
};

export type CommentPayload = {
  __typename?: 'CommentPayload';
  comment?: Maybe<Comment>;
  userErrors: Array<UserError>;
};

export type ConditionField =
  /** The assignee: `anyOf` operator ids; `is: false` for unassigned. */
  | 'ASSIGNEE'
  /** Who handles the client: `anyOf` AUTO (the bot) and/or MANUAL (the bot is paused, operators talk). */
  | 'BOT_STATUS'
  /** The conversation's channel: `anyOf` channel ids. */
  | 'CHANNEL'
  /** The channel's messenger: `anyOf` kinds (WEBCHAT, TELEGRAM, WHATSAPP, VK, EMAIL). */
  | 'CHANNEL_KIND'
  /** When the client first wrote: `from` and/or `to`. */
  | 'CREATED_AT'
  /** The client has an open deal in a funnel: `anyOf` funnel ids. */
  | 'FUNNEL'
  /** The client has an e-mail: `is`. */
  | 'HAS_EMAIL'
  /** The client has a phone: `is`. */
  | 'HAS_PHONE'
  /** The last activity: `from` and/or `to`. */
  | 'LAST_ACTIVITY_AT'
  /** The client's lists: `anyOf` or `allOf` list ids. */
  | 'LISTS'
  /** The client's owner: `anyOf` operator ids; `is: false` for clients nobody owns. */
  | 'OWNER'
  /** The client has an open deal at a stage: `anyOf` stage ids. */
  | 'STAGE'
  /** The client's tags: `anyOf` (any of them) or `allOf` (all of them) tag ids. */
  | 'TAGS'
  /** The conversation has unread client messages: `is`. */
  | 'UNREAD'
  /**
   * A custom client variable (`variable`: its key): `equals` or `contains` text, `is` (has a value or not),
   * `min`/`max` for numbers, `from`/`to` for dates.
   */
  | 'VARIABLE';

export type ConditionMatch =
  | 'ALL'
  | 'ANY';

/** The thread between the project and one client on one channel. */
export type Conversation = Node & {
  __typename?: 'Conversation';
  /** Archived conversations leave the inbox until the client writes again. */
  archived: Scalars['Boolean']['output'];
  assignee?: Maybe<Operator>;
  channel: Channel;
  client: Client;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** What the caller started to write here and has not sent. */
  draft?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  lastMessage?: Maybe<Message>;
  /** Newest first; page backwards with `after`. */
  messages: MessageConnection;
  /** Pinned conversations stay on top of the list (see pinnedConversations) for the whole project. */
  pinned: Scalars['Boolean']['output'];
  /** Pinned comments, most recently pinned first. */
  pinnedComments: Array<Comment>;
  /** Pinned messages, most recently pinned first. */
  pinnedMessages: Array<Message>;
  /**
   * Grows with every change of the conversation's row (status, assignee, unread count, last message, pin…): of two
   * copies of a conversation, an event's and a mutation's, the one with the higher revision is the newer.
   */
  revision: Scalars['Int']['output'];
  /** On conversations found with `filter.search`: the best matching message, when a message matched. */
  searchHit?: Maybe<SearchHit>;
  /** The messages of this conversation that match all the words (also partial words), oldest first, at most 200. */
  searchMessages: Array<SearchHit>;
  status: ConversationStatus;
  /** The team it was transferred to; it may have an assignee as well. */
  team?: Maybe<Team>;
  /** Messages and system events, newest first; page backwards with `after`. */
  timeline: TimelineConnection;
  /** Client messages not yet read by the operators. */
  unreadCount: Scalars['Int']['output'];
};


/** The thread between the project and one client on one channel. */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The thread between the project and one client on one channel. */
export type ConversationSearchMessagesArgs = {
  text: Scalars['String']['input'];
};


/** The thread between the project and one client on one channel. */
export type ConversationTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What another operator is doing in a conversation right now. */
export type ConversationActivity = {
  __typename?: 'ConversationActivity';
  operator: Operator;
  /** Is writing a reply; clients repeat `typing: true` every few seconds while typing and treat 6 s of silence as stopped. */
  typing: Scalars['Boolean']['output'];
  /** Has the conversation open. */
  viewing: Scalars['Boolean']['output'];
};

/** One condition of the chat list's filter; which operand a field takes is on the field. */
export type ConversationCondition = {
  allOf?: InputMaybe<Array<Scalars['String']['input']>>;
  anyOf?: InputMaybe<Array<Scalars['String']['input']>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  field: ConditionField;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  is?: InputMaybe<Scalars['Boolean']['input']>;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  variable?: InputMaybe<Scalars['String']['input']>;
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
};

export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

/** A system event in a conversation's timeline, shown to operators only. */
export type ConversationEvent = Node & {
  __typename?: 'ConversationEvent';
  /** The operator who did it; null when the client (whose message reopens a conversation) or the system did. */
  actor?: Maybe<Operator>;
  /** ASSIGNED: the new assignee. */
  assignee?: Maybe<Operator>;
  /** The comment given with a transfer. */
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** TEAM_ASSIGNED: the team. */
  team?: Maybe<Team>;
  type: ConversationEventType;
};

export type ConversationEventType =
  | 'ARCHIVED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'REOPENED'
  /** Transferred to a team (`team`), and to `assignee` if set. */
  | 'TEAM_ASSIGNED'
  | 'UNARCHIVED'
  | 'UNASSIGNED';

export type ConversationFilter = {
  /** With section OTHERS: only this operator's conversations. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Conditions on top of the section, combined as `match` says. */
  conditions?: InputMaybe<Array<ConversationCondition>>;
  match?: InputMaybe<ConditionMatch>;
  /**
   * Words to find in the client's name, phone or e-mail, or in message texts (Russian and English stems, partial
   * words). Results are ranked (client matches first, then by relevance, then by activity); pinned conversations
   * are included and `order` does not apply.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<ConversationSection>;
  /** With section TEAM: the team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type ConversationInput = {
  conversationId: Scalars['ID']['input'];
};

export type ConversationOrder =
  | 'NEWEST_ACTIVITY_FIRST'
  | 'OLDEST_ACTIVITY_FIRST';

/** The result of an action on one conversation. */
export type ConversationPayload = {
  __typename?: 'ConversationPayload';
  conversation?: Maybe<Conversation>;
  userErrors: Array<UserError>;
};

/** The inbox's sections. Every section but ARCHIVED leaves archived conversations out. */
export type ConversationSection =
  | 'ALL'
  | 'ARCHIVED'
  | 'CLOSED'
  /** The client has an open task. */
  | 'IMPORTANT'
  /** Assigned to the caller. */
  | 'MINE'
  | 'OPEN'
  /** Assigned to another operator (the one in `assigneeId`, if given). */
  | 'OTHERS'
  /** Transferred to the team in `teamId` (to any team without it). */
  | 'TEAM'
  /** Open and assigned to nobody. */
  | 'UNASSIGNED'
  /** With client messages no operator has read. */
  | 'UNREAD';

export type ConversationStatus =
  | 'CLOSED'
  | 'OPEN';

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  /** The secret, shown only in this answer: store it now. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateChannelInput = {
  /** Only WEBCHAT for now: the other messengers' drivers are not built yet. */
  kind: ChannelKind;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
};

export type CreateDealInput = {
  /** A decimal amount, e.g. "1500" or "99.90". */
  budget?: InputMaybe<Scalars['String']['input']>;
  clientId: Scalars['ID']['input'];
  /** ISO 4217 code; the project's usual RUB when left out. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the first stage of the funnel. */
  funnelId: Scalars['ID']['input'];
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  stageId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  variables?: InputMaybe<Array<VariableValueInput>>;
};

export type CreateFunnelInput = {
  name: Scalars['String']['input'];
  /** The stages in order; at least one. */
  stages: Array<Scalars['String']['input']>;
};

export type CreateLabelInput = {
  /** #rrggbb; a colour is picked when left out. */
  color?: InputMaybe<Scalars['String']['input']>;
  kind: LabelKind;
  /** 1 to 50 characters. */
  name: Scalars['String']['input'];
};

export type CreateOperatorInput = {
  /** Their login: unique across the product, whatever the case. */
  email: Scalars['String']['input'];
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The first password, 8 to 200 characters; hand it over, they change it with changeMyPassword. */
  password: Scalars['String']['input'];
  /** OWNER only by an owner. */
  role: OperatorRole;
};

export type CreateQuickReplyFolderInput = {
  name: Scalars['String']['input'];
};

export type CreateTaskInput = {
  /** An operator of the project; null leaves it to anyone. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  clientId: Scalars['ID']['input'];
  /** Up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  priority?: InputMaybe<TaskPriority>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

export type CreateTeamInput = {
  /** 1 to 100 characters, unique in the project (whatever the case). */
  name: Scalars['String']['input'];
};

export type CreateVariableDefinitionInput = {
  /** Letters, digits and _; starts with a letter or _; 64 characters at most. */
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  scope: VariableScope;
  type: VariableType;
};

/** A deal with a client at one stage of one funnel. */
export type Deal = Node & {
  __typename?: 'Deal';
  /** Decimal, as text (e.g. "1500.00"). */
  budget?: Maybe<Scalars['String']['output']>;
  client: Client;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  funnel: Funnel;
  id: Scalars['ID']['output'];
  /** The employee working the deal (not necessarily the client's owner). */
  responsible?: Maybe<Operator>;
  stage: FunnelStage;
  stageChangedAt: Scalars['DateTime']['output'];
  status: DealStatus;
  title: Scalars['String']['output'];
  /** The project's deal variables with this deal's values. */
  variables: Array<VariableValue>;
};

export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

export type DealInput = {
  dealId: Scalars['ID']['input'];
};

export type DealPayload = {
  __typename?: 'DealPayload';
  deal?: Maybe<Deal>;
  userErrors: Array<UserError>;
};

export type DealStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type DeleteLabelPayload = {
  __typename?: 'DeleteLabelPayload';
  deletedLabelId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DeleteVariableDefinitionPayload = {
  __typename?: 'DeleteVariableDefinitionPayload';
  deletedDefinitionId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DuplicateFilterInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  savedFilterId: Scalars['ID']['input'];
};

export type EditCommentInput = {
  commentId: Scalars['ID']['input'];
  /** The comment's mentions after the edit; operators newly mentioned get a notification. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
};

export type EditMessageInput = {
  messageId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type ExportClientsInput = {
  /** The section, search and conditions to export, as in `clients`; the Active section when left out. */
  filter?: InputMaybe<ClientFilter>;
};

/** A file sent or received in a message, or kept in the project's library for attachments. */
export type File = Node & {
  __typename?: 'File';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The same link, for saving the file (Content-Disposition: attachment) whatever its type. */
  downloadUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: FileKind;
  /** In the library (otherwise it went with a message). */
  library: Scalars['Boolean']['output'];
  /** The name it was uploaded with. */
  name: Scalars['String']['output'];
  /** In bytes. */
  size: Scalars['Int']['output'];
  /** The operator who uploaded or sent it; null for the client's files and for API tokens. */
  uploadedBy?: Maybe<Operator>;
  /**
   * A signed link to the bytes that works without the Authorization header (in `<img src>`, `<video src>`) for 12
   * hours; images, video and audio open in place, other files download.
   */
  url: Scalars['String']['output'];
};

export type FileConnection = {
  __typename?: 'FileConnection';
  edges: Array<FileEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FileEdge = {
  __typename?: 'FileEdge';
  cursor: Scalars['String']['output'];
  node: File;
};

export type FileInput = {
  fileId: Scalars['ID']['input'];
};

export type FileKind =
  | 'AUDIO'
  /** PDF, office documents, text, CSV, ZIP. */
  | 'DOCUMENT'
  | 'IMAGE'
  | 'VIDEO';

export type FileLibraryUsage = {
  __typename?: 'FileLibraryUsage';
  /** Files in the library now. */
  count: Scalars['Int']['output'];
  /** At most this many (the project's setting, 200 by default). */
  limit: Scalars['Int']['output'];
};

export type ForwardMessageInput = {
  /** Another channel identity of the same client (`Client.channels`). */
  clientChannelId: Scalars['ID']['input'];
  messageId: Scalars['ID']['input'];
};

/** A sales funnel: deals move through its ordered stages. */
export type Funnel = Node & {
  __typename?: 'Funnel';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  stages: Array<FunnelStage>;
};

export type FunnelPayload = {
  __typename?: 'FunnelPayload';
  funnel?: Maybe<Funnel>;
  userErrors: Array<UserError>;
};

export type FunnelStage = Node & {
  __typename?: 'FunnelStage';
  funnel: Funnel;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** A deal moved into this stage is handed to this employee, when set. */
  responsible?: Maybe<Operator>;
};

export type ImportClientsInput = {
  /**
   * A CSV uploaded with POST /files (text/csv, UTF-8, comma or semicolon separated). Columns by header: name, phone,
   * email, country, tags and lists (separated by `|`), owner (an operator's e-mail), utm_source, utm_campaign,
   * utm_ad, utm_ad_set, utm_tag, and any client variable's key.
   */
  fileId: Scalars['ID']['input'];
};

/** Something changed in the caller's inbox. */
export type InboxEvent = {
  __typename?: 'InboxEvent';
  conversation: Conversation;
  kind: InboxEventKind;
  /** Set for message events. */
  message?: Maybe<Message>;
};

export type InboxEventKind =
  | 'CONVERSATION_CREATED'
  | 'CONVERSATION_UPDATED'
  | 'MESSAGE_ADDED'
  | 'MESSAGE_STATUS_CHANGED';

/** A tag or a client list: clients are marked with it. Names are unique per kind in a project. */
export type Label = Node & {
  __typename?: 'Label';
  /** How many clients have it. */
  clientCount: Scalars['Int']['output'];
  /** #rrggbb */
  color: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: LabelKind;
  name: Scalars['String']['output'];
};

export type LabelInput = {
  labelId: Scalars['ID']['input'];
};

export type LabelKind =
  | 'LIST'
  | 'TAG';

export type LabelPayload = {
  __typename?: 'LabelPayload';
  label?: Maybe<Label>;
  userErrors: Array<UserError>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Send as `Authorization: Bearer <token>` over HTTP and as `connectionParams.authorization` over graphql-ws. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
  viewer?: Maybe<Viewer>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True once the session has ended. */
  loggedOut?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type MarkNotificationsReadInput = {
  /** The notifications to mark read; null marks all of the caller's read. */
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The caller's unread notifications left. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type MergeClientsInput = {
  /** The client merged into the survivor and then deleted. */
  mergedId: Scalars['ID']['input'];
  /** The client that stays. */
  survivorId: Scalars['ID']['input'];
};

export type MergeClientsPayload = {
  __typename?: 'MergeClientsPayload';
  client?: Maybe<Client>;
  userErrors: Array<UserError>;
};

export type Message = Node & {
  __typename?: 'Message';
  /** The files sent with the message (none for a deleted message). */
  attachments: Array<File>;
  /** The operator who wrote it, for operator messages. */
  author?: Maybe<Operator>;
  conversationId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set once deleted: the message keeps its place in the timeline and its text is empty. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  direction: MessageDirection;
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why delivery failed, when status is FAILED. */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  pinned: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  senderKind: SenderKind;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: MessageStatus;
  text: Scalars['String']['output'];
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MessageDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type MessageInput = {
  messageId: Scalars['ID']['input'];
};

export type MessagePayload = {
  __typename?: 'MessagePayload';
  message?: Maybe<Message>;
  userErrors: Array<UserError>;
};

export type MessageStatus =
  /** Outbound: the messenger delivered it to the client. Inbound: received and stored. */
  | 'DELIVERED'
  /** Outbound, not delivered; see failureReason. */
  | 'FAILED'
  /** Outbound, stored and waiting for delivery. */
  | 'QUEUED'
  /** Outbound: the client read it. Inbound: an operator marked it read. */
  | 'READ'
  /** Outbound, accepted by the messenger. */
  | 'SENT';

export type MoveDealInput = {
  dealId: Scalars['ID']['input'];
  /** A stage of the deal's funnel. */
  stageId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addClientLabels: ClientLabelsPayload;
  /** A note on the card: an internal comment in the client's latest conversation (or on the client alone). */
  addClientNote: CommentPayload;
  addComment: CommentPayload;
  addFunnelStage: FunnelPayload;
  /** Archived clients leave the Audience's main list; their conversations are archived too. */
  archiveClient: ClientPayload;
  archiveConversation: ConversationPayload;
  /**
   * Assigns, transfers or unassigns. Operators may take unassigned conversations and hand on their own; managers,
   * admins and owners may assign any.
   */
  assignConversation: ConversationPayload;
  blockClient: ClientPayload;
  bulkClientAction: BulkClientActionPayload;
  changeMyPassword: ChangeMyPasswordPayload;
  /** A closed conversation keeps its history; the client's next message reopens it. */
  closeConversation: ConversationPayload;
  /** Close as WON or LOST. */
  closeDeal: DealPayload;
  /** Completing a completed task changes nothing. Recorded in the client's history. */
  completeTask: TaskPayload;
  /** Owners and admins only. */
  createApiToken: CreateApiTokenPayload;
  /** Owners and admins. A web chat channel gets its widget address at once (`widgetUrl`). */
  createChannel: ChannelPayload;
  createDeal: DealPayload;
  /** Funnels and stages: managers and above. */
  createFunnel: FunnelPayload;
  createLabel: LabelPayload;
  /** Owners and admins add operators to their project. */
  createOperator: OperatorPayload;
  /** Managers, admins and owners manage quick replies and their folders. */
  createQuickReplyFolder: QuickReplyFolderPayload;
  /** Any operator (or API token) of the project; recorded in the client's history. */
  createTask: TaskPayload;
  /** Owners, admins and managers manage teams. */
  createTeam: TeamPayload;
  /** Managers and above. */
  createVariableDefinition: VariableDefinitionPayload;
  /**
   * Owners and admins (owners only for an owner; not yourself): the operator's sessions end at once, their open
   * conversations become unassigned, they leave their teams and cannot log in. History keeps their name.
   */
  deactivateOperator: OperatorPayload;
  /** Soft delete (managers and above): the client and its conversations disappear; restorable until purged. */
  deleteClient: ClientPayload;
  /** Its author, or a manager, admin or owner. */
  deleteComment: CommentPayload;
  deleteFilter: DeletePayload;
  /** Deletes the label and takes it off every client. */
  deleteLabel: DeleteLabelPayload;
  /** Owners, admins and managers remove library files; copies already sent in messages stay. */
  deleteLibraryFile: DeletePayload;
  /**
   * For the project's messageDeletionRoles. A sent message is deleted on the messenger too, within its limit;
   * after it, or for a client's message, only here.
   */
  deleteMessage: MessagePayload;
  deleteQuickReply: DeletePayload;
  /** Its quick replies stay, outside any folder. */
  deleteQuickReplyFolder: DeletePayload;
  /** Its creator, managers, admins, owners and API tokens. */
  deleteTask: DeletePayload;
  /** Its conversations stay, without a team. */
  deleteTeam: DeletePayload;
  /** Also clears the variable on every client or deal. */
  deleteVariableDefinition: DeleteVariableDefinitionPayload;
  /** A personal copy of a filter the caller can see. */
  duplicateFilter: SavedFilterPayload;
  /** Its author only. */
  editComment: CommentPayload;
  /** An operator's own sent message, also on the messenger, within the messenger's limit (web chat and Telegram 48 h, VK 24 h). */
  editMessage: MessagePayload;
  /** Managers and above: every client matching the filter, as CSV. */
  exportClients: ClientJobPayload;
  /** Sends a copy of a message to the same client on another of their channels; answers the new message (QUEUED). */
  forwardMessage: MessagePayload;
  /** Managers and above. */
  importClients: ClientJobPayload;
  login: LoginPayload;
  /** Ends the current operator session; its token stops working at once, also on open subscriptions. */
  logout: LogoutPayload;
  /** Reading is explicit: the operator marks the client's messages read; the unread count drops to zero. */
  markConversationRead: ConversationPayload;
  /** The conversation shows as unread again. */
  markConversationUnread: ConversationPayload;
  markNotificationsRead: MarkNotificationsReadPayload;
  /**
   * Unites two clients: channels, conversations, messages, deals, tasks, notes, files, tags, lists and the variables
   * the survivor lacks move to the survivor; the merged client is deleted and the merge recorded on both.
   */
  mergeClients: MergeClientsPayload;
  /** A system event in the client's history and timeline; the stage's responsible employee takes over, if it has one. */
  moveDeal: DealPayload;
  pauseBot: ClientPayload;
  pinComment: CommentPayload;
  pinConversation: ConversationPayload;
  pinMessage: MessagePayload;
  /** Erases a deleted client for good with everything it had (owners and admins). */
  purgeClient: PurgeClientPayload;
  reactivateOperator: OperatorPayload;
  removeClientLabels: ClientLabelsPayload;
  /** Owners and admins. */
  renameChannel: ChannelPayload;
  renameFunnel: FunnelPayload;
  renameQuickReplyFolder: QuickReplyFolderPayload;
  renameTeam: TeamPayload;
  reopenConversation: ConversationPayload;
  reopenDeal: DealPayload;
  reopenTask: TaskPayload;
  reorderFunnelStages: FunnelPayload;
  restoreClient: ClientPayload;
  resumeBot: ClientPayload;
  /** Owners and admins only. */
  revokeApiToken: RevokeApiTokenPayload;
  saveDraft: SaveDraftPayload;
  /** Creates or changes (its owner, or a manager for shared ones) a filter; it is checked like a live filter. */
  saveFilter: SavedFilterPayload;
  saveQuickReply: QuickReplyPayload;
  /** An operator's reply to the client, delivered through the conversation's channel. */
  sendMessage: SendMessagePayload;
  /** Set, transfer or clear the client's owner (managers and above may set anyone; operators may take or give away their own). */
  setClientOwner: ClientPayload;
  /** Sets several variables at once, each checked against its type; one bad value changes nothing. */
  setClientVariables: ClientPayload;
  /** Managers, admins and owners. */
  setOperatorCapacity: OperatorPayload;
  /** The caller's own presence. */
  setPresence: OperatorPayload;
  setTeamMembers: TeamPayload;
  /** Tells the other operators on the conversation that the caller is (or stopped) writing a reply. */
  setTyping: SetTypingPayload;
  /** The caller becomes the client's owner. */
  takeClient: ClientPayload;
  /** Assigns the conversation to the caller. */
  takeConversation: ConversationPayload;
  /**
   * Transfers to a team (a TEAM_ASSIGNED event in the timeline, with the comment; the assignee becomes the given
   * operator or nobody) or to an operator alone (as assignConversation). The same rules as assignConversation.
   */
  transferConversation: ConversationPayload;
  unarchiveClient: ClientPayload;
  unblockClient: ClientPayload;
  updateClient: ClientPayload;
  updateDeal: DealPayload;
  updateFunnelStage: FunnelPayload;
  /** Rename or recolour. */
  updateLabel: LabelPayload;
  /** The caller's own preferences. */
  updateMySettings: OperatorPayload;
  /** Owners and admins: name, role, password. Fields left out stay as they are. */
  updateOperator: OperatorPayload;
  /** Owners and admins only. Fields left out stay as they are. */
  updateProjectSettings: UpdateProjectSettingsPayload;
  /**
   * Operators may change, complete and reopen tasks they created, are assigned to, or that nobody is assigned to;
   * managers, admins, owners and API tokens any task.
   */
  updateTask: TaskPayload;
  updateVariableDefinition: VariableDefinitionPayload;
  widgetSend: WidgetSendPayload;
  widgetStart: WidgetStartPayload;
};


export type MutationAddClientLabelsArgs = {
  input: ClientLabelsInput;
};


export type MutationAddClientNoteArgs = {
  input: AddClientNoteInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddFunnelStageArgs = {
  input: AddFunnelStageInput;
};


export type MutationArchiveClientArgs = {
  input: ClientInput;
};


export type MutationArchiveConversationArgs = {
  input: ArchiveConversationInput;
};


export type MutationAssignConversationArgs = {
  input: AssignConversationInput;
};


export type MutationBlockClientArgs = {
  input: ClientInput;
};


export type MutationBulkClientActionArgs = {
  input: BulkClientActionInput;
};


export type MutationChangeMyPasswordArgs = {
  input: ChangeMyPasswordInput;
};


export type MutationCloseConversationArgs = {
  input: ConversationInput;
};


export type MutationCloseDealArgs = {
  input: CloseDealInput;
};


export type MutationCompleteTaskArgs = {
  input: TaskInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateChannelArgs = {
  input: CreateChannelInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateFunnelArgs = {
  input: CreateFunnelInput;
};


export type MutationCreateLabelArgs = {
  input: CreateLabelInput;
};


export type MutationCreateOperatorArgs = {
  input: CreateOperatorInput;
};


export type MutationCreateQuickReplyFolderArgs = {
  input: CreateQuickReplyFolderInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateVariableDefinitionArgs = {
  input: CreateVariableDefinitionInput;
};


export type MutationDeactivateOperatorArgs = {
  input: OperatorIdInput;
};


export type MutationDeleteClientArgs = {
  input: ClientInput;
};


export type MutationDeleteCommentArgs = {
  input: CommentInput;
};


export type MutationDeleteFilterArgs = {
  input: SavedFilterInput;
};


export type MutationDeleteLabelArgs = {
  input: LabelInput;
};


export type MutationDeleteLibraryFileArgs = {
  input: FileInput;
};


export type MutationDeleteMessageArgs = {
  input: MessageInput;
};


export type MutationDeleteQuickReplyArgs = {
  input: QuickReplyInput;
};


export type MutationDeleteQuickReplyFolderArgs = {
  input: QuickReplyFolderInput;
};


export type MutationDeleteTaskArgs = {
  input: TaskInput;
};


export type MutationDeleteTeamArgs = {
  input: TeamInput;
};


export type MutationDeleteVariableDefinitionArgs = {
  input: VariableDefinitionInput;
};


export type MutationDuplicateFilterArgs = {
  input: DuplicateFilterInput;
};


export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


export type MutationEditMessageArgs = {
  input: EditMessageInput;
};


export type MutationExportClientsArgs = {
  input: ExportClientsInput;
};


export type MutationForwardMessageArgs = {
  input: ForwardMessageInput;
};


export type MutationImportClientsArgs = {
  input: ImportClientsInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkConversationReadArgs = {
  input: ConversationInput;
};


export type MutationMarkConversationUnreadArgs = {
  input: ConversationInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMergeClientsArgs = {
  input: MergeClientsInput;
};


export type MutationMoveDealArgs = {
  input: MoveDealInput;
};


export type MutationPauseBotArgs = {
  input: PauseBotInput;
};


export type MutationPinCommentArgs = {
  input: PinCommentInput;
};


export type MutationPinConversationArgs = {
  input: PinConversationInput;
};


export type MutationPinMessageArgs = {
  input: PinMessageInput;
};


export type MutationPurgeClientArgs = {
  input: ClientInput;
};


export type MutationReactivateOperatorArgs = {
  input: OperatorIdInput;
};


export type MutationRemoveClientLabelsArgs = {
  input: ClientLabelsInput;
};


export type MutationRenameChannelArgs = {
  input: RenameChannelInput;
};


export type MutationRenameFunnelArgs = {
  input: UpdateFunnelInput;
};


export type MutationRenameQuickReplyFolderArgs = {
  input: RenameQuickReplyFolderInput;
};


export type MutationRenameTeamArgs = {
  input: RenameTeamInput;
};


export type MutationReopenConversationArgs = {
  input: ConversationInput;
};


export type MutationReopenDealArgs = {
  input: DealInput;
};


export type MutationReopenTaskArgs = {
  input: TaskInput;
};


export type MutationReorderFunnelStagesArgs = {
  input: ReorderFunnelStagesInput;
};


export type MutationRestoreClientArgs = {
  input: ClientInput;
};


export type MutationResumeBotArgs = {
  input: ClientInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationSaveDraftArgs = {
  input: SaveDraftInput;
};


export type MutationSaveFilterArgs = {
  input: SaveFilterInput;
};


export type MutationSaveQuickReplyArgs = {
  input: SaveQuickReplyInput;
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSetClientOwnerArgs = {
  input: SetClientOwnerInput;
};


export type MutationSetClientVariablesArgs = {
  input: SetClientVariablesInput;
};


export type MutationSetOperatorCapacityArgs = {
  input: SetOperatorCapacityInput;
};


export type MutationSetPresenceArgs = {
  input: SetPresenceInput;
};


export type MutationSetTeamMembersArgs = {
  input: SetTeamMembersInput;
};


export type MutationSetTypingArgs = {
  input: SetTypingInput;
};


export type MutationTakeClientArgs = {
  input: ClientInput;
};


export type MutationTakeConversationArgs = {
  input: ConversationInput;
};


export type MutationTransferConversationArgs = {
  input: TransferConversationInput;
};


export type MutationUnarchiveClientArgs = {
  input: ClientInput;
};


export type MutationUnblockClientArgs = {
  input: ClientInput;
};


export type MutationUpdateClientArgs = {
  input: UpdateClientInput;
};


export type MutationUpdateDealArgs = {
  input: UpdateDealInput;
};


export type MutationUpdateFunnelStageArgs = {
  input: UpdateFunnelStageInput;
};


export type MutationUpdateLabelArgs = {
  input: UpdateLabelInput;
};


export type MutationUpdateMySettingsArgs = {
  input: UpdateMySettingsInput;
};


export type MutationUpdateOperatorArgs = {
  input: UpdateOperatorInput;
};


export type MutationUpdateProjectSettingsArgs = {
  input: UpdateProjectSettingsInput;
};


export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};


export type MutationUpdateVariableDefinitionArgs = {
  input: UpdateVariableDefinitionInput;
};


export type MutationWidgetSendArgs = {
  input: WidgetSendInput;
};


export type MutationWidgetStartArgs = {
  input: WidgetStartInput;
};

/** Every object that can be fetched by its opaque global id. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Something for one operator to look at. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** Who caused it; null for a project API token. */
  actor?: Maybe<Operator>;
  comment?: Maybe<Comment>;
  /** MENTION: the comment's conversation; TASK_DUE: the client's latest conversation when it fell due, if any. */
  conversation?: Maybe<Conversation>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  /** TASK_DUE: the task; null once deleted. */
  task?: Maybe<Task>;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  /** Someone @mentioned the operator in a comment. */
  | 'MENTION'
  /** A task of the operator's (assigned, or created and unassigned) fell due. */
  | 'TASK_DUE';

/** A person of the project who works in the inbox. */
export type Operator = Node & {
  __typename?: 'Operator';
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** At most this many open conversations are distributed to the operator automatically. */
  capacity: Scalars['Int']['output'];
  /** Set when an owner or admin deactivated the operator: they cannot log in and get no conversations. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** New conversations are distributed only to ONLINE operators. */
  presence: PresenceStatus;
  /** Opening a conversation marks it read (off by default: reading is explicit). */
  readOnOpen: Scalars['Boolean']['output'];
  role: OperatorRole;
  /** The teams the operator is a member of, by name. */
  teams: Array<Team>;
};

export type OperatorIdInput = {
  operatorId: Scalars['ID']['input'];
};

export type OperatorPayload = {
  __typename?: 'OperatorPayload';
  operator?: Maybe<Operator>;
  userErrors: Array<UserError>;
};

export type OperatorRole =
  | 'ADMIN'
  | 'MANAGER'
  | 'OPERATOR'
  | 'OWNER';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PauseBotInput = {
  clientId: Scalars['ID']['input'];
  /** 1 to 720 hours; 24 by default. The bot resumes by itself afterwards. */
  hours?: InputMaybe<Scalars['Int']['input']>;
};

export type PinCommentInput = {
  commentId: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
};

export type PinConversationInput = {
  conversationId: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
};

export type PinMessageInput = {
  messageId: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
};

export type PresenceStatus =
  | 'AWAY'
  | 'OFFLINE'
  | 'ONLINE';

/** How long an operator spent in each presence status within a period, in seconds. */
export type PresenceTime = {
  __typename?: 'PresenceTime';
  away: Scalars['Int']['output'];
  offline: Scalars['Int']['output'];
  online: Scalars['Int']['output'];
  operator: Operator;
};

/** A tenant: one business. Every object belongs to exactly one project. */
export type Project = Node & {
  __typename?: 'Project';
  /** New conversations are assigned round-robin to online operators with room for more. */
  autoAssign: Scalars['Boolean']['output'];
  /** Open conversations with no activity for this long are closed automatically; null never closes them. */
  autoCloseAfterMinutes?: Maybe<Scalars['Int']['output']>;
  channels: Array<Channel>;
  id: Scalars['ID']['output'];
  /** The roles that may delete messages (operators may not unless listed). */
  messageDeletionRoles: Array<OperatorRole>;
  name: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type PurgeClientPayload = {
  __typename?: 'PurgeClientPayload';
  purgedClientId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** The project's API tokens (owners and admins only); their secrets are never shown again. */
  apiTokens: Array<ApiToken>;
  client?: Maybe<Client>;
  /** The project's recent imports and exports, newest first. */
  clientJobs: ClientJobConnection;
  /** The Audience: the project's clients, by last activity (or creation), with the inbox's filters. */
  clients: ClientConnection;
  conversation?: Maybe<Conversation>;
  /**
   * The project's conversations in a section, by last activity. Pinned ones are left out: they come from
   * pinnedConversations, to be shown on top. `first` is at most 100.
   */
  conversations: ConversationConnection;
  /** The project's library of files for attachments, newest first. */
  fileLibrary: FileConnection;
  fileLibraryUsage: FileLibraryUsage;
  funnels: Array<Funnel>;
  /** The project's tags or lists, by name. */
  labels: Array<Label>;
  me: Viewer;
  /** Any object of the caller's project by its global id; objects of other projects answer null. */
  node?: Maybe<Node>;
  /** Several objects by their global ids (at most 100), in the same order; unknown or foreign ids answer null. */
  nodes: Array<Maybe<Node>>;
  /** The caller's notifications, newest first. */
  notifications: NotificationConnection;
  /** The project's operators, by name: the active ones, or also the deactivated ones (owners and admins). */
  operators: Array<Operator>;
  /** The pinned conversations of a section, most recently pinned first (at most 100). */
  pinnedConversations: Array<Conversation>;
  /** Time each operator spent online, away and offline between `from` and `to` (managers, admins, owners). */
  presenceReport: Array<PresenceTime>;
  /** Quick replies by title, newest first; `search` finds words in the title or the text, `folderId` keeps to one folder. */
  quickReplies: Array<QuickReply>;
  quickReplyFolders: Array<QuickReplyFolder>;
  /** A quick reply's text with its variables filled for a conversation's client, ready for the composer. */
  renderQuickReply?: Maybe<Scalars['String']['output']>;
  /** The caller's own filters and those shared with the project, by name. */
  savedFilters: Array<SavedFilter>;
  /** The project's tasks by due time (undated last). `first` is at most 100. */
  tasks: TaskConnection;
  /** The project's teams, by name. */
  teams: Array<Team>;
  unreadNotificationCount: Scalars['Int']['output'];
  variableDefinitions: Array<VariableDefinition>;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ClientOrder>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ConversationOrder>;
};


export type QueryFileLibraryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLabelsArgs = {
  kind: LabelKind;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOperatorsArgs = {
  includeDeactivated?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPinnedConversationsArgs = {
  filter?: InputMaybe<ConversationFilter>;
};


export type QueryPresenceReportArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryQuickRepliesArgs = {
  folderId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRenderQuickReplyArgs = {
  conversationId: Scalars['ID']['input'];
  quickReplyId: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVariableDefinitionsArgs = {
  scope: VariableScope;
};

/**
 * A saved answer for the composer. Its text may hold variables filled per client on use: #{name}, #{first_name},
 * #{phone}, #{email}, #{operator} (the operator sending it), #{project}.
 */
export type QuickReply = Node & {
  __typename?: 'QuickReply';
  folder?: Maybe<QuickReplyFolder>;
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type QuickReplyFolder = Node & {
  __typename?: 'QuickReplyFolder';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type QuickReplyFolderInput = {
  folderId: Scalars['ID']['input'];
};

export type QuickReplyFolderPayload = {
  __typename?: 'QuickReplyFolderPayload';
  folder?: Maybe<QuickReplyFolder>;
  userErrors: Array<UserError>;
};

export type QuickReplyInput = {
  quickReplyId: Scalars['ID']['input'];
};

export type QuickReplyPayload = {
  __typename?: 'QuickReplyPayload';
  quickReply?: Maybe<QuickReply>;
  userErrors: Array<UserError>;
};

export type RenameChannelInput = {
  channelId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type RenameQuickReplyFolderInput = {
  folderId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type RenameTeamInput = {
  name: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type ReorderFunnelStagesInput = {
  funnelId: Scalars['ID']['input'];
  /** Every stage of the funnel, in the new order. */
  stageIds: Array<Scalars['ID']['input']>;
};

export type RevokeApiTokenInput = {
  apiTokenId: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The id of the revoked token; it stops working at once, also on open subscriptions. */
  revokedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type SalesTotal = {
  __typename?: 'SalesTotal';
  amount: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type SaveDraftInput = {
  conversationId: Scalars['ID']['input'];
  /** An empty text clears the draft. */
  text: Scalars['String']['input'];
};

export type SaveDraftPayload = {
  __typename?: 'SaveDraftPayload';
  /** The draft as saved; null when the text was empty (the draft was cleared). */
  draft?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type SaveFilterInput = {
  filter: ConversationFilter;
  name: Scalars['String']['input'];
  /** Left out to create a new one. */
  savedFilterId?: InputMaybe<Scalars['ID']['input']>;
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SaveQuickReplyInput = {
  folderId?: InputMaybe<Scalars['ID']['input']>;
  /** Left out to create a new one. */
  quickReplyId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type SavedCondition = {
  __typename?: 'SavedCondition';
  allOf?: Maybe<Array<Scalars['String']['output']>>;
  anyOf?: Maybe<Array<Scalars['String']['output']>>;
  contains?: Maybe<Scalars['String']['output']>;
  equals?: Maybe<Scalars['String']['output']>;
  field: ConditionField;
  from?: Maybe<Scalars['DateTime']['output']>;
  is?: Maybe<Scalars['Boolean']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  to?: Maybe<Scalars['DateTime']['output']>;
  variable?: Maybe<Scalars['String']['output']>;
};

/** A saved ConversationFilter, as it was given. */
export type SavedConversationFilter = {
  __typename?: 'SavedConversationFilter';
  conditions: Array<SavedCondition>;
  match: ConditionMatch;
  search?: Maybe<Scalars['String']['output']>;
  section: ConversationSection;
};

/** A named chat-list filter: the operator's own, or shared with the whole project. */
export type SavedFilter = Node & {
  __typename?: 'SavedFilter';
  /** Pass it to `conversations(filter:)`. */
  filter: SavedConversationFilter;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Operator;
  shared: Scalars['Boolean']['output'];
};

export type SavedFilterInput = {
  savedFilterId: Scalars['ID']['input'];
};

export type SavedFilterPayload = {
  __typename?: 'SavedFilterPayload';
  savedFilter?: Maybe<SavedFilter>;
  userErrors: Array<UserError>;
};

/** A message that matches search words, with the matching words marked. */
export type SearchHit = {
  __typename?: 'SearchHit';
  highlight: Array<TextSegment>;
  message: Message;
};

export type SendMessageInput = {
  /** Send on behalf of the bot: the client sees the bot, the timeline still shows which operator wrote it. */
  asBot?: InputMaybe<Scalars['Boolean']['input']>;
  conversationId: Scalars['ID']['input'];
  /**
   * Files to send with the message (at most 10): the library's, or uploaded with `POST /files` and not sent yet.
   * With files, the text may be empty.
   */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A key chosen by the caller (1 to 100 characters): sending again with the same key returns the first message instead of storing a second one. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** Stored as QUEUED; delivery status changes arrive on the subscriptions. */
  message?: Maybe<Message>;
  userErrors: Array<UserError>;
};

export type SenderKind =
  | 'BOT'
  | 'CLIENT'
  | 'OPERATOR'
  | 'SYSTEM';

export type SetClientOwnerInput = {
  clientId: Scalars['ID']['input'];
  /** Said with a transfer; kept in the client's history. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Null: nobody owns the client. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetClientVariablesInput = {
  clientId: Scalars['ID']['input'];
  values: Array<VariableValueInput>;
};

export type SetOperatorCapacityInput = {
  /** 0 to 1000; 0 takes the operator out of automatic distribution. */
  capacity: Scalars['Int']['input'];
  operatorId: Scalars['ID']['input'];
};

export type SetPresenceInput = {
  status: PresenceStatus;
};

export type SetTeamMembersInput = {
  /** The whole new membership: operators of the project. */
  operatorIds: Array<Scalars['ID']['input']>;
  teamId: Scalars['ID']['input'];
};

export type SetTypingInput = {
  conversationId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
};

export type SetTypingPayload = {
  __typename?: 'SetTypingPayload';
  /** Whether the caller is shown typing now. */
  typing?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Progress of one import or export. */
  clientJobUpdated: ClientJob;
  /** Every change to one client of the caller's project (profile, tags, variables, deals, tasks…). */
  clientUpdated: ClientUpdate;
  /**
   * Every change to the project's clients (profile, owner, tags and lists, variables, deals, tasks, archive, block,
   * delete…): their ids only, on the project's clients topic; load what you show (`nodes(ids:)`).
   */
  clientsChanged: ClientsChanged;
  /**
   * The other operators viewing and typing in a conversation. Subscribing marks the caller as viewing it (until the
   * subscription ends), and the operators already there announce themselves.
   */
  conversationActivity: ConversationActivity;
  /** New messages and status changes of one conversation. */
  conversationMessages: Message;
  /** Everything new in one conversation's timeline: messages (also on status changes) and system events. */
  conversationTimeline: TimelineItem;
  /** Every change in the caller's project inbox. */
  inboxEvents: InboxEvent;
  /** The caller's new notifications, as they happen. */
  notificationAdded: Notification;
  /** Operators of the project going online, away or offline. */
  operatorPresence: Operator;
  /** Every change to the project's tasks (only one client's, with `clientId`). */
  taskEvents: TaskEvent;
  /** New messages of the visitor's conversation (its own and the operators' replies). */
  widgetMessages: WidgetMessage;
};


export type SubscriptionClientJobUpdatedArgs = {
  jobId: Scalars['ID']['input'];
};


export type SubscriptionClientUpdatedArgs = {
  clientId: Scalars['ID']['input'];
};


export type SubscriptionConversationActivityArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionConversationMessagesArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionConversationTimelineArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionTaskEventsArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A to-do about a client for an employee ("call back on Monday"). Clients with an open task make up the inbox's
 * IMPORTANT section; when a task falls due, its assignee (or its creator, when unassigned) is notified once.
 */
export type Task = Node & {
  __typename?: 'Task';
  /** Who should do it; null for anyone. */
  assignee?: Maybe<Operator>;
  client: Client;
  completed: Scalars['Boolean']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Null when created through an API token (or the operator was removed). */
  createdBy?: Maybe<Operator>;
  description?: Maybe<Scalars['String']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Open and past its due time. */
  overdue: Scalars['Boolean']['output'];
  priority: TaskPriority;
  title: Scalars['String']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskEvent = {
  __typename?: 'TaskEvent';
  client: Client;
  kind: TaskEventKind;
  /** The task as it is now; null once deleted. */
  task?: Maybe<Task>;
  taskId: Scalars['ID']['output'];
};

export type TaskEventKind =
  | 'CREATED'
  | 'DELETED'
  /** Changed, completed or reopened. */
  | 'UPDATED';

export type TaskFilter = {
  /** Only the caller's own tasks (assigned to them). */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this client's tasks. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks due before this time (tasks without a due time are left out). */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<TaskStatus>;
};

export type TaskInput = {
  taskId: Scalars['ID']['input'];
};

export type TaskPayload = {
  __typename?: 'TaskPayload';
  task?: Maybe<Task>;
  userErrors: Array<UserError>;
};

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TaskStatus =
  | 'ALL'
  | 'COMPLETED'
  | 'OPEN';

/**
 * A group of operators (sales, support…). Conversations can be transferred to a team (transferConversation); the
 * inbox's TEAM section lists one team's conversations.
 */
export type Team = Node & {
  __typename?: 'Team';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** By name. */
  members: Array<Operator>;
  name: Scalars['String']['output'];
};

export type TeamInput = {
  teamId: Scalars['ID']['input'];
};

export type TeamPayload = {
  __typename?: 'TeamPayload';
  team?: Maybe<Team>;
  userErrors: Array<UserError>;
};

/** A piece of text, marked where it matches the search words. */
export type TextSegment = {
  __typename?: 'TextSegment';
  match: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

/** What a conversation's timeline holds: the messages and the system events between them. */
export type TimelineItem = ClientActivity | Comment | ConversationEvent | Message;

export type TransferConversationInput = {
  /** Shown in the timeline with the transfer. */
  comment?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  /** The operator to hand it to (with or without a team); one of teamId and operatorId is required. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  /** The team to hand it to; without an operator it waits there, unassigned, for a member to take it. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change; an empty string clears an optional field. */
export type UpdateClientInput = {
  clientId: Scalars['ID']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  tracking?: InputMaybe<ClientTrackingInput>;
};

export type UpdateDealInput = {
  budget?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  dealId: Scalars['ID']['input'];
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  variables?: InputMaybe<Array<VariableValueInput>>;
};

export type UpdateFunnelInput = {
  funnelId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type UpdateFunnelStageInput = {
  clearResponsible?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null leaves it; use clearResponsible to remove. */
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  stageId: Scalars['ID']['input'];
};

export type UpdateLabelInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  labelId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMySettingsInput = {
  readOnOpen?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateOperatorInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  operatorId: Scalars['ID']['input'];
  /** Sets a new password (8 to 200 characters) and ends all their sessions. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** OWNER (or changing an owner) only by an owner; not your own role; a project keeps at least one active owner. */
  role?: InputMaybe<OperatorRole>;
};

export type UpdateProjectSettingsInput = {
  autoAssign?: InputMaybe<Scalars['Boolean']['input']>;
  /** From 5 minutes to 90 days; null turns automatic closing off. */
  autoCloseAfterMinutes?: InputMaybe<Scalars['Int']['input']>;
  messageDeletionRoles?: InputMaybe<Array<OperatorRole>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** An IANA time zone, e.g. Europe/Moscow: for display and schedules. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProjectSettingsPayload = {
  __typename?: 'UpdateProjectSettingsPayload';
  project?: Maybe<Project>;
  userErrors: Array<UserError>;
};

/** Fields left out stay as they are; an explicit null clears description, dueAt and assigneeId. */
export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Changing it re-arms the due notification. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  priority?: InputMaybe<TaskPriority>;
  taskId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateVariableDefinitionInput = {
  definitionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** An expected failure of a mutation: validation, limits, permissions. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** The input field the error is about, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  /** Too many attempts in a short time (logins, new web chat visitors): the message says when to try again. */
  | 'THROTTLED';

/** A custom variable of clients or deals: its key (as in `#{key}` of quick replies), label and type. */
export type VariableDefinition = Node & {
  __typename?: 'VariableDefinition';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  scope: VariableScope;
  type: VariableType;
};

export type VariableDefinitionInput = {
  definitionId: Scalars['ID']['input'];
};

export type VariableDefinitionPayload = {
  __typename?: 'VariableDefinitionPayload';
  definition?: Maybe<VariableDefinition>;
  userErrors: Array<UserError>;
};

export type VariableScope =
  | 'CLIENT'
  | 'DEAL';

export type VariableType =
  | 'BOOLEAN'
  /** An ISO date, YYYY-MM-DD. */
  | 'DATE'
  | 'NUMBER'
  | 'TEXT';

/** A variable's value, as text: numbers in decimal, dates as YYYY-MM-DD, yes/no as true/false; null when unset. */
export type VariableValue = {
  __typename?: 'VariableValue';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** System variables (id, channel, created…) are shown, never edited. */
  system: Scalars['Boolean']['output'];
  type: VariableType;
  value?: Maybe<Scalars['String']['output']>;
};

export type VariableValueInput = {
  key: Scalars['String']['input'];
  /** Null or empty clears the variable. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Who is calling: an operator's session or a project API token. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Null when the caller is a project API token. */
  operator?: Maybe<Operator>;
  project: Project;
};

/** A file of the visitor's conversation, as the web chat widget shows it. */
export type WidgetFile = {
  __typename?: 'WidgetFile';
  contentType: Scalars['String']['output'];
  downloadUrl: Scalars['String']['output'];
  kind: FileKind;
  name: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

export type WidgetMessage = Node & {
  __typename?: 'WidgetMessage';
  attachments: Array<WidgetFile>;
  /** The operator's display name for operator replies. */
  authorName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** A message deleted after it reached the widget: the live event that tells the widget to remove it. */
  deleted: Scalars['Boolean']['output'];
  direction: MessageDirection;
  /** Set when the message was edited after sending. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  senderKind: SenderKind;
  text: Scalars['String']['output'];
};

export type WidgetSendInput = {
  /** A key chosen by the widget (1 to 100 characters): sending again with the same key stores one message. */
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type WidgetSendPayload = {
  __typename?: 'WidgetSendPayload';
  message?: Maybe<WidgetMessage>;
  userErrors: Array<UserError>;
};

export type WidgetSession = {
  __typename?: 'WidgetSession';
  channelName: Scalars['String']['output'];
  /** Oldest first, the last 100. */
  messages: Array<WidgetMessage>;
  /** Keep it (the widget stores it in localStorage) to come back as the same client. */
  visitorToken: Scalars['String']['output'];
};

export type WidgetStartInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  publicKey: Scalars['String']['input'];
  /** A token from an earlier `widgetStart` on this channel; unknown tokens start a new visitor. */
  visitorToken?: InputMaybe<Scalars['String']['input']>;
};

export type WidgetStartPayload = {
  __typename?: 'WidgetStartPayload';
  session?: Maybe<WidgetSession>;
  userErrors: Array<UserError>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  TimelineItem:
    | ( ClientActivityRowModel )
    | ( CommentRowModel )
    | ( ConversationEventRowModel )
    | ( MessageRowModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ApiTokenRowModel )
    | ( ChannelRowModel )
    | ( ClientRowModel )
    | ( ClientActivityRowModel )
    | ( ClientChannelRowModel )
    | ( ClientJobRowModel )
    | ( CommentRowModel )
    | ( FoundConversationModel )
    | ( ConversationEventRowModel )
    | ( DealRowModel )
    | ( StoredFileRowModel )
    | ( FunnelRowModel )
    | ( FunnelStageRowModel )
    | ( LabelRowModel )
    | ( MessageRowModel )
    | ( NotificationRowModel )
    | ( OperatorRowModel )
    | ( ProjectRowModel )
    | ( QuickReplyRowModel )
    | ( QuickReplyFolderRowModel )
    | ( SavedFilterRowModel )
    | ( TaskRowModel )
    | ( TeamRowModel )
    | ( VariableDefinitionRowModel )
    | ( MessageRowModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddClientNoteInput: AddClientNoteInput;
  AddCommentInput: AddCommentInput;
  AddFunnelStageInput: AddFunnelStageInput;
  ApiToken: ResolverTypeWrapper<ApiTokenRowModel>;
  ArchiveConversationInput: ArchiveConversationInput;
  AssignConversationInput: AssignConversationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkClientAction: BulkClientAction;
  BulkClientActionInput: BulkClientActionInput;
  BulkClientActionPayload: ResolverTypeWrapper<Omit<BulkClientActionPayload, 'clients'> & { clients?: Maybe<Array<ResolversTypes['Client']>> }>;
  ChangeMyPasswordInput: ChangeMyPasswordInput;
  ChangeMyPasswordPayload: ResolverTypeWrapper<ChangeMyPasswordPayload>;
  Channel: ResolverTypeWrapper<ChannelRowModel>;
  ChannelKind: ChannelKind;
  ChannelPayload: ResolverTypeWrapper<Omit<ChannelPayload, 'channel'> & { channel?: Maybe<ResolversTypes['Channel']> }>;
  Client: ResolverTypeWrapper<ClientRowModel>;
  ClientActivity: ResolverTypeWrapper<ClientActivityRowModel>;
  ClientActivityConnection: ResolverTypeWrapper<AnyConnectionModel>;
  ClientActivityEdge: ResolverTypeWrapper<Omit<ClientActivityEdge, 'node'> & { node: ResolversTypes['ClientActivity'] }>;
  ClientActivityType: ClientActivityType;
  ClientChannel: ResolverTypeWrapper<ClientChannelRowModel>;
  ClientConnection: ResolverTypeWrapper<AnyConnectionModel>;
  ClientEdge: ResolverTypeWrapper<Omit<ClientEdge, 'node'> & { node: ResolversTypes['Client'] }>;
  ClientFilter: ClientFilter;
  ClientInput: ClientInput;
  ClientJob: ResolverTypeWrapper<ClientJobRowModel>;
  ClientJobConnection: ResolverTypeWrapper<AnyConnectionModel>;
  ClientJobEdge: ResolverTypeWrapper<Omit<ClientJobEdge, 'node'> & { node: ResolversTypes['ClientJob'] }>;
  ClientJobError: ResolverTypeWrapper<ClientJobError>;
  ClientJobKind: ClientJobKind;
  ClientJobPayload: ResolverTypeWrapper<Omit<ClientJobPayload, 'job'> & { job?: Maybe<ResolversTypes['ClientJob']> }>;
  ClientJobStatus: ClientJobStatus;
  ClientLabelsInput: ClientLabelsInput;
  ClientLabelsPayload: ResolverTypeWrapper<Omit<ClientLabelsPayload, 'clients'> & { clients?: Maybe<Array<ResolversTypes['Client']>> }>;
  ClientOrder: ClientOrder;
  ClientPayload: ResolverTypeWrapper<Omit<ClientPayload, 'client'> & { client?: Maybe<ResolversTypes['Client']> }>;
  ClientSection: ClientSection;
  ClientStage: ResolverTypeWrapper<ClientStageModelModel>;
  ClientTracking: ResolverTypeWrapper<ClientTracking>;
  ClientTrackingInput: ClientTrackingInput;
  ClientUpdate: ResolverTypeWrapper<ClientUpdateModelModel>;
  ClientsChanged: ResolverTypeWrapper<ClientsChanged>;
  CloseDealInput: CloseDealInput;
  Comment: ResolverTypeWrapper<CommentRowModel>;
  CommentConnection: ResolverTypeWrapper<AnyConnectionModel>;
  CommentEdge: ResolverTypeWrapper<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>;
  CommentInput: CommentInput;
  CommentPayload: ResolverTypeWrapper<Omit<CommentPayload, 'comment'> & { comment?: Maybe<ResolversTypes['Comment']> }>;
  ConditionField: ConditionField;
  ConditionMatch: ConditionMatch;
  Conversation: ResolverTypeWrapper<FoundConversationModel>;
  ConversationActivity: ResolverTypeWrapper<Omit<ConversationActivity, 'operator'> & { operator: ResolversTypes['Operator'] }>;
  ConversationCondition: ConversationCondition;
  ConversationConnection: ResolverTypeWrapper<Omit<ConversationConnection, 'edges'> & { edges: Array<ResolversTypes['ConversationEdge']> }>;
  ConversationEdge: ResolverTypeWrapper<Omit<ConversationEdge, 'node'> & { node: ResolversTypes['Conversation'] }>;
  ConversationEvent: ResolverTypeWrapper<ConversationEventRowModel>;
  ConversationEventType: ConversationEventType;
  ConversationFilter: ConversationFilter;
  ConversationInput: ConversationInput;
  ConversationOrder: ConversationOrder;
  ConversationPayload: ResolverTypeWrapper<Omit<ConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversTypes['Conversation']> }>;
  ConversationSection: ConversationSection;
  ConversationStatus: ConversationStatus;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  CreateChannelInput: CreateChannelInput;
  CreateDealInput: CreateDealInput;
  CreateFunnelInput: CreateFunnelInput;
  CreateLabelInput: CreateLabelInput;
  CreateOperatorInput: CreateOperatorInput;
  CreateQuickReplyFolderInput: CreateQuickReplyFolderInput;
  CreateTaskInput: CreateTaskInput;
  CreateTeamInput: CreateTeamInput;
  CreateVariableDefinitionInput: CreateVariableDefinitionInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealRowModel>;
  DealConnection: ResolverTypeWrapper<AnyConnectionModel>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealInput: DealInput;
  DealPayload: ResolverTypeWrapper<Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversTypes['Deal']> }>;
  DealStatus: DealStatus;
  DeleteLabelPayload: ResolverTypeWrapper<DeleteLabelPayload>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DeleteVariableDefinitionPayload: ResolverTypeWrapper<DeleteVariableDefinitionPayload>;
  DuplicateFilterInput: DuplicateFilterInput;
  EditCommentInput: EditCommentInput;
  EditMessageInput: EditMessageInput;
  ExportClientsInput: ExportClientsInput;
  File: ResolverTypeWrapper<StoredFileRowModel>;
  FileConnection: ResolverTypeWrapper<AnyConnectionModel>;
  FileEdge: ResolverTypeWrapper<Omit<FileEdge, 'node'> & { node: ResolversTypes['File'] }>;
  FileInput: FileInput;
  FileKind: FileKind;
  FileLibraryUsage: ResolverTypeWrapper<FileLibraryUsage>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForwardMessageInput: ForwardMessageInput;
  Funnel: ResolverTypeWrapper<FunnelRowModel>;
  FunnelPayload: ResolverTypeWrapper<Omit<FunnelPayload, 'funnel'> & { funnel?: Maybe<ResolversTypes['Funnel']> }>;
  FunnelStage: ResolverTypeWrapper<FunnelStageRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportClientsInput: ImportClientsInput;
  InboxEvent: ResolverTypeWrapper<InboxEventModel>;
  InboxEventKind: InboxEventKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Label: ResolverTypeWrapper<LabelRowModel>;
  LabelInput: LabelInput;
  LabelKind: LabelKind;
  LabelPayload: ResolverTypeWrapper<Omit<LabelPayload, 'label'> & { label?: Maybe<ResolversTypes['Label']> }>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  MergeClientsInput: MergeClientsInput;
  MergeClientsPayload: ResolverTypeWrapper<Omit<MergeClientsPayload, 'client'> & { client?: Maybe<ResolversTypes['Client']> }>;
  Message: ResolverTypeWrapper<MessageRowModel>;
  MessageConnection: ResolverTypeWrapper<AnyConnectionModel>;
  MessageDirection: MessageDirection;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageInput: MessageInput;
  MessagePayload: ResolverTypeWrapper<Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  MessageStatus: MessageStatus;
  MoveDealInput: MoveDealInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationRowModel>;
  NotificationConnection: ResolverTypeWrapper<AnyConnectionModel>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  Operator: ResolverTypeWrapper<OperatorRowModel>;
  OperatorIdInput: OperatorIdInput;
  OperatorPayload: ResolverTypeWrapper<Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversTypes['Operator']> }>;
  OperatorRole: OperatorRole;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PauseBotInput: PauseBotInput;
  PinCommentInput: PinCommentInput;
  PinConversationInput: PinConversationInput;
  PinMessageInput: PinMessageInput;
  PresenceStatus: PresenceStatus;
  PresenceTime: ResolverTypeWrapper<Omit<PresenceTime, 'operator'> & { operator: ResolversTypes['Operator'] }>;
  Project: ResolverTypeWrapper<ProjectRowModel>;
  PurgeClientPayload: ResolverTypeWrapper<PurgeClientPayload>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuickReply: ResolverTypeWrapper<QuickReplyRowModel>;
  QuickReplyFolder: ResolverTypeWrapper<QuickReplyFolderRowModel>;
  QuickReplyFolderInput: QuickReplyFolderInput;
  QuickReplyFolderPayload: ResolverTypeWrapper<Omit<QuickReplyFolderPayload, 'folder'> & { folder?: Maybe<ResolversTypes['QuickReplyFolder']> }>;
  QuickReplyInput: QuickReplyInput;
  QuickReplyPayload: ResolverTypeWrapper<Omit<QuickReplyPayload, 'quickReply'> & { quickReply?: Maybe<ResolversTypes['QuickReply']> }>;
  RenameChannelInput: RenameChannelInput;
  RenameQuickReplyFolderInput: RenameQuickReplyFolderInput;
  RenameTeamInput: RenameTeamInput;
  ReorderFunnelStagesInput: ReorderFunnelStagesInput;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: ResolverTypeWrapper<RevokeApiTokenPayload>;
  SalesTotal: ResolverTypeWrapper<SalesTotal>;
  SaveDraftInput: SaveDraftInput;
  SaveDraftPayload: ResolverTypeWrapper<SaveDraftPayload>;
  SaveFilterInput: SaveFilterInput;
  SaveQuickReplyInput: SaveQuickReplyInput;
  SavedCondition: ResolverTypeWrapper<SavedCondition>;
  SavedConversationFilter: ResolverTypeWrapper<SavedConversationFilter>;
  SavedFilter: ResolverTypeWrapper<SavedFilterRowModel>;
  SavedFilterInput: SavedFilterInput;
  SavedFilterPayload: ResolverTypeWrapper<Omit<SavedFilterPayload, 'savedFilter'> & { savedFilter?: Maybe<ResolversTypes['SavedFilter']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitModelModel>;
  SendMessageInput: SendMessageInput;
  SendMessagePayload: ResolverTypeWrapper<Omit<SendMessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  SenderKind: SenderKind;
  SetClientOwnerInput: SetClientOwnerInput;
  SetClientVariablesInput: SetClientVariablesInput;
  SetOperatorCapacityInput: SetOperatorCapacityInput;
  SetPresenceInput: SetPresenceInput;
  SetTeamMembersInput: SetTeamMembersInput;
  SetTypingInput: SetTypingInput;
  SetTypingPayload: ResolverTypeWrapper<SetTypingPayload>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskRowModel>;
  TaskConnection: ResolverTypeWrapper<AnyConnectionModel>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskEvent: ResolverTypeWrapper<TaskEventMessageModel>;
  TaskEventKind: TaskEventKind;
  TaskFilter: TaskFilter;
  TaskInput: TaskInput;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversTypes['Task']> }>;
  TaskPriority: TaskPriority;
  TaskStatus: TaskStatus;
  Team: ResolverTypeWrapper<TeamRowModel>;
  TeamInput: TeamInput;
  TeamPayload: ResolverTypeWrapper<Omit<TeamPayload, 'team'> & { team?: Maybe<ResolversTypes['Team']> }>;
  TextSegment: ResolverTypeWrapper<TextSegment>;
  TimelineConnection: ResolverTypeWrapper<AnyConnectionModel>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineItem'] }>;
  TimelineItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TimelineItem']>;
  TransferConversationInput: TransferConversationInput;
  UpdateClientInput: UpdateClientInput;
  UpdateDealInput: UpdateDealInput;
  UpdateFunnelInput: UpdateFunnelInput;
  UpdateFunnelStageInput: UpdateFunnelStageInput;
  UpdateLabelInput: UpdateLabelInput;
  UpdateMySettingsInput: UpdateMySettingsInput;
  UpdateOperatorInput: UpdateOperatorInput;
  UpdateProjectSettingsInput: UpdateProjectSettingsInput;
  UpdateProjectSettingsPayload: ResolverTypeWrapper<Omit<UpdateProjectSettingsPayload, 'project'> & { project?: Maybe<ResolversTypes['Project']> }>;
  UpdateTaskInput: UpdateTaskInput;
  UpdateVariableDefinitionInput: UpdateVariableDefinitionInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  VariableDefinition: ResolverTypeWrapper<VariableDefinitionRowModel>;
  VariableDefinitionInput: VariableDefinitionInput;
  VariableDefinitionPayload: ResolverTypeWrapper<Omit<VariableDefinitionPayload, 'definition'> & { definition?: Maybe<ResolversTypes['VariableDefinition']> }>;
  VariableScope: VariableScope;
  VariableType: VariableType;
  VariableValue: ResolverTypeWrapper<VariableValue>;
  VariableValueInput: VariableValueInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WidgetFile: ResolverTypeWrapper<StoredFileRowModel>;
  WidgetMessage: ResolverTypeWrapper<MessageRowModel>;
  WidgetSendInput: WidgetSendInput;
  WidgetSendPayload: ResolverTypeWrapper<Omit<WidgetSendPayload, 'message'> & { message?: Maybe<ResolversTypes['WidgetMessage']> }>;
  WidgetSession: ResolverTypeWrapper<Omit<WidgetSession, 'messages'> & { messages: Array<ResolversTypes['WidgetMessage']> }>;
  WidgetStartInput: WidgetStartInput;
  WidgetStartPayload: ResolverTypeWrapper<Omit<WidgetStartPayload, 'session'> & { session?: Maybe<ResolversTypes['WidgetSession']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddClientNoteInput: AddClientNoteInput;
  AddCommentInput: AddCommentInput;
  AddFunnelStageInput: AddFunnelStageInput;
  ApiToken: ApiTokenRowModel;
  ArchiveConversationInput: ArchiveConversationInput;
  AssignConversationInput: AssignConversationInput;
  Boolean: Scalars['Boolean']['output'];
  BulkClientActionInput: BulkClientActionInput;
  BulkClientActionPayload: Omit<BulkClientActionPayload, 'clients'> & { clients?: Maybe<Array<ResolversParentTypes['Client']>> };
  ChangeMyPasswordInput: ChangeMyPasswordInput;
  ChangeMyPasswordPayload: ChangeMyPasswordPayload;
  Channel: ChannelRowModel;
  ChannelPayload: Omit<ChannelPayload, 'channel'> & { channel?: Maybe<ResolversParentTypes['Channel']> };
  Client: ClientRowModel;
  ClientActivity: ClientActivityRowModel;
  ClientActivityConnection: AnyConnectionModel;
  ClientActivityEdge: Omit<ClientActivityEdge, 'node'> & { node: ResolversParentTypes['ClientActivity'] };
  ClientChannel: ClientChannelRowModel;
  ClientConnection: AnyConnectionModel;
  ClientEdge: Omit<ClientEdge, 'node'> & { node: ResolversParentTypes['Client'] };
  ClientFilter: ClientFilter;
  ClientInput: ClientInput;
  ClientJob: ClientJobRowModel;
  ClientJobConnection: AnyConnectionModel;
  ClientJobEdge: Omit<ClientJobEdge, 'node'> & { node: ResolversParentTypes['ClientJob'] };
  ClientJobError: ClientJobError;
  ClientJobPayload: Omit<ClientJobPayload, 'job'> & { job?: Maybe<ResolversParentTypes['ClientJob']> };
  ClientLabelsInput: ClientLabelsInput;
  ClientLabelsPayload: Omit<ClientLabelsPayload, 'clients'> & { clients?: Maybe<Array<ResolversParentTypes['Client']>> };
  ClientPayload: Omit<ClientPayload, 'client'> & { client?: Maybe<ResolversParentTypes['Client']> };
  ClientStage: ClientStageModelModel;
  ClientTracking: ClientTracking;
  ClientTrackingInput: ClientTrackingInput;
  ClientUpdate: ClientUpdateModelModel;
  ClientsChanged: ClientsChanged;
  CloseDealInput: CloseDealInput;
  Comment: CommentRowModel;
  CommentConnection: AnyConnectionModel;
  CommentEdge: Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] };
  CommentInput: CommentInput;
  CommentPayload: Omit<CommentPayload, 'comment'> & { comment?: Maybe<ResolversParentTypes['Comment']> };
  Conversation: FoundConversationModel;
  ConversationActivity: Omit<ConversationActivity, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  ConversationCondition: ConversationCondition;
  ConversationConnection: Omit<ConversationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConversationEdge']> };
  ConversationEdge: Omit<ConversationEdge, 'node'> & { node: ResolversParentTypes['Conversation'] };
  ConversationEvent: ConversationEventRowModel;
  ConversationFilter: ConversationFilter;
  ConversationInput: ConversationInput;
  ConversationPayload: Omit<ConversationPayload, 'conversation'> & { conversation?: Maybe<ResolversParentTypes['Conversation']> };
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  CreateChannelInput: CreateChannelInput;
  CreateDealInput: CreateDealInput;
  CreateFunnelInput: CreateFunnelInput;
  CreateLabelInput: CreateLabelInput;
  CreateOperatorInput: CreateOperatorInput;
  CreateQuickReplyFolderInput: CreateQuickReplyFolderInput;
  CreateTaskInput: CreateTaskInput;
  CreateTeamInput: CreateTeamInput;
  CreateVariableDefinitionInput: CreateVariableDefinitionInput;
  DateTime: Scalars['DateTime']['output'];
  Deal: DealRowModel;
  DealConnection: AnyConnectionModel;
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  DealInput: DealInput;
  DealPayload: Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversParentTypes['Deal']> };
  DeleteLabelPayload: DeleteLabelPayload;
  DeletePayload: DeletePayload;
  DeleteVariableDefinitionPayload: DeleteVariableDefinitionPayload;
  DuplicateFilterInput: DuplicateFilterInput;
  EditCommentInput: EditCommentInput;
  EditMessageInput: EditMessageInput;
  ExportClientsInput: ExportClientsInput;
  File: StoredFileRowModel;
  FileConnection: AnyConnectionModel;
  FileEdge: Omit<FileEdge, 'node'> & { node: ResolversParentTypes['File'] };
  FileInput: FileInput;
  FileLibraryUsage: FileLibraryUsage;
  Float: Scalars['Float']['output'];
  ForwardMessageInput: ForwardMessageInput;
  Funnel: FunnelRowModel;
  FunnelPayload: Omit<FunnelPayload, 'funnel'> & { funnel?: Maybe<ResolversParentTypes['Funnel']> };
  FunnelStage: FunnelStageRowModel;
  ID: Scalars['ID']['output'];
  ImportClientsInput: ImportClientsInput;
  InboxEvent: InboxEventModel;
  Int: Scalars['Int']['output'];
  Label: LabelRowModel;
  LabelInput: LabelInput;
  LabelPayload: Omit<LabelPayload, 'label'> & { label?: Maybe<ResolversParentTypes['Label']> };
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  LogoutPayload: LogoutPayload;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  MergeClientsInput: MergeClientsInput;
  MergeClientsPayload: Omit<MergeClientsPayload, 'client'> & { client?: Maybe<ResolversParentTypes['Client']> };
  Message: MessageRowModel;
  MessageConnection: AnyConnectionModel;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageInput: MessageInput;
  MessagePayload: Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  MoveDealInput: MoveDealInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationRowModel;
  NotificationConnection: AnyConnectionModel;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  Operator: OperatorRowModel;
  OperatorIdInput: OperatorIdInput;
  OperatorPayload: Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversParentTypes['Operator']> };
  PageInfo: PageInfo;
  PauseBotInput: PauseBotInput;
  PinCommentInput: PinCommentInput;
  PinConversationInput: PinConversationInput;
  PinMessageInput: PinMessageInput;
  PresenceTime: Omit<PresenceTime, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  Project: ProjectRowModel;
  PurgeClientPayload: PurgeClientPayload;
  Query: Record<PropertyKey, never>;
  QuickReply: QuickReplyRowModel;
  QuickReplyFolder: QuickReplyFolderRowModel;
  QuickReplyFolderInput: QuickReplyFolderInput;
  QuickReplyFolderPayload: Omit<QuickReplyFolderPayload, 'folder'> & { folder?: Maybe<ResolversParentTypes['QuickReplyFolder']> };
  QuickReplyInput: QuickReplyInput;
  QuickReplyPayload: Omit<QuickReplyPayload, 'quickReply'> & { quickReply?: Maybe<ResolversParentTypes['QuickReply']> };
  RenameChannelInput: RenameChannelInput;
  RenameQuickReplyFolderInput: RenameQuickReplyFolderInput;
  RenameTeamInput: RenameTeamInput;
  ReorderFunnelStagesInput: ReorderFunnelStagesInput;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: RevokeApiTokenPayload;
  SalesTotal: SalesTotal;
  SaveDraftInput: SaveDraftInput;
  SaveDraftPayload: SaveDraftPayload;
  SaveFilterInput: SaveFilterInput;
  SaveQuickReplyInput: SaveQuickReplyInput;
  SavedCondition: SavedCondition;
  SavedConversationFilter: SavedConversationFilter;
  SavedFilter: SavedFilterRowModel;
  SavedFilterInput: SavedFilterInput;
  SavedFilterPayload: Omit<SavedFilterPayload, 'savedFilter'> & { savedFilter?: Maybe<ResolversParentTypes['SavedFilter']> };
  SearchHit: SearchHitModelModel;
  SendMessageInput: SendMessageInput;
  SendMessagePayload: Omit<SendMessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  SetClientOwnerInput: SetClientOwnerInput;
  SetClientVariablesInput: SetClientVariablesInput;
  SetOperatorCapacityInput: SetOperatorCapacityInput;
  SetPresenceInput: SetPresenceInput;
  SetTeamMembersInput: SetTeamMembersInput;
  SetTypingInput: SetTypingInput;
  SetTypingPayload: SetTypingPayload;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Task: TaskRowModel;
  TaskConnection: AnyConnectionModel;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskEvent: TaskEventMessageModel;
  TaskFilter: TaskFilter;
  TaskInput: TaskInput;
  TaskPayload: Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['Task']> };
  Team: TeamRowModel;
  TeamInput: TeamInput;
  TeamPayload: Omit<TeamPayload, 'team'> & { team?: Maybe<ResolversParentTypes['Team']> };
  TextSegment: TextSegment;
  TimelineConnection: AnyConnectionModel;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineItem'] };
  TimelineItem: ResolversUnionTypes<ResolversParentTypes>['TimelineItem'];
  TransferConversationInput: TransferConversationInput;
  UpdateClientInput: UpdateClientInput;
  UpdateDealInput: UpdateDealInput;
  UpdateFunnelInput: UpdateFunnelInput;
  UpdateFunnelStageInput: UpdateFunnelStageInput;
  UpdateLabelInput: UpdateLabelInput;
  UpdateMySettingsInput: UpdateMySettingsInput;
  UpdateOperatorInput: UpdateOperatorInput;
  UpdateProjectSettingsInput: UpdateProjectSettingsInput;
  UpdateProjectSettingsPayload: Omit<UpdateProjectSettingsPayload, 'project'> & { project?: Maybe<ResolversParentTypes['Project']> };
  UpdateTaskInput: UpdateTaskInput;
  UpdateVariableDefinitionInput: UpdateVariableDefinitionInput;
  UserError: UserError;
  VariableDefinition: VariableDefinitionRowModel;
  VariableDefinitionInput: VariableDefinitionInput;
  VariableDefinitionPayload: Omit<VariableDefinitionPayload, 'definition'> & { definition?: Maybe<ResolversParentTypes['VariableDefinition']> };
  VariableValue: VariableValue;
  VariableValueInput: VariableValueInput;
  Viewer: ViewerModel;
  WidgetFile: StoredFileRowModel;
  WidgetMessage: MessageRowModel;
  WidgetSendInput: WidgetSendInput;
  WidgetSendPayload: Omit<WidgetSendPayload, 'message'> & { message?: Maybe<ResolversParentTypes['WidgetMessage']> };
  WidgetSession: Omit<WidgetSession, 'messages'> & { messages: Array<ResolversParentTypes['WidgetMessage']> };
  WidgetStartInput: WidgetStartInput;
  WidgetStartPayload: Omit<WidgetStartPayload, 'session'> & { session?: Maybe<ResolversParentTypes['WidgetSession']> };
};

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  requireOneSlicingArgument?: Maybe<Scalars['Boolean']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulkClientActionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkClientActionPayload'] = ResolversParentTypes['BulkClientActionPayload']> = {
  clients?: Resolver<Maybe<Array<ResolversTypes['Client']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChangeMyPasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeMyPasswordPayload'] = ResolversParentTypes['ChangeMyPasswordPayload']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChannelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChannelKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  widgetUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChannelPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelPayload'] = ResolversParentTypes['ChannelPayload']> = {
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client']> = {
  activity?: Resolver<ResolversTypes['ClientActivityConnection'], ParentType, ContextType, RequireFields<ClientActivityArgs, 'first'>>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  botActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  botPausedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ClientChannel']>, ParentType, ContextType>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<ClientConversationsArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<ClientDealsArgs, 'first'>>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<ResolversTypes['FileConnection'], ParentType, ContextType, RequireFields<ClientFilesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lists?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<ClientNotesArgs, 'first'>>;
  openTaskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sales?: Resolver<Array<ResolversTypes['SalesTotal']>, ParentType, ContextType>;
  sourceChannel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ClientStage']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<ClientTasksArgs, 'includeCompleted'>>;
  tracking?: Resolver<ResolversTypes['ClientTracking'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['VariableValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClientActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientActivity'] = ResolversParentTypes['ClientActivity']> = {
  actor?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ClientActivityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClientActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientActivityConnection'] = ResolversParentTypes['ClientActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClientActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientActivityEdge'] = ResolversParentTypes['ClientActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClientActivity'], ParentType, ContextType>;
};

export type ClientChannelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientChannel'] = ResolversParentTypes['ClientChannel']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClientConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientConnection'] = ResolversParentTypes['ClientConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClientEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientEdge'] = ResolversParentTypes['ClientEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
};

export type ClientJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientJob'] = ResolversParentTypes['ClientJob']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ClientJobError']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['File']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClientJobKind'], ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClientJobStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClientJobConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientJobConnection'] = ResolversParentTypes['ClientJobConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClientJobEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientJobEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientJobEdge'] = ResolversParentTypes['ClientJobEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClientJob'], ParentType, ContextType>;
};

export type ClientJobErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientJobError'] = ResolversParentTypes['ClientJobError']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientJobPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientJobPayload'] = ResolversParentTypes['ClientJobPayload']> = {
  job?: Resolver<Maybe<ResolversTypes['ClientJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClientLabelsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientLabelsPayload'] = ResolversParentTypes['ClientLabelsPayload']> = {
  clients?: Resolver<Maybe<Array<ResolversTypes['Client']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClientPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientPayload'] = ResolversParentTypes['ClientPayload']> = {
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClientStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientStage'] = ResolversParentTypes['ClientStage']> = {
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['FunnelStage'], ParentType, ContextType>;
};

export type ClientTrackingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientTracking'] = ResolversParentTypes['ClientTracking']> = {
  ad?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adSet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClientUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientUpdate'] = ResolversParentTypes['ClientUpdate']> = {
  activity?: Resolver<Maybe<ResolversTypes['ClientActivity']>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
};

export type ClientsChangedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientsChanged'] = ResolversParentTypes['ClientsChanged']> = {
  clientIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CommentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  author?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
};

export type CommentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentPayload'] = ResolversParentTypes['CommentPayload']> = {
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConversationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastMessage?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<ConversationMessagesArgs, 'first'>>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pinnedComments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  pinnedMessages?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searchHit?: Resolver<Maybe<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  searchMessages?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<ConversationSearchMessagesArgs, 'text'>>;
  status?: Resolver<ResolversTypes['ConversationStatus'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<ConversationTimelineArgs, 'first'>>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConversationActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConversationActivity'] = ResolversParentTypes['ConversationActivity']> = {
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  typing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConversationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConversationConnection'] = ResolversParentTypes['ConversationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConversationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConversationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConversationEdge'] = ResolversParentTypes['ConversationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
};

export type ConversationEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConversationEvent'] = ResolversParentTypes['ConversationEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ConversationEventType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConversationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConversationPayload'] = ResolversParentTypes['ConversationPayload']> = {
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateApiTokenPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = {
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal']> = {
  budget?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['FunnelStage'], ParentType, ContextType>;
  stageChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DealStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['VariableValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DealConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealConnection'] = ResolversParentTypes['DealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DealEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealEdge'] = ResolversParentTypes['DealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
};

export type DealPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealPayload'] = ResolversParentTypes['DealPayload']> = {
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteLabelPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteLabelPayload'] = ResolversParentTypes['DeleteLabelPayload']> = {
  deletedLabelId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteVariableDefinitionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteVariableDefinitionPayload'] = ResolversParentTypes['DeleteVariableDefinitionPayload']> = {
  deletedDefinitionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['File'] = ResolversParentTypes['File']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FileKind'], ParentType, ContextType>;
  library?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FileConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FileConnection'] = ResolversParentTypes['FileConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FileEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FileEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FileEdge'] = ResolversParentTypes['FileEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
};

export type FileLibraryUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FileLibraryUsage'] = ResolversParentTypes['FileLibraryUsage']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FunnelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Funnel'] = ResolversParentTypes['Funnel']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['FunnelStage']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FunnelPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FunnelPayload'] = ResolversParentTypes['FunnelPayload']> = {
  funnel?: Resolver<Maybe<ResolversTypes['Funnel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FunnelStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FunnelStage'] = ResolversParentTypes['FunnelStage']> = {
  funnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InboxEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxEvent'] = ResolversParentTypes['InboxEvent']> = {
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InboxEventKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
};

export type LabelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = {
  clientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LabelKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LabelPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabelPayload'] = ResolversParentTypes['LabelPayload']> = {
  label?: Resolver<Maybe<ResolversTypes['Label']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type LogoutPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  loggedOut?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  unreadCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MergeClientsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeClientsPayload'] = ResolversParentTypes['MergeClientsPayload']> = {
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  attachments?: Resolver<Array<ResolversTypes['File']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MessageDirection'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  senderKind?: Resolver<ResolversTypes['SenderKind'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MessageStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessagePayload'] = ResolversParentTypes['MessagePayload']> = {
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addClientLabels?: Resolver<ResolversTypes['ClientLabelsPayload'], ParentType, ContextType, RequireFields<MutationAddClientLabelsArgs, 'input'>>;
  addClientNote?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationAddClientNoteArgs, 'input'>>;
  addComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  addFunnelStage?: Resolver<ResolversTypes['FunnelPayload'], ParentType, ContextType, RequireFields<MutationAddFunnelStageArgs, 'input'>>;
  archiveClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationArchiveClientArgs, 'input'>>;
  archiveConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationArchiveConversationArgs, 'input'>>;
  assignConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationAssignConversationArgs, 'input'>>;
  blockClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationBlockClientArgs, 'input'>>;
  bulkClientAction?: Resolver<ResolversTypes['BulkClientActionPayload'], ParentType, ContextType, RequireFields<MutationBulkClientActionArgs, 'input'>>;
  changeMyPassword?: Resolver<ResolversTypes['ChangeMyPasswordPayload'], ParentType, ContextType, RequireFields<MutationChangeMyPasswordArgs, 'input'>>;
  closeConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationCloseConversationArgs, 'input'>>;
  closeDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationCloseDealArgs, 'input'>>;
  completeTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createChannel?: Resolver<ResolversTypes['ChannelPayload'], ParentType, ContextType, RequireFields<MutationCreateChannelArgs, 'input'>>;
  createDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationCreateDealArgs, 'input'>>;
  createFunnel?: Resolver<ResolversTypes['FunnelPayload'], ParentType, ContextType, RequireFields<MutationCreateFunnelArgs, 'input'>>;
  createLabel?: Resolver<ResolversTypes['LabelPayload'], ParentType, ContextType, RequireFields<MutationCreateLabelArgs, 'input'>>;
  createOperator?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationCreateOperatorArgs, 'input'>>;
  createQuickReplyFolder?: Resolver<ResolversTypes['QuickReplyFolderPayload'], ParentType, ContextType, RequireFields<MutationCreateQuickReplyFolderArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['TeamPayload'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  createVariableDefinition?: Resolver<ResolversTypes['VariableDefinitionPayload'], ParentType, ContextType, RequireFields<MutationCreateVariableDefinitionArgs, 'input'>>;
  deactivateOperator?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationDeactivateOperatorArgs, 'input'>>;
  deleteClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationDeleteClientArgs, 'input'>>;
  deleteComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'input'>>;
  deleteFilter?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFilterArgs, 'input'>>;
  deleteLabel?: Resolver<ResolversTypes['DeleteLabelPayload'], ParentType, ContextType, RequireFields<MutationDeleteLabelArgs, 'input'>>;
  deleteLibraryFile?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteLibraryFileArgs, 'input'>>;
  deleteMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'input'>>;
  deleteQuickReply?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteQuickReplyArgs, 'input'>>;
  deleteQuickReplyFolder?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteQuickReplyFolderArgs, 'input'>>;
  deleteTask?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'input'>>;
  deleteTeam?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteTeamArgs, 'input'>>;
  deleteVariableDefinition?: Resolver<ResolversTypes['DeleteVariableDefinitionPayload'], ParentType, ContextType, RequireFields<MutationDeleteVariableDefinitionArgs, 'input'>>;
  duplicateFilter?: Resolver<ResolversTypes['SavedFilterPayload'], ParentType, ContextType, RequireFields<MutationDuplicateFilterArgs, 'input'>>;
  editComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'input'>>;
  editMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'input'>>;
  exportClients?: Resolver<ResolversTypes['ClientJobPayload'], ParentType, ContextType, RequireFields<MutationExportClientsArgs, 'input'>>;
  forwardMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationForwardMessageArgs, 'input'>>;
  importClients?: Resolver<ResolversTypes['ClientJobPayload'], ParentType, ContextType, RequireFields<MutationImportClientsArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
  markConversationRead?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationMarkConversationReadArgs, 'input'>>;
  markConversationUnread?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationMarkConversationUnreadArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  mergeClients?: Resolver<ResolversTypes['MergeClientsPayload'], ParentType, ContextType, RequireFields<MutationMergeClientsArgs, 'input'>>;
  moveDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationMoveDealArgs, 'input'>>;
  pauseBot?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationPauseBotArgs, 'input'>>;
  pinComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationPinCommentArgs, 'input'>>;
  pinConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationPinConversationArgs, 'input'>>;
  pinMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationPinMessageArgs, 'input'>>;
  purgeClient?: Resolver<ResolversTypes['PurgeClientPayload'], ParentType, ContextType, RequireFields<MutationPurgeClientArgs, 'input'>>;
  reactivateOperator?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationReactivateOperatorArgs, 'input'>>;
  removeClientLabels?: Resolver<ResolversTypes['ClientLabelsPayload'], ParentType, ContextType, RequireFields<MutationRemoveClientLabelsArgs, 'input'>>;
  renameChannel?: Resolver<ResolversTypes['ChannelPayload'], ParentType, ContextType, RequireFields<MutationRenameChannelArgs, 'input'>>;
  renameFunnel?: Resolver<ResolversTypes['FunnelPayload'], ParentType, ContextType, RequireFields<MutationRenameFunnelArgs, 'input'>>;
  renameQuickReplyFolder?: Resolver<ResolversTypes['QuickReplyFolderPayload'], ParentType, ContextType, RequireFields<MutationRenameQuickReplyFolderArgs, 'input'>>;
  renameTeam?: Resolver<ResolversTypes['TeamPayload'], ParentType, ContextType, RequireFields<MutationRenameTeamArgs, 'input'>>;
  reopenConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationReopenConversationArgs, 'input'>>;
  reopenDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationReopenDealArgs, 'input'>>;
  reopenTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationReopenTaskArgs, 'input'>>;
  reorderFunnelStages?: Resolver<ResolversTypes['FunnelPayload'], ParentType, ContextType, RequireFields<MutationReorderFunnelStagesArgs, 'input'>>;
  restoreClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationRestoreClientArgs, 'input'>>;
  resumeBot?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationResumeBotArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  saveDraft?: Resolver<ResolversTypes['SaveDraftPayload'], ParentType, ContextType, RequireFields<MutationSaveDraftArgs, 'input'>>;
  saveFilter?: Resolver<ResolversTypes['SavedFilterPayload'], ParentType, ContextType, RequireFields<MutationSaveFilterArgs, 'input'>>;
  saveQuickReply?: Resolver<ResolversTypes['QuickReplyPayload'], ParentType, ContextType, RequireFields<MutationSaveQuickReplyArgs, 'input'>>;
  sendMessage?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  setClientOwner?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationSetClientOwnerArgs, 'input'>>;
  setClientVariables?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationSetClientVariablesArgs, 'input'>>;
  setOperatorCapacity?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationSetOperatorCapacityArgs, 'input'>>;
  setPresence?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationSetPresenceArgs, 'input'>>;
  setTeamMembers?: Resolver<ResolversTypes['TeamPayload'], ParentType, ContextType, RequireFields<MutationSetTeamMembersArgs, 'input'>>;
  setTyping?: Resolver<ResolversTypes['SetTypingPayload'], ParentType, ContextType, RequireFields<MutationSetTypingArgs, 'input'>>;
  takeClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationTakeClientArgs, 'input'>>;
  takeConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationTakeConversationArgs, 'input'>>;
  transferConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationTransferConversationArgs, 'input'>>;
  unarchiveClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationUnarchiveClientArgs, 'input'>>;
  unblockClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationUnblockClientArgs, 'input'>>;
  updateClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationUpdateClientArgs, 'input'>>;
  updateDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationUpdateDealArgs, 'input'>>;
  updateFunnelStage?: Resolver<ResolversTypes['FunnelPayload'], ParentType, ContextType, RequireFields<MutationUpdateFunnelStageArgs, 'input'>>;
  updateLabel?: Resolver<ResolversTypes['LabelPayload'], ParentType, ContextType, RequireFields<MutationUpdateLabelArgs, 'input'>>;
  updateMySettings?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationUpdateMySettingsArgs, 'input'>>;
  updateOperator?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationUpdateOperatorArgs, 'input'>>;
  updateProjectSettings?: Resolver<ResolversTypes['UpdateProjectSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateProjectSettingsArgs, 'input'>>;
  updateTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'input'>>;
  updateVariableDefinition?: Resolver<ResolversTypes['VariableDefinitionPayload'], ParentType, ContextType, RequireFields<MutationUpdateVariableDefinitionArgs, 'input'>>;
  widgetSend?: Resolver<ResolversTypes['WidgetSendPayload'], ParentType, ContextType, RequireFields<MutationWidgetSendArgs, 'input'>>;
  widgetStart?: Resolver<ResolversTypes['WidgetStartPayload'], ParentType, ContextType, RequireFields<MutationWidgetStartArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiToken' | 'Channel' | 'Client' | 'ClientActivity' | 'ClientChannel' | 'ClientJob' | 'Comment' | 'Conversation' | 'ConversationEvent' | 'Deal' | 'File' | 'Funnel' | 'FunnelStage' | 'Label' | 'Message' | 'Notification' | 'Operator' | 'Project' | 'QuickReply' | 'QuickReplyFolder' | 'SavedFilter' | 'Task' | 'Team' | 'VariableDefinition' | 'WidgetMessage', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  actor?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['PresenceStatus'], ParentType, ContextType>;
  readOnOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OperatorRole'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperatorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorPayload'] = ResolversParentTypes['OperatorPayload']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PresenceTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PresenceTime'] = ResolversParentTypes['PresenceTime']> = {
  away?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  autoAssign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  autoCloseAfterMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageDeletionRoles?: Resolver<Array<ResolversTypes['OperatorRole']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PurgeClientPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurgeClientPayload'] = ResolversParentTypes['PurgeClientPayload']> = {
  purgedClientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clientJobs?: Resolver<ResolversTypes['ClientJobConnection'], ParentType, ContextType, RequireFields<QueryClientJobsArgs, 'first'>>;
  clients?: Resolver<ResolversTypes['ClientConnection'], ParentType, ContextType, RequireFields<QueryClientsArgs, 'first' | 'order'>>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'first' | 'order'>>;
  fileLibrary?: Resolver<ResolversTypes['FileConnection'], ParentType, ContextType, RequireFields<QueryFileLibraryArgs, 'first'>>;
  fileLibraryUsage?: Resolver<ResolversTypes['FileLibraryUsage'], ParentType, ContextType>;
  funnels?: Resolver<Array<ResolversTypes['Funnel']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType, RequireFields<QueryLabelsArgs, 'kind'>>;
  me?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  operators?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType, RequireFields<QueryOperatorsArgs, 'includeDeactivated'>>;
  pinnedConversations?: Resolver<Array<ResolversTypes['Conversation']>, ParentType, ContextType, Partial<QueryPinnedConversationsArgs>>;
  presenceReport?: Resolver<Array<ResolversTypes['PresenceTime']>, ParentType, ContextType, RequireFields<QueryPresenceReportArgs, 'from' | 'to'>>;
  quickReplies?: Resolver<Array<ResolversTypes['QuickReply']>, ParentType, ContextType, Partial<QueryQuickRepliesArgs>>;
  quickReplyFolders?: Resolver<Array<ResolversTypes['QuickReplyFolder']>, ParentType, ContextType>;
  renderQuickReply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryRenderQuickReplyArgs, 'conversationId' | 'quickReplyId'>>;
  savedFilters?: Resolver<Array<ResolversTypes['SavedFilter']>, ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryTasksArgs, 'first'>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variableDefinitions?: Resolver<Array<ResolversTypes['VariableDefinition']>, ParentType, ContextType, RequireFields<QueryVariableDefinitionsArgs, 'scope'>>;
};

export type QuickReplyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuickReply'] = ResolversParentTypes['QuickReply']> = {
  folder?: Resolver<Maybe<ResolversTypes['QuickReplyFolder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuickReplyFolderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuickReplyFolder'] = ResolversParentTypes['QuickReplyFolder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuickReplyFolderPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuickReplyFolderPayload'] = ResolversParentTypes['QuickReplyFolderPayload']> = {
  folder?: Resolver<Maybe<ResolversTypes['QuickReplyFolder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QuickReplyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuickReplyPayload'] = ResolversParentTypes['QuickReplyPayload']> = {
  quickReply?: Resolver<Maybe<ResolversTypes['QuickReply']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeApiTokenPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = {
  revokedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SalesTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesTotal'] = ResolversParentTypes['SalesTotal']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SaveDraftPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SaveDraftPayload'] = ResolversParentTypes['SaveDraftPayload']> = {
  draft?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SavedConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedCondition'] = ResolversParentTypes['SavedCondition']> = {
  allOf?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  anyOf?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  contains?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  equals?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['ConditionField'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  is?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  variable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SavedConversationFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedConversationFilter'] = ResolversParentTypes['SavedConversationFilter']> = {
  conditions?: Resolver<Array<ResolversTypes['SavedCondition']>, ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ConditionMatch'], ParentType, ContextType>;
  search?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['ConversationSection'], ParentType, ContextType>;
};

export type SavedFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedFilter'] = ResolversParentTypes['SavedFilter']> = {
  filter?: Resolver<ResolversTypes['SavedConversationFilter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavedFilterPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedFilterPayload'] = ResolversParentTypes['SavedFilterPayload']> = {
  savedFilter?: Resolver<Maybe<ResolversTypes['SavedFilter']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  highlight?: Resolver<Array<ResolversTypes['TextSegment']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type SendMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendMessagePayload'] = ResolversParentTypes['SendMessagePayload']> = {
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetTypingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetTypingPayload'] = ResolversParentTypes['SetTypingPayload']> = {
  typing?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  clientJobUpdated?: SubscriptionResolver<ResolversTypes['ClientJob'], "clientJobUpdated", ParentType, ContextType, RequireFields<SubscriptionClientJobUpdatedArgs, 'jobId'>>;
  clientUpdated?: SubscriptionResolver<ResolversTypes['ClientUpdate'], "clientUpdated", ParentType, ContextType, RequireFields<SubscriptionClientUpdatedArgs, 'clientId'>>;
  clientsChanged?: SubscriptionResolver<ResolversTypes['ClientsChanged'], "clientsChanged", ParentType, ContextType>;
  conversationActivity?: SubscriptionResolver<ResolversTypes['ConversationActivity'], "conversationActivity", ParentType, ContextType, RequireFields<SubscriptionConversationActivityArgs, 'conversationId'>>;
  conversationMessages?: SubscriptionResolver<ResolversTypes['Message'], "conversationMessages", ParentType, ContextType, RequireFields<SubscriptionConversationMessagesArgs, 'conversationId'>>;
  conversationTimeline?: SubscriptionResolver<ResolversTypes['TimelineItem'], "conversationTimeline", ParentType, ContextType, RequireFields<SubscriptionConversationTimelineArgs, 'conversationId'>>;
  inboxEvents?: SubscriptionResolver<ResolversTypes['InboxEvent'], "inboxEvents", ParentType, ContextType>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
  operatorPresence?: SubscriptionResolver<ResolversTypes['Operator'], "operatorPresence", ParentType, ContextType>;
  taskEvents?: SubscriptionResolver<ResolversTypes['TaskEvent'], "taskEvents", ParentType, ContextType, Partial<SubscriptionTaskEventsArgs>>;
  widgetMessages?: SubscriptionResolver<ResolversTypes['WidgetMessage'], "widgetMessages", ParentType, ContextType>;
};

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  assignee?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TaskPriority'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEvent'] = ResolversParentTypes['TaskEvent']> = {
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaskEventKind'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TaskPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = {
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TeamPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamPayload'] = ResolversParentTypes['TeamPayload']> = {
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TextSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextSegment'] = ResolversParentTypes['TextSegment']> = {
  match?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineItem'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  __resolveType: TypeResolveFn<'ClientActivity' | 'Comment' | 'ConversationEvent' | 'Message', ParentType, ContextType>;
};

export type UpdateProjectSettingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateProjectSettingsPayload'] = ResolversParentTypes['UpdateProjectSettingsPayload']> = {
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VariableDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VariableDefinition'] = ResolversParentTypes['VariableDefinition']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['VariableScope'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['VariableType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VariableDefinitionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VariableDefinitionPayload'] = ResolversParentTypes['VariableDefinitionPayload']> = {
  definition?: Resolver<Maybe<ResolversTypes['VariableDefinition']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type VariableValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VariableValue'] = ResolversParentTypes['VariableValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['VariableType'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type WidgetFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetFile'] = ResolversParentTypes['WidgetFile']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FileKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WidgetMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetMessage'] = ResolversParentTypes['WidgetMessage']> = {
  attachments?: Resolver<Array<ResolversTypes['WidgetFile']>, ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MessageDirection'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  senderKind?: Resolver<ResolversTypes['SenderKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WidgetSendPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetSendPayload'] = ResolversParentTypes['WidgetSendPayload']> = {
  message?: Resolver<Maybe<ResolversTypes['WidgetMessage']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WidgetSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetSession'] = ResolversParentTypes['WidgetSession']> = {
  channelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['WidgetMessage']>, ParentType, ContextType>;
  visitorToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WidgetStartPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetStartPayload'] = ResolversParentTypes['WidgetStartPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['WidgetSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ApiToken?: ApiTokenResolvers<ContextType>;
  BulkClientActionPayload?: BulkClientActionPayloadResolvers<ContextType>;
  ChangeMyPasswordPayload?: ChangeMyPasswordPayloadResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  ChannelPayload?: ChannelPayloadResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientActivity?: ClientActivityResolvers<ContextType>;
  ClientActivityConnection?: ClientActivityConnectionResolvers<ContextType>;
  ClientActivityEdge?: ClientActivityEdgeResolvers<ContextType>;
  ClientChannel?: ClientChannelResolvers<ContextType>;
  ClientConnection?: ClientConnectionResolvers<ContextType>;
  ClientEdge?: ClientEdgeResolvers<ContextType>;
  ClientJob?: ClientJobResolvers<ContextType>;
  ClientJobConnection?: ClientJobConnectionResolvers<ContextType>;
  ClientJobEdge?: ClientJobEdgeResolvers<ContextType>;
  ClientJobError?: ClientJobErrorResolvers<ContextType>;
  ClientJobPayload?: ClientJobPayloadResolvers<ContextType>;
  ClientLabelsPayload?: ClientLabelsPayloadResolvers<ContextType>;
  ClientPayload?: ClientPayloadResolvers<ContextType>;
  ClientStage?: ClientStageResolvers<ContextType>;
  ClientTracking?: ClientTrackingResolvers<ContextType>;
  ClientUpdate?: ClientUpdateResolvers<ContextType>;
  ClientsChanged?: ClientsChangedResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  CommentPayload?: CommentPayloadResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationActivity?: ConversationActivityResolvers<ContextType>;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  ConversationEvent?: ConversationEventResolvers<ContextType>;
  ConversationPayload?: ConversationPayloadResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  DealPayload?: DealPayloadResolvers<ContextType>;
  DeleteLabelPayload?: DeleteLabelPayloadResolvers<ContextType>;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  DeleteVariableDefinitionPayload?: DeleteVariableDefinitionPayloadResolvers<ContextType>;
  File?: FileResolvers<ContextType>;
  FileConnection?: FileConnectionResolvers<ContextType>;
  FileEdge?: FileEdgeResolvers<ContextType>;
  FileLibraryUsage?: FileLibraryUsageResolvers<ContextType>;
  Funnel?: FunnelResolvers<ContextType>;
  FunnelPayload?: FunnelPayloadResolvers<ContextType>;
  FunnelStage?: FunnelStageResolvers<ContextType>;
  InboxEvent?: InboxEventResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  LabelPayload?: LabelPayloadResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  MergeClientsPayload?: MergeClientsPayloadResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessagePayload?: MessagePayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OperatorPayload?: OperatorPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PresenceTime?: PresenceTimeResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  PurgeClientPayload?: PurgeClientPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuickReply?: QuickReplyResolvers<ContextType>;
  QuickReplyFolder?: QuickReplyFolderResolvers<ContextType>;
  QuickReplyFolderPayload?: QuickReplyFolderPayloadResolvers<ContextType>;
  QuickReplyPayload?: QuickReplyPayloadResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  SalesTotal?: SalesTotalResolvers<ContextType>;
  SaveDraftPayload?: SaveDraftPayloadResolvers<ContextType>;
  SavedCondition?: SavedConditionResolvers<ContextType>;
  SavedConversationFilter?: SavedConversationFilterResolvers<ContextType>;
  SavedFilter?: SavedFilterResolvers<ContextType>;
  SavedFilterPayload?: SavedFilterPayloadResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SendMessagePayload?: SendMessagePayloadResolvers<ContextType>;
  SetTypingPayload?: SetTypingPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskEvent?: TaskEventResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamPayload?: TeamPayloadResolvers<ContextType>;
  TextSegment?: TextSegmentResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  UpdateProjectSettingsPayload?: UpdateProjectSettingsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VariableDefinition?: VariableDefinitionResolvers<ContextType>;
  VariableDefinitionPayload?: VariableDefinitionPayloadResolvers<ContextType>;
  VariableValue?: VariableValueResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WidgetFile?: WidgetFileResolvers<ContextType>;
  WidgetMessage?: WidgetMessageResolvers<ContextType>;
  WidgetSendPayload?: WidgetSendPayloadResolvers<ContextType>;
  WidgetSession?: WidgetSessionResolvers<ContextType>;
  WidgetStartPayload?: WidgetStartPayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
