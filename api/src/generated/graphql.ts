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

export type AddCommentInput = {
  conversationId: Scalars['ID']['input'];
  /** Operators to @mention: each gets a notification. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
};

/** A project API token for third-party developers: send it as `Authorization: Bearer <token>`. It acts as the project's bot. */
export type ApiToken = {
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

/** An end customer of the project. */
export type Client = Node & {
  __typename?: 'Client';
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** A blocked client's messages are kept but raise nothing in the inbox, and nothing is sent to them. */
  blocked: Scalars['Boolean']['output'];
  /** Whether the bot answers this client now (not paused). */
  botActive: Scalars['Boolean']['output'];
  /** While set and in the future, the bot stays silent for this client. */
  botPausedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The client's identities on the project's channels. */
  channels: Array<ClientChannel>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

/** One client's identity on one channel. */
export type ClientChannel = Node & {
  __typename?: 'ClientChannel';
  channel: Channel;
  id: Scalars['ID']['output'];
  /** The messenger's own id of the client. */
  platformId: Scalars['String']['output'];
};

export type ClientInput = {
  clientId: Scalars['ID']['input'];
};

export type ClientPayload = {
  __typename?: 'ClientPayload';
  client?: Maybe<Client>;
  userErrors: Array<UserError>;
};

/** An internal comment (a note) in a conversation's timeline: operators see it, the client never does. */
export type Comment = {
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
  /** The conversation's channel: `anyOf` channel ids. */
  | 'CHANNEL'
  /** The channel's messenger: `anyOf` kinds (WEBCHAT, TELEGRAM, WHATSAPP, VK, EMAIL). */
  | 'CHANNEL_KIND'
  /** When the client first wrote: `from` and/or `to`. */
  | 'CREATED_AT'
  /** The client has an e-mail: `is`. */
  | 'HAS_EMAIL'
  /** The client has a phone: `is`. */
  | 'HAS_PHONE'
  /** The last activity: `from` and/or `to`. */
  | 'LAST_ACTIVITY_AT'
  /** The conversation has unread client messages: `is`. */
  | 'UNREAD';

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
  /** On conversations found with `filter.search`: the best matching message, when a message matched. */
  searchHit?: Maybe<SearchHit>;
  /** The messages of this conversation that match all the words (also partial words), oldest first, at most 200. */
  searchMessages: Array<SearchHit>;
  status: ConversationStatus;
  /** Messages and system events, newest first; page backwards with `after`. */
  timeline: TimelineConnection;
  /** Client messages not yet read by the operators. */
  unreadCount: Scalars['Int']['output'];
};


/** The thread between the project and one client on one channel. */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The thread between the project and one client on one channel. */
export type ConversationSearchMessagesArgs = {
  text: Scalars['String']['input'];
};


/** The thread between the project and one client on one channel. */
export type ConversationTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  anyOf?: InputMaybe<Array<Scalars['String']['input']>>;
  field: ConditionField;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  is?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
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
export type ConversationEvent = {
  __typename?: 'ConversationEvent';
  /** The operator who did it; null when the client (whose message reopens a conversation) or the system did. */
  actor?: Maybe<Operator>;
  /** ASSIGNED: the new assignee. */
  assignee?: Maybe<Operator>;
  /** The comment given with a transfer. */
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  type: ConversationEventType;
};

export type ConversationEventType =
  | 'ARCHIVED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'REOPENED'
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
  /** Assigned to the caller. */
  | 'MINE'
  | 'OPEN'
  /** Assigned to another operator (the one in `assigneeId`, if given). */
  | 'OTHERS'
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

export type CreateQuickReplyFolderInput = {
  name: Scalars['String']['input'];
};

export type DeleteInput = {
  id: Scalars['ID']['input'];
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
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

export type ForwardMessageInput = {
  /** Another channel identity of the same client (`Client.channels`). */
  clientChannelId: Scalars['ID']['input'];
  messageId: Scalars['ID']['input'];
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

export type MarkNotificationsReadInput = {
  /** The notifications to mark read; null marks all of the caller's read. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The caller's unread notifications left. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type Message = Node & {
  __typename?: 'Message';
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

export type Mutation = {
  __typename?: 'Mutation';
  _empty?: Maybe<Scalars['Boolean']['output']>;
  addComment: CommentPayload;
  archiveConversation: ConversationPayload;
  /**
   * Assigns, transfers or unassigns. Operators may take unassigned conversations and hand on their own; managers,
   * admins and owners may assign any.
   */
  assignConversation: ConversationPayload;
  blockClient: ClientPayload;
  /** A closed conversation keeps its history; the client's next message reopens it. */
  closeConversation: ConversationPayload;
  /** Owners and admins only. */
  createApiToken: CreateApiTokenPayload;
  /** Managers, admins and owners manage quick replies and their folders. */
  createQuickReplyFolder: QuickReplyFolderPayload;
  /** Its author, or a manager, admin or owner. */
  deleteComment: CommentPayload;
  deleteFilter: DeletePayload;
  /**
   * For the project's messageDeletionRoles. A sent message is deleted on the messenger too, within its limit;
   * after it, or for a client's message, only here.
   */
  deleteMessage: MessagePayload;
  deleteQuickReply: DeletePayload;
  /** Its quick replies stay, outside any folder. */
  deleteQuickReplyFolder: DeletePayload;
  /** A personal copy of a filter the caller can see. */
  duplicateFilter: SavedFilterPayload;
  /** Its author only. */
  editComment: CommentPayload;
  /** An operator's own sent message, also on the messenger, within the messenger's limit (web chat and Telegram 48 h, VK 24 h). */
  editMessage: MessagePayload;
  /** Sends a copy of a message to the same client on another of their channels; answers the new message (QUEUED). */
  forwardMessage: MessagePayload;
  login: LoginPayload;
  /** Ends the current operator session; its token stops working at once, also on open subscriptions. */
  logout: Scalars['Boolean']['output'];
  /** Reading is explicit: the operator marks the client's messages read; the unread count drops to zero. */
  markConversationRead: ConversationPayload;
  /** The conversation shows as unread again. */
  markConversationUnread: ConversationPayload;
  markNotificationsRead: MarkNotificationsReadPayload;
  pauseBot: ClientPayload;
  pinComment: CommentPayload;
  pinConversation: ConversationPayload;
  pinMessage: MessagePayload;
  renameQuickReplyFolder: QuickReplyFolderPayload;
  reopenConversation: ConversationPayload;
  resumeBot: ClientPayload;
  /** Owners and admins only. */
  revokeApiToken: RevokeApiTokenPayload;
  saveDraft: Scalars['Boolean']['output'];
  /** Creates or changes (its owner, or a manager for shared ones) a filter; it is checked like a live filter. */
  saveFilter: SavedFilterPayload;
  saveQuickReply: QuickReplyPayload;
  /** An operator's reply to the client, delivered through the conversation's channel. */
  sendMessage: SendMessagePayload;
  /** Managers, admins and owners. */
  setOperatorCapacity: OperatorPayload;
  /** The caller's own presence. */
  setPresence: OperatorPayload;
  /** Tells the other operators on the conversation that the caller is (or stopped) writing a reply. */
  setTyping: Scalars['Boolean']['output'];
  /** Assigns the conversation to the caller. */
  takeConversation: ConversationPayload;
  unblockClient: ClientPayload;
  /** The caller's own preferences. */
  updateMySettings: OperatorPayload;
  /** Owners and admins only. Fields left out stay as they are. */
  updateProjectSettings: UpdateProjectSettingsPayload;
  widgetSend: WidgetSendPayload;
  widgetStart: WidgetStartPayload;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
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


export type MutationCloseConversationArgs = {
  input: ConversationInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateQuickReplyFolderArgs = {
  input: CreateQuickReplyFolderInput;
};


export type MutationDeleteCommentArgs = {
  input: CommentInput;
};


export type MutationDeleteFilterArgs = {
  input: DeleteInput;
};


export type MutationDeleteMessageArgs = {
  input: MessageInput;
};


export type MutationDeleteQuickReplyArgs = {
  input: DeleteInput;
};


export type MutationDeleteQuickReplyFolderArgs = {
  input: DeleteInput;
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


export type MutationForwardMessageArgs = {
  input: ForwardMessageInput;
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


export type MutationRenameQuickReplyFolderArgs = {
  input: RenameQuickReplyFolderInput;
};


export type MutationReopenConversationArgs = {
  input: ConversationInput;
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


export type MutationSetOperatorCapacityArgs = {
  input: SetOperatorCapacityInput;
};


export type MutationSetPresenceArgs = {
  input: SetPresenceInput;
};


export type MutationSetTypingArgs = {
  input: SetTypingInput;
};


export type MutationTakeConversationArgs = {
  input: ConversationInput;
};


export type MutationUnblockClientArgs = {
  input: ClientInput;
};


export type MutationUpdateMySettingsArgs = {
  input: UpdateMySettingsInput;
};


export type MutationUpdateProjectSettingsArgs = {
  input: UpdateProjectSettingsInput;
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
export type Notification = {
  __typename?: 'Notification';
  /** Who caused it; null for a project API token. */
  actor?: Maybe<Operator>;
  comment?: Maybe<Comment>;
  conversation: Conversation;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  /** Someone @mentioned the operator in a comment. */
  | 'MENTION';

/** A person of the project who works in the inbox. */
export type Operator = Node & {
  __typename?: 'Operator';
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** At most this many open conversations are distributed to the operator automatically. */
  capacity: Scalars['Int']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** New conversations are distributed only to ONLINE operators. */
  presence: PresenceStatus;
  /** Opening a conversation marks it read (off by default: reading is explicit). */
  readOnOpen: Scalars['Boolean']['output'];
  role: OperatorRole;
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

export type Query = {
  __typename?: 'Query';
  /** The project's API tokens (owners and admins only); their secrets are never shown again. */
  apiTokens: Array<ApiToken>;
  conversation?: Maybe<Conversation>;
  /**
   * The project's conversations in a section, by last activity. Pinned ones are left out: they come from
   * pinnedConversations, to be shown on top. `first` is at most 100.
   */
  conversations: ConversationConnection;
  me: Viewer;
  /** Any object of the caller's project by its global id; objects of other projects answer null. */
  node?: Maybe<Node>;
  /** The caller's notifications, newest first. */
  notifications: NotificationConnection;
  /** The project's operators, by name */
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
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ConversationOrder>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
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

/**
 * A saved answer for the composer. Its text may hold variables filled per client on use: #{name}, #{first_name},
 * #{phone}, #{email}, #{operator} (the operator sending it), #{project}.
 */
export type QuickReply = {
  __typename?: 'QuickReply';
  folder?: Maybe<QuickReplyFolder>;
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type QuickReplyFolder = {
  __typename?: 'QuickReplyFolder';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type QuickReplyFolderPayload = {
  __typename?: 'QuickReplyFolderPayload';
  folder?: Maybe<QuickReplyFolder>;
  userErrors: Array<UserError>;
};

export type QuickReplyPayload = {
  __typename?: 'QuickReplyPayload';
  quickReply?: Maybe<QuickReply>;
  userErrors: Array<UserError>;
};

export type RenameQuickReplyFolderInput = {
  folderId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type RevokeApiTokenInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The id of the revoked token; it stops working at once, also on open subscriptions. */
  revokedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type SaveDraftInput = {
  conversationId: Scalars['ID']['input'];
  /** An empty text clears the draft. */
  text: Scalars['String']['input'];
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
  anyOf?: Maybe<Array<Scalars['String']['output']>>;
  field: ConditionField;
  from?: Maybe<Scalars['DateTime']['output']>;
  is?: Maybe<Scalars['Boolean']['output']>;
  to?: Maybe<Scalars['DateTime']['output']>;
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
export type SavedFilter = {
  __typename?: 'SavedFilter';
  /** Pass it to `conversations(filter:)`. */
  filter: SavedConversationFilter;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Operator;
  shared: Scalars['Boolean']['output'];
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

export type SetOperatorCapacityInput = {
  /** 0 to 1000; 0 takes the operator out of automatic distribution. */
  capacity: Scalars['Int']['input'];
  operatorId: Scalars['ID']['input'];
};

export type SetPresenceInput = {
  status: PresenceStatus;
};

export type SetTypingInput = {
  conversationId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  _empty?: Maybe<Scalars['Boolean']['output']>;
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
  /** New messages of the visitor's conversation (its own and the operators' replies). */
  widgetMessages: WidgetMessage;
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
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

/** What a conversation's timeline holds: the messages and the system events between them. */
export type TimelineItem = Comment | ConversationEvent | Message;

export type UpdateMySettingsInput = {
  readOnOpen?: InputMaybe<Scalars['Boolean']['input']>;
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
  | 'NOT_FOUND';

/** Who is calling: an operator's session or a project API token. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Null when the caller is a project API token. */
  operator?: Maybe<Operator>;
  project: Project;
};

export type WidgetMessage = {
  __typename?: 'WidgetMessage';
  /** The operator's display name for operator replies. */
  authorName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  direction: MessageDirection;
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
    | ( CommentRowModel )
    | ( ConversationEventRowModel )
    | ( MessageRowModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ChannelRowModel )
    | ( ClientRowModel )
    | ( ClientChannelRowModel )
    | ( FoundConversationModel )
    | ( MessageRowModel )
    | ( OperatorRowModel )
    | ( ProjectRowModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCommentInput: AddCommentInput;
  ApiToken: ResolverTypeWrapper<ApiTokenRowModel>;
  ArchiveConversationInput: ArchiveConversationInput;
  AssignConversationInput: AssignConversationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Channel: ResolverTypeWrapper<ChannelRowModel>;
  ChannelKind: ChannelKind;
  Client: ResolverTypeWrapper<ClientRowModel>;
  ClientChannel: ResolverTypeWrapper<ClientChannelRowModel>;
  ClientInput: ClientInput;
  ClientPayload: ResolverTypeWrapper<Omit<ClientPayload, 'client'> & { client?: Maybe<ResolversTypes['Client']> }>;
  Comment: ResolverTypeWrapper<CommentRowModel>;
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
  CreateQuickReplyFolderInput: CreateQuickReplyFolderInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteInput: DeleteInput;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DuplicateFilterInput: DuplicateFilterInput;
  EditCommentInput: EditCommentInput;
  EditMessageInput: EditMessageInput;
  ForwardMessageInput: ForwardMessageInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InboxEvent: ResolverTypeWrapper<InboxEventModel>;
  InboxEventKind: InboxEventKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  Message: ResolverTypeWrapper<MessageRowModel>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges'> & { edges: Array<ResolversTypes['MessageEdge']> }>;
  MessageDirection: MessageDirection;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageInput: MessageInput;
  MessagePayload: ResolverTypeWrapper<Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  MessageStatus: MessageStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationRowModel>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  Operator: ResolverTypeWrapper<OperatorRowModel>;
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
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuickReply: ResolverTypeWrapper<QuickReplyRowModel>;
  QuickReplyFolder: ResolverTypeWrapper<QuickReplyFolderRowModel>;
  QuickReplyFolderPayload: ResolverTypeWrapper<Omit<QuickReplyFolderPayload, 'folder'> & { folder?: Maybe<ResolversTypes['QuickReplyFolder']> }>;
  QuickReplyPayload: ResolverTypeWrapper<Omit<QuickReplyPayload, 'quickReply'> & { quickReply?: Maybe<ResolversTypes['QuickReply']> }>;
  RenameQuickReplyFolderInput: RenameQuickReplyFolderInput;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: ResolverTypeWrapper<RevokeApiTokenPayload>;
  SaveDraftInput: SaveDraftInput;
  SaveFilterInput: SaveFilterInput;
  SaveQuickReplyInput: SaveQuickReplyInput;
  SavedCondition: ResolverTypeWrapper<SavedCondition>;
  SavedConversationFilter: ResolverTypeWrapper<SavedConversationFilter>;
  SavedFilter: ResolverTypeWrapper<SavedFilterRowModel>;
  SavedFilterPayload: ResolverTypeWrapper<Omit<SavedFilterPayload, 'savedFilter'> & { savedFilter?: Maybe<ResolversTypes['SavedFilter']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitModelModel>;
  SendMessageInput: SendMessageInput;
  SendMessagePayload: ResolverTypeWrapper<Omit<SendMessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  SenderKind: SenderKind;
  SetOperatorCapacityInput: SetOperatorCapacityInput;
  SetPresenceInput: SetPresenceInput;
  SetTypingInput: SetTypingInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TextSegment: ResolverTypeWrapper<TextSegment>;
  TimelineConnection: ResolverTypeWrapper<Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineEdge']> }>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineItem'] }>;
  TimelineItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TimelineItem']>;
  UpdateMySettingsInput: UpdateMySettingsInput;
  UpdateProjectSettingsInput: UpdateProjectSettingsInput;
  UpdateProjectSettingsPayload: ResolverTypeWrapper<Omit<UpdateProjectSettingsPayload, 'project'> & { project?: Maybe<ResolversTypes['Project']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WidgetMessage: ResolverTypeWrapper<MessageRowModel>;
  WidgetSendInput: WidgetSendInput;
  WidgetSendPayload: ResolverTypeWrapper<Omit<WidgetSendPayload, 'message'> & { message?: Maybe<ResolversTypes['WidgetMessage']> }>;
  WidgetSession: ResolverTypeWrapper<Omit<WidgetSession, 'messages'> & { messages: Array<ResolversTypes['WidgetMessage']> }>;
  WidgetStartInput: WidgetStartInput;
  WidgetStartPayload: ResolverTypeWrapper<Omit<WidgetStartPayload, 'session'> & { session?: Maybe<ResolversTypes['WidgetSession']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCommentInput: AddCommentInput;
  ApiToken: ApiTokenRowModel;
  ArchiveConversationInput: ArchiveConversationInput;
  AssignConversationInput: AssignConversationInput;
  Boolean: Scalars['Boolean']['output'];
  Channel: ChannelRowModel;
  Client: ClientRowModel;
  ClientChannel: ClientChannelRowModel;
  ClientInput: ClientInput;
  ClientPayload: Omit<ClientPayload, 'client'> & { client?: Maybe<ResolversParentTypes['Client']> };
  Comment: CommentRowModel;
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
  CreateQuickReplyFolderInput: CreateQuickReplyFolderInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteInput: DeleteInput;
  DeletePayload: DeletePayload;
  DuplicateFilterInput: DuplicateFilterInput;
  EditCommentInput: EditCommentInput;
  EditMessageInput: EditMessageInput;
  ForwardMessageInput: ForwardMessageInput;
  ID: Scalars['ID']['output'];
  InboxEvent: InboxEventModel;
  Int: Scalars['Int']['output'];
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  Message: MessageRowModel;
  MessageConnection: Omit<MessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageEdge']> };
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageInput: MessageInput;
  MessagePayload: Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationRowModel;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  Operator: OperatorRowModel;
  OperatorPayload: Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversParentTypes['Operator']> };
  PageInfo: PageInfo;
  PauseBotInput: PauseBotInput;
  PinCommentInput: PinCommentInput;
  PinConversationInput: PinConversationInput;
  PinMessageInput: PinMessageInput;
  PresenceTime: Omit<PresenceTime, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  Project: ProjectRowModel;
  Query: Record<PropertyKey, never>;
  QuickReply: QuickReplyRowModel;
  QuickReplyFolder: QuickReplyFolderRowModel;
  QuickReplyFolderPayload: Omit<QuickReplyFolderPayload, 'folder'> & { folder?: Maybe<ResolversParentTypes['QuickReplyFolder']> };
  QuickReplyPayload: Omit<QuickReplyPayload, 'quickReply'> & { quickReply?: Maybe<ResolversParentTypes['QuickReply']> };
  RenameQuickReplyFolderInput: RenameQuickReplyFolderInput;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: RevokeApiTokenPayload;
  SaveDraftInput: SaveDraftInput;
  SaveFilterInput: SaveFilterInput;
  SaveQuickReplyInput: SaveQuickReplyInput;
  SavedCondition: SavedCondition;
  SavedConversationFilter: SavedConversationFilter;
  SavedFilter: SavedFilterRowModel;
  SavedFilterPayload: Omit<SavedFilterPayload, 'savedFilter'> & { savedFilter?: Maybe<ResolversParentTypes['SavedFilter']> };
  SearchHit: SearchHitModelModel;
  SendMessageInput: SendMessageInput;
  SendMessagePayload: Omit<SendMessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  SetOperatorCapacityInput: SetOperatorCapacityInput;
  SetPresenceInput: SetPresenceInput;
  SetTypingInput: SetTypingInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TextSegment: TextSegment;
  TimelineConnection: Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineEdge']> };
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineItem'] };
  TimelineItem: ResolversUnionTypes<ResolversParentTypes>['TimelineItem'];
  UpdateMySettingsInput: UpdateMySettingsInput;
  UpdateProjectSettingsInput: UpdateProjectSettingsInput;
  UpdateProjectSettingsPayload: Omit<UpdateProjectSettingsPayload, 'project'> & { project?: Maybe<ResolversParentTypes['Project']> };
  UserError: UserError;
  Viewer: ViewerModel;
  WidgetMessage: MessageRowModel;
  WidgetSendInput: WidgetSendInput;
  WidgetSendPayload: Omit<WidgetSendPayload, 'message'> & { message?: Maybe<ResolversParentTypes['WidgetMessage']> };
  WidgetSession: Omit<WidgetSession, 'messages'> & { messages: Array<ResolversParentTypes['WidgetMessage']> };
  WidgetStartInput: WidgetStartInput;
  WidgetStartPayload: Omit<WidgetStartPayload, 'session'> & { session?: Maybe<ResolversParentTypes['WidgetSession']> };
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChannelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChannelKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  widgetUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  botActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  botPausedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ClientChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClientChannelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientChannel'] = ResolversParentTypes['ClientChannel']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClientPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClientPayload'] = ResolversParentTypes['ClientPayload']> = {
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  searchHit?: Resolver<Maybe<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  searchMessages?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<ConversationSearchMessagesArgs, 'text'>>;
  status?: Resolver<ResolversTypes['ConversationStatus'], ParentType, ContextType>;
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

export type DeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InboxEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxEvent'] = ResolversParentTypes['InboxEvent']> = {
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InboxEventKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  unreadCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
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
  _empty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  archiveConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationArchiveConversationArgs, 'input'>>;
  assignConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationAssignConversationArgs, 'input'>>;
  blockClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationBlockClientArgs, 'input'>>;
  closeConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationCloseConversationArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createQuickReplyFolder?: Resolver<ResolversTypes['QuickReplyFolderPayload'], ParentType, ContextType, RequireFields<MutationCreateQuickReplyFolderArgs, 'input'>>;
  deleteComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'input'>>;
  deleteFilter?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFilterArgs, 'input'>>;
  deleteMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'input'>>;
  deleteQuickReply?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteQuickReplyArgs, 'input'>>;
  deleteQuickReplyFolder?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteQuickReplyFolderArgs, 'input'>>;
  duplicateFilter?: Resolver<ResolversTypes['SavedFilterPayload'], ParentType, ContextType, RequireFields<MutationDuplicateFilterArgs, 'input'>>;
  editComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'input'>>;
  editMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'input'>>;
  forwardMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationForwardMessageArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markConversationRead?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationMarkConversationReadArgs, 'input'>>;
  markConversationUnread?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationMarkConversationUnreadArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  pauseBot?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationPauseBotArgs, 'input'>>;
  pinComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationPinCommentArgs, 'input'>>;
  pinConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationPinConversationArgs, 'input'>>;
  pinMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationPinMessageArgs, 'input'>>;
  renameQuickReplyFolder?: Resolver<ResolversTypes['QuickReplyFolderPayload'], ParentType, ContextType, RequireFields<MutationRenameQuickReplyFolderArgs, 'input'>>;
  reopenConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationReopenConversationArgs, 'input'>>;
  resumeBot?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationResumeBotArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  saveDraft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSaveDraftArgs, 'input'>>;
  saveFilter?: Resolver<ResolversTypes['SavedFilterPayload'], ParentType, ContextType, RequireFields<MutationSaveFilterArgs, 'input'>>;
  saveQuickReply?: Resolver<ResolversTypes['QuickReplyPayload'], ParentType, ContextType, RequireFields<MutationSaveQuickReplyArgs, 'input'>>;
  sendMessage?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  setOperatorCapacity?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationSetOperatorCapacityArgs, 'input'>>;
  setPresence?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationSetPresenceArgs, 'input'>>;
  setTyping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetTypingArgs, 'input'>>;
  takeConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationTakeConversationArgs, 'input'>>;
  unblockClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationUnblockClientArgs, 'input'>>;
  updateMySettings?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationUpdateMySettingsArgs, 'input'>>;
  updateProjectSettings?: Resolver<ResolversTypes['UpdateProjectSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateProjectSettingsArgs, 'input'>>;
  widgetSend?: Resolver<ResolversTypes['WidgetSendPayload'], ParentType, ContextType, RequireFields<MutationWidgetSendArgs, 'input'>>;
  widgetStart?: Resolver<ResolversTypes['WidgetStartPayload'], ParentType, ContextType, RequireFields<MutationWidgetStartArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Channel' | 'Client' | 'ClientChannel' | 'Conversation' | 'Message' | 'Operator' | 'Project', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  actor?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['PresenceStatus'], ParentType, ContextType>;
  readOnOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OperatorRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperatorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorPayload'] = ResolversParentTypes['OperatorPayload']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'first' | 'order'>>;
  me?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  operators?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  pinnedConversations?: Resolver<Array<ResolversTypes['Conversation']>, ParentType, ContextType, Partial<QueryPinnedConversationsArgs>>;
  presenceReport?: Resolver<Array<ResolversTypes['PresenceTime']>, ParentType, ContextType, RequireFields<QueryPresenceReportArgs, 'from' | 'to'>>;
  quickReplies?: Resolver<Array<ResolversTypes['QuickReply']>, ParentType, ContextType, Partial<QueryQuickRepliesArgs>>;
  quickReplyFolders?: Resolver<Array<ResolversTypes['QuickReplyFolder']>, ParentType, ContextType>;
  renderQuickReply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryRenderQuickReplyArgs, 'conversationId' | 'quickReplyId'>>;
  savedFilters?: Resolver<Array<ResolversTypes['SavedFilter']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuickReplyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuickReply'] = ResolversParentTypes['QuickReply']> = {
  folder?: Resolver<Maybe<ResolversTypes['QuickReplyFolder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuickReplyFolderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuickReplyFolder'] = ResolversParentTypes['QuickReplyFolder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type SavedConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedCondition'] = ResolversParentTypes['SavedCondition']> = {
  anyOf?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['ConditionField'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  is?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  _empty?: SubscriptionResolver<Maybe<ResolversTypes['Boolean']>, "_empty", ParentType, ContextType>;
  conversationActivity?: SubscriptionResolver<ResolversTypes['ConversationActivity'], "conversationActivity", ParentType, ContextType, RequireFields<SubscriptionConversationActivityArgs, 'conversationId'>>;
  conversationMessages?: SubscriptionResolver<ResolversTypes['Message'], "conversationMessages", ParentType, ContextType, RequireFields<SubscriptionConversationMessagesArgs, 'conversationId'>>;
  conversationTimeline?: SubscriptionResolver<ResolversTypes['TimelineItem'], "conversationTimeline", ParentType, ContextType, RequireFields<SubscriptionConversationTimelineArgs, 'conversationId'>>;
  inboxEvents?: SubscriptionResolver<ResolversTypes['InboxEvent'], "inboxEvents", ParentType, ContextType>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
  operatorPresence?: SubscriptionResolver<ResolversTypes['Operator'], "operatorPresence", ParentType, ContextType>;
  widgetMessages?: SubscriptionResolver<ResolversTypes['WidgetMessage'], "widgetMessages", ParentType, ContextType>;
};

export type TextSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextSegment'] = ResolversParentTypes['TextSegment']> = {
  match?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineItem'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  __resolveType: TypeResolveFn<'Comment' | 'ConversationEvent' | 'Message', ParentType, ContextType>;
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

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type WidgetMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetMessage'] = ResolversParentTypes['WidgetMessage']> = {
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MessageDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  senderKind?: Resolver<ResolversTypes['SenderKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  Channel?: ChannelResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientChannel?: ClientChannelResolvers<ContextType>;
  ClientPayload?: ClientPayloadResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentPayload?: CommentPayloadResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationActivity?: ConversationActivityResolvers<ContextType>;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  ConversationEvent?: ConversationEventResolvers<ContextType>;
  ConversationPayload?: ConversationPayloadResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  InboxEvent?: InboxEventResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
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
  Query?: QueryResolvers<ContextType>;
  QuickReply?: QuickReplyResolvers<ContextType>;
  QuickReplyFolder?: QuickReplyFolderResolvers<ContextType>;
  QuickReplyFolderPayload?: QuickReplyFolderPayloadResolvers<ContextType>;
  QuickReplyPayload?: QuickReplyPayloadResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  SavedCondition?: SavedConditionResolvers<ContextType>;
  SavedConversationFilter?: SavedConversationFilterResolvers<ContextType>;
  SavedFilter?: SavedFilterResolvers<ContextType>;
  SavedFilterPayload?: SavedFilterPayloadResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SendMessagePayload?: SendMessagePayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TextSegment?: TextSegmentResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  UpdateProjectSettingsPayload?: UpdateProjectSettingsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WidgetMessage?: WidgetMessageResolvers<ContextType>;
  WidgetSendPayload?: WidgetSendPayloadResolvers<ContextType>;
  WidgetSession?: WidgetSessionResolvers<ContextType>;
  WidgetStartPayload?: WidgetStartPayloadResolvers<ContextType>;
};

