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
import type { BroadcastRow as BroadcastRowModel, BroadcastRecipientRow as BroadcastRecipientRowModel } from '../broadcasts/broadcast.entity.ts';
import type { ProcessRow as ProcessRowModel, ProcessVersionRow as ProcessVersionRowModel, ProcessRunRow as ProcessRunRowModel, ProcessRunStepRow as ProcessRunStepRowModel } from '../processes/process.entity.ts';
import type { WebhookEndpointRow as WebhookEndpointRowModel, WebhookDeliveryRow as WebhookDeliveryRowModel } from '../webhooks/webhook.entity.ts';
import type { ProcessBlockModel as ProcessBlockModelModel } from '../processes/process-blocks.ts';
import type { PendingSendModel as PendingSendModelModel } from '../processes/process-pending-sends.ts';
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
  /**
   * An RFC 3339 date-time with its offset (answers are in UTC, e.g. "2026-12-01T09:30:00.000Z"); anything else is
   * refused.
   */
  DateTime: { input: Date; output: Date; }
  /**
   * Any JSON value. Used for a business process's definition: its shape is the one schema the API, the editor and the
   * worker share (workflows/src/processes/definition.ts; the README's *Business processes* describes it).
   */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A note to write on a client's card. */
export type AddClientNoteInput = {
  /** The client the note is about. */
  clientId: Scalars['ID']['input'];
  /** Operators to @mention, at most 20 active operators of the project: each gets a notification. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 4096 characters (trimmed). */
  text: Scalars['String']['input'];
};

/** A comment to add to a conversation. */
export type AddCommentInput = {
  /** The conversation to comment on. */
  conversationId: Scalars['ID']['input'];
  /** Operators to @mention (at most 20 active operators of the project): each gets a notification. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 4096 characters (trimmed). */
  text: Scalars['String']['input'];
};

/** A stage to add at the end of a funnel. */
export type AddFunnelStageInput = {
  /** The funnel. */
  funnelId: Scalars['ID']['input'];
  /** 1 to 60 characters. */
  name: Scalars['String']['input'];
};

/**
 * A project API token for third-party developers: send it as `Authorization: Bearer <token>`. It acts as the
 * project's bot: it never expires, holds no operator role (so role-restricted mutations answer FORBIDDEN), and what it
 * writes has no author.
 */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** When the token was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The token's global id (not its secret). */
  id: Scalars['ID']['output'];
  /** A name to tell tokens apart, e.g. the app that uses it. */
  name: Scalars['String']['output'];
};

/** Whether to archive a conversation. */
export type ArchiveConversationInput = {
  /** True archives it (out of the inbox until the client writes again); false brings it back. */
  archived: Scalars['Boolean']['input'];
  /** The conversation to archive or unarchive. */
  conversationId: Scalars['ID']['input'];
};

/** Who is to handle a conversation. */
export type AssignConversationInput = {
  /** Shown in the timeline with the assignment, e.g. why it is transferred (the first 1000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The conversation to assign. */
  conversationId: Scalars['ID']['input'];
  /** The operator to assign (a transfer when someone else had it), an active operator of the project; null unassigns. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
};

/** One message to many clients of the Audience, sent durably in the background at the channel's rate. */
export type Broadcast = Node & {
  __typename?: 'Broadcast';
  /** CHANNEL: the channel; null for LATEST. */
  channel?: Maybe<Channel>;
  /** Which conversation of each client it writes to. */
  channelRule: BroadcastChannelRule;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The operator who started it (null for an API token). */
  createdBy?: Maybe<Operator>;
  /** Recipients whose message the channel refused. */
  failed: Scalars['Int']['output'];
  /** The library files sent with every message. At most 10. */
  files: Array<File>;
  /** When it became COMPLETED or CANCELLED. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The broadcast's global id. */
  id: Scalars['ID']['output'];
  /** Recipients not reached yet. */
  pending: Scalars['Int']['output'];
  /** Messages a second at most: the channel's limit (see the README's Broadcasts), or lower when asked. */
  ratePerSecond: Scalars['Int']['output'];
  /** The recipients and what became of each, in the order they are sent to, optionally of one status. */
  recipients: BroadcastRecipientConnection;
  /** A link to download every recipient with its status as CSV (valid for 12 to 13 hours, no header needed). */
  resultsCsvUrl: Scalars['String']['output'];
  /** When it starts (null: at once). */
  sendAt?: Maybe<Scalars['DateTime']['output']>;
  /** Recipients whose message the channel took. */
  sent: Scalars['Int']['output'];
  /** Recipients skipped (blocked, deleted, unreachable, or cancelled). */
  skipped: Scalars['Int']['output'];
  /** When it began sending (null while SCHEDULED). */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  status: BroadcastStatus;
  /** The text as written, `#{variables}` unfilled (each message has them filled for its client). */
  text: Scalars['String']['output'];
  /** Recipients: the clients of the audience when it started (0 while SCHEDULED). */
  total: Scalars['Int']['output'];
  /** Whether the caller may pause, resume and cancel it (`me.can.sendBroadcasts`). */
  viewerCanControl: Scalars['Boolean']['output'];
};


/** One message to many clients of the Audience, sent durably in the background at the channel's rate. */
export type BroadcastRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BroadcastRecipientStatus>;
};

/** Which of a client's conversations a broadcast writes to. */
export type BroadcastChannelRule =
  /** The client's conversation on `channelId` (created when the client has that channel but never wrote there). */
  | 'CHANNEL'
  /** The client's conversation with the latest activity, whatever its channel. */
  | 'LATEST';

/** A page of the project's broadcasts, newest first. */
export type BroadcastConnection = {
  __typename?: 'BroadcastConnection';
  /** The broadcasts of this page. */
  edges: Array<BroadcastEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** How many broadcasts the project has, counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** The broadcast to pause, resume or cancel. */
export type BroadcastControlInput = {
  /** A broadcast of the caller's project. */
  broadcastId: Scalars['ID']['input'];
};

/** One broadcast in the list. */
export type BroadcastEdge = {
  __typename?: 'BroadcastEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The broadcast. */
  node: Broadcast;
};

/** The result of startBroadcast, pauseBroadcast, resumeBroadcast and cancelBroadcast. */
export type BroadcastPayload = {
  __typename?: 'BroadcastPayload';
  /** The broadcast as it is now. */
  broadcast?: Maybe<Broadcast>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** One client of a broadcast. */
export type BroadcastRecipient = {
  __typename?: 'BroadcastRecipient';
  /** The channel the message went by (null until sent, or when skipped). */
  channel?: Maybe<Channel>;
  /** The client. */
  client: Client;
  /** FAILED: the channel's reason. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** The message in the client's conversation (null until it is written, or when skipped). */
  message?: Maybe<Message>;
  /** When the recipient was sent, refused or skipped. */
  processedAt?: Maybe<Scalars['DateTime']['output']>;
  /** SKIPPED: why. */
  skipReason?: Maybe<BroadcastSkipReason>;
  /** What became of them. */
  status: BroadcastRecipientStatus;
};

/** A page of a broadcast's recipients. */
export type BroadcastRecipientConnection = {
  __typename?: 'BroadcastRecipientConnection';
  /** The recipients of this page. */
  edges: Array<BroadcastRecipientEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** How many recipients match (all pages), counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One recipient in a page. */
export type BroadcastRecipientEdge = {
  __typename?: 'BroadcastRecipientEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The recipient. */
  node: BroadcastRecipient;
};

/** What became of one recipient. */
export type BroadcastRecipientStatus =
  /** The channel refused the message (`reason` says why). */
  | 'FAILED'
  /** Not reached yet. */
  | 'PENDING'
  /** The channel took the message. */
  | 'SENT'
  /** Nothing was sent: `skipReason` says why. */
  | 'SKIPPED';

/** Why a recipient was skipped. */
export type BroadcastSkipReason =
  /** The client is blocked. */
  | 'BLOCKED'
  /** The broadcast was cancelled before it reached the client. */
  | 'CANCELLED'
  /** The client is deleted. */
  | 'DELETED'
  /** The client has no conversation or channel to reach them by (on the chosen channel, for CHANNEL). */
  | 'NO_CHANNEL';

/** Where a broadcast is. */
export type BroadcastStatus =
  /** Stopped for good by an operator: the recipients not reached yet are SKIPPED (CANCELLED). */
  | 'CANCELLED'
  /** Every recipient is SENT, FAILED or SKIPPED. */
  | 'COMPLETED'
  /** Paused by an operator: nothing more is sent until it is resumed (a page already on its way finishes). */
  | 'PAUSED'
  /** Sending: `pending` shrinks page by page, at most `ratePerSecond` messages a second. */
  | 'RUNNING'
  /** Waiting for its `sendAt`; cancel it to stop it before anything is sent. */
  | 'SCHEDULED';

/** What bulkClientAction does to every client given. */
export type BulkClientAction =
  /** Archives the clients and their conversations. */
  | 'ARCHIVE'
  /** Puts the clients on the black list: their messages are kept but raise nothing, and nothing is sent to them. */
  | 'BLOCK'
  /** Soft-deletes the clients (restorable until purged). Managers and above, and API tokens. */
  | 'DELETE'
  /** Brings deleted clients back. Managers and above, and API tokens. */
  | 'RESTORE'
  /** Sets `ownerId` (null clears) as owner. Managers and above, and API tokens. */
  | 'SET_OWNER'
  /** Unarchives the clients and their conversations. */
  | 'UNARCHIVE'
  /** Takes the clients off the black list. */
  | 'UNBLOCK';

/** One action on several clients. */
export type BulkClientActionInput = {
  /** What to do to them. */
  action: BulkClientAction;
  /** 1 to 100 clients of the caller's project; one unknown id refuses the whole action (NOT_FOUND). */
  clientIds: Array<Scalars['ID']['input']>;
  /** SET_OWNER only: the active operator of the project to make the owner; null or left out clears the owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of bulkClientAction. */
export type BulkClientActionPayload = {
  __typename?: 'BulkClientActionPayload';
  /** The clients given, as they are now (unordered). At most 100, as many as may be given. */
  clients?: Maybe<Array<Client>>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The caller's current password and the new one. */
export type ChangeMyPasswordInput = {
  /** Checked first: a wrong one is INVALID_CREDENTIALS. */
  currentPassword: Scalars['String']['input'];
  /** 8 to 200 characters. */
  newPassword: Scalars['String']['input'];
};

/** The result of changeMyPassword. */
export type ChangeMyPasswordPayload = {
  __typename?: 'ChangeMyPasswordPayload';
  /** True when the password was changed; the operator's other sessions were ended. False when it was refused. */
  changed: Scalars['Boolean']['output'];
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A connected bot or account on one messenger. */
export type Channel = Node & {
  __typename?: 'Channel';
  /** What its messenger can do. */
  capabilities: ChannelCapabilities;
  /** Connected, last inbound, last error. */
  health: ChannelHealth;
  /** The channel's global id. */
  id: Scalars['ID']['output'];
  /** The messenger the channel is on. */
  kind: ChannelKind;
  /** The language its web chat widget speaks; null: each visitor's browser's (English unless it prefers Russian). */
  locale?: Maybe<Locale>;
  /** The name operators see, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** What its widget asks new visitors before their first message, in this order; empty: no form. */
  preChatFields: Array<PreChatField>;
  /**
   * For web chat: the public key in the widget's address, `/widget/<publicKey>`. Public (it is embedded in the
   * business's site) but unguessable; not a secret.
   */
  publicKey: Scalars['String']['output'];
  /** Its non-secret settings (the bot's username, the phone number id…). At most 20. */
  settings: Array<ChannelSetting>;
  /** ACTIVE, PAUSED or DISCONNECTED. */
  status: ChannelStatus;
  /** The channel's approved templates, asked of the platform (empty for messengers without them). At most 100. */
  templates: Array<MessageTemplate>;
  /**
   * Where the platform calls this channel (`<PUBLIC_URL>/hooks/<id>`), for platforms where it is pasted by hand
   * (WhatsApp, VK); null when the installation has no public address (then Telegram, VK and e-mail poll instead).
   */
  webhookUrl?: Maybe<Scalars['String']['output']>;
  /**
   * WEBCHAT only: the widget's full address (`<public URL>/widget/<publicKey>`), to embed in an `<iframe>`; null for
   * other kinds.
   */
  widgetUrl?: Maybe<Scalars['String']['output']>;
};

/** What a channel's messenger can do: the composer and the message menu offer only this. */
export type ChannelCapabilities = {
  __typename?: 'ChannelCapabilities';
  /** Whether it shows quick-reply buttons. */
  buttons: Scalars['Boolean']['output'];
  /** How long after sending a message can still be deleted for the client, in seconds; null: never. */
  deleteWithinSeconds?: Maybe<Scalars['Int']['output']>;
  /** How long after sending a message can still be edited, in seconds; null: never. */
  editWithinSeconds?: Maybe<Scalars['Int']['output']>;
  /** The longest text it sends. */
  maxTextLength: Scalars['Int']['output'];
  /** The kinds of files it sends; empty: text only. */
  media: Array<FileKind>;
  /** Whether it reports when the client read a message. */
  readReceipts: Scalars['Boolean']['output'];
  /** Outside this many seconds after the client's last message only templates may be sent (WhatsApp); null: no window. */
  replyWindowSeconds?: Maybe<Scalars['Int']['output']>;
  /** Whether its messages have a subject (e-mail). */
  subject: Scalars['Boolean']['output'];
  /** Whether it has approved message templates. */
  templates: Scalars['Boolean']['output'];
};

/** One field of the form that connects a channel of some kind. */
export type ChannelConnectField = {
  __typename?: 'ChannelConnectField';
  /** The name to answer with in `ChannelFieldInput`. */
  name: Scalars['String']['output'];
  /** Whether it may be left empty. */
  optional: Scalars['Boolean']['output'];
  /** Secret (a token, a password): stored encrypted and never shown again. */
  secret: Scalars['Boolean']['output'];
};

/** One answer of a channel's connect form. */
export type ChannelFieldInput = {
  /** The field's name, as `ChannelConnectField.name`. */
  name: Scalars['String']['input'];
  /** The answer, at most 2,000 characters. */
  value: Scalars['String']['input'];
};

/** How a channel is doing, for Settings. */
export type ChannelHealth = {
  __typename?: 'ChannelHealth';
  /** When the platform last answered (a poll, a webhook registration, a send); null before it ever did. */
  connectedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last failure (the platform unreachable, a refused token), cleared when the platform answers again. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When that failure happened. */
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the last message or event came in. */
  lastInboundAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A channel to pause, resume or disconnect. */
export type ChannelInput = {
  /** The channel. */
  channelId: Scalars['ID']['input'];
};

/** The messenger a channel is on. */
export type ChannelKind =
  /** An e-mail mailbox (IMAP in, SMTP out). Can be connected once its driver is installed (see `channelKinds`). */
  | 'EMAIL'
  /** A Telegram bot (Bot API), connected with its token. */
  | 'TELEGRAM'
  /** A VK community's messages. Can be connected once its driver is installed (see `channelKinds`). */
  | 'VK'
  /** The chat widget on the business's own site. */
  | 'WEBCHAT'
  /** WhatsApp Business (Cloud API). Can be connected once its driver is installed (see `channelKinds`). */
  | 'WHATSAPP';

/** A kind of channel and how one is connected. */
export type ChannelKindInfo = {
  __typename?: 'ChannelKindInfo';
  /** What channels of this kind can do; null when it is not connectable. */
  capabilities?: Maybe<ChannelCapabilities>;
  /** Whether this installation has its driver (false: createChannel refuses it). */
  connectable: Scalars['Boolean']['output'];
  /** What the connect form asks; empty for WEBCHAT. At most 20. */
  fields: Array<ChannelConnectField>;
  /** The kind. */
  kind: ChannelKind;
};

/** The result of createChannel, renameChannel and setChannelLocale. */
export type ChannelPayload = {
  __typename?: 'ChannelPayload';
  /** The channel as it is now; null when the mutation was refused. */
  channel?: Maybe<Channel>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A setting of a connected channel, shown in Settings (never a secret). */
export type ChannelSetting = {
  __typename?: 'ChannelSetting';
  /** Its name (the bot's `username`, an IMAP `host`…). */
  name: Scalars['String']['output'];
  /** Its value as text. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Whether a channel takes and sends messages. */
export type ChannelStatus =
  /** Connected: messages come in and go out. */
  | 'ACTIVE'
  /** Disconnected: its secrets are wiped and the platform no longer calls; its clients and history stay. */
  | 'DISCONNECTED'
  /** Connected but stopped: nothing is received (the platform retries later) and nothing is sent. */
  | 'PAUSED';

/** An end customer of the project. */
export type Client = Node & {
  __typename?: 'Client';
  /** The client's history, newest first. */
  activity: ClientActivityConnection;
  /** Whether the client is archived: out of the Audience's Active section, its conversations out of the inbox. */
  archived: Scalars['Boolean']['output'];
  /** A link to the client's picture; null when there is none. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** A blocked client's messages are kept but raise nothing in the inbox, and nothing is sent to them. */
  blocked: Scalars['Boolean']['output'];
  /** Whether the bot answers this client now (not paused). */
  botActive: Scalars['Boolean']['output'];
  /** While set and in the future, the bot stays silent for this client; null when never paused or resumed. */
  botPausedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The client's identities on the project's channels, oldest first. At most 10 (merged clients may have more). */
  channels: Array<ClientChannel>;
  /** The client's conversations (one per client channel), latest activity first. */
  conversations: ConversationConnection;
  /** The client's country, as free text up to 100 characters; null when unknown. */
  country?: Maybe<Scalars['String']['output']>;
  /** When the client first appeared: its first message, its import, or the earliest of two merged clients. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The client's deals, newest first. With `status`: OPEN gives the open deals; WON or LOST gives every closed deal,
   * won and lost alike.
   */
  deals: DealConnection;
  /** Set while the client is deleted (soft); purged for good after the project's retention period. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Other clients of the project with the same phone (digits) or e-mail, deleted ones left out, oldest first:
   * candidates to merge. At most 20.
   */
  duplicates: Array<Client>;
  /** Lower-cased; null when unknown. */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * Every file exchanged with the client in messages (photos, videos, voice, documents), newest first; files of
   * deleted messages are left out.
   */
  files: FileConnection;
  /** The client's global id. */
  id: Scalars['ID']['output'];
  /** When the client last wrote (until then, when it was created); the Audience's default order. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** The lists the client is in, by name. At most 20: a client is in no more. */
  lists: Array<Label>;
  /**
   * The name operators see, up to 200 characters: from the messenger or the web chat (`Visitor …` when the visitor
   * gave none), an import, or an edit.
   */
  name: Scalars['String']['output'];
  /** Internal comments about the client, from all its conversations and the card, newest first (deleted ones left out). */
  notes: CommentConnection;
  /** How many tasks of the client are open (the IMPORTANT section holds clients with at least one). */
  openTaskCount: Scalars['Int']['output'];
  /** Whether the caller owns the client ("your client"); always false for an API token. */
  ownedByMe: Scalars['Boolean']['output'];
  /** The employee responsible for the client (not a conversation's assignee); null when nobody owns it. */
  owner?: Maybe<Operator>;
  /** What the client's runs waiting at a delay will send, soonest first (read afresh on `processRunUpdated`). At most 30. */
  pendingProcessSends: Array<ProcessPendingSend>;
  /** As entered (digits, optionally with +, spaces, dashes or brackets); null when unknown. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The client's runs: the active ones (at most 30, the latest), then the latest ended ones (at most 20). At most 50. */
  processRuns: Array<ProcessRun>;
  /** Won deals: how many and their total, per currency, the largest totals first. At most 10 currencies. */
  sales: Array<SalesTotal>;
  /** The client's pending scheduled messages in every conversation, soonest first. At most 100. */
  scheduledMessages: Array<Message>;
  /** The messenger the client first wrote from (the channel of its oldest identity); null when it has none. */
  sourceChannel?: Maybe<Channel>;
  /** The client's current stage in each funnel with an open deal. At most 20 (one per funnel). */
  stages: Array<ClientStage>;
  /** The client's tags, by name. At most 20: a client holds no more. */
  tags: Array<Label>;
  /**
   * The client's tasks: open ones by due time (undated last); with `includeCompleted`, then the completed ones,
   * latest first. At most 200: 100 of each.
   */
  tasks: Array<Task>;
  /** Tracking data of the link or ad the client came by. */
  tracking: ClientTracking;
  /**
   * The project's client variables with this client's values, oldest variable first, then the system variables.
   * At most 120: up to 100 custom variables, then the system ones (id, created, last action, source, one messenger
   * id per channel).
   */
  variables: Array<VariableValue>;
  /** Whether the caller may set the client's owner to anyone or nobody: managers any, operators their own client. */
  viewerCanSetOwner: Scalars['Boolean']['output'];
  /** Whether the caller may take the client (become its owner): managers any, operators one nobody owns. */
  viewerCanTake: Scalars['Boolean']['output'];
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
  /** When the change was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The details as a JSON object (ids, old and new values, and the names as they were then that the line shows). */
  data: Scalars['String']['output'];
  /** The entry's global id. */
  id: Scalars['ID']['output'];
  /** What happened, in one line of English, with names as they were then. */
  summary: Scalars['String']['output'];
  /** What kind of change it was. */
  type: ClientActivityType;
};

/** A page of a client's history. */
export type ClientActivityConnection = {
  __typename?: 'ClientActivityConnection';
  /** The entries of this page, newest first. */
  edges: Array<ClientActivityEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** The total number of entries in this connection (with its `types`), counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One entry of a client's history. */
export type ClientActivityEdge = {
  __typename?: 'ClientActivityEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The history entry. */
  node: ClientActivity;
};

/** What kind of change a ClientActivity records. */
export type ClientActivityType =
  /** The client archived (archiveClient or a bulk action); its conversations were archived with it. */
  | 'ARCHIVED'
  /** The client put on the black list. */
  | 'BLOCKED'
  /** The bot paused for the client; `data` has `hours` and `until`. */
  | 'BOT_PAUSED'
  /** The bot resumed for the client before its pause ran out. */
  | 'BOT_RESUMED'
  /** A deal created for the client. */
  | 'DEAL_CREATED'
  /** A deal closed as lost. */
  | 'DEAL_LOST'
  /** A closed deal reopened. */
  | 'DEAL_REOPENED'
  /** A deal moved to another stage of its funnel. */
  | 'DEAL_STAGE_CHANGED'
  /** A deal closed as won. */
  | 'DEAL_WON'
  /** The client deleted (soft). */
  | 'DELETED'
  /** The client created or updated by a CSV import; `data` has the CSV `line` and whether it `updated` a client. */
  | 'IMPORTED'
  /** The client added to a list. */
  | 'LIST_ADDED'
  /** The client taken out of a list. */
  | 'LIST_REMOVED'
  /** Two clients merged: recorded on both, the survivor and the client merged into it. */
  | 'MERGED'
  /** The owner set, transferred or cleared; `data` has the old and new owner ids and the comment. */
  | 'OWNER_CHANGED'
  /** A business process's step for the client: started, a block entered, an answer stored, a handoff, an end (the summary says which). */
  | 'PROCESS'
  /** Name, phone, e-mail, country or tracking data edited (updateClient); `data` has each field's old and new value. */
  | 'PROFILE_UPDATED'
  /** The deleted client restored (restoreClient, a bulk action, or a new message from the client). */
  | 'RESTORED'
  /** A tag put on the client (one entry per tag). */
  | 'TAG_ADDED'
  /** A tag taken off the client. */
  | 'TAG_REMOVED'
  /** A task about the client completed. */
  | 'TASK_COMPLETED'
  /** A task about the client created. */
  | 'TASK_CREATED'
  /** The client unarchived (unarchiveClient, a bulk action, or a new message from the client). */
  | 'UNARCHIVED'
  /** The client taken off the black list. */
  | 'UNBLOCKED'
  /** Custom client variables set or cleared (setClientVariables); `data` has each key's old and new value. */
  | 'VARIABLE_SET';

/**
 * Clients of the Audience to act on (a broadcast's recipients, a process's runs): exactly one of the three, resolved
 * when the action starts.
 */
export type ClientAudienceInput = {
  /** 1 to 1,000 clients of the project (chosen in the Audience). */
  clientIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every client matching the Audience's section, search and conditions when the action starts. */
  filter?: InputMaybe<ClientFilter>;
  /** A saved filter of the caller's (or a shared one): its search and conditions over the Audience's Active section. */
  savedFilterId?: InputMaybe<Scalars['ID']['input']>;
};

/** One client's identity on one channel. */
export type ClientChannel = Node & {
  __typename?: 'ClientChannel';
  /** The channel this identity is on. */
  channel: Channel;
  /** The client channel's global id. */
  id: Scalars['ID']['output'];
  /** The messenger's own id of the client (for web chat: the visitor's id). */
  platformId: Scalars['String']['output'];
  /** When the messenger refused this client for good (they blocked the bot, the chat is gone); null: reachable. */
  unreachableAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of the Audience's clients. */
export type ClientConnection = {
  __typename?: 'ClientConnection';
  /** The clients of this page, in the order asked. */
  edges: Array<ClientEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** How many clients match (all pages), counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One client in a page of the Audience. */
export type ClientEdge = {
  __typename?: 'ClientEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The client. */
  node: Client;
};

/**
 * The same conditions as the inbox's filter (conversation conditions ask whether one of the client's conversations
 * matches).
 */
export type ClientFilter = {
  /**
   * Conditions on top of the section and search, combined as `match` says; at most 20 (more, or a condition without
   * the operand its field takes, is a BAD_USER_INPUT error).
   */
  conditions?: InputMaybe<Array<ConversationCondition>>;
  /** ALL (the default): every condition must hold; ANY: one is enough. */
  match?: InputMaybe<ConditionMatch>;
  /**
   * Text to find, in any case and as one piece, in the client's name, phone or e-mail, or in the name of one of its
   * tags (part of a word is enough).
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** The section to list; ACTIVE by default. */
  section?: InputMaybe<ClientSection>;
};

/** One client to act on. */
export type ClientInput = {
  /** The client's global id (deleted clients are found too). */
  clientId: Scalars['ID']['input'];
};

/** A CSV import or export of clients, run durably in the background; its progress is live (clientJobUpdated). */
export type ClientJob = Node & {
  __typename?: 'ClientJob';
  /** IMPORT: clients created (rows matching no existing client); 0 for an export. */
  created: Scalars['Int']['output'];
  /** When the job was started. */
  createdAt: Scalars['DateTime']['output'];
  /** The operator who started the job. */
  createdBy?: Maybe<Operator>;
  /** IMPORT: rows that could not be imported. At most 100: the first ones refused. */
  errors: Array<ClientJobError>;
  /** FAILED: why, fit to show to the user (e.g. unknown columns, an empty file); null otherwise. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** IMPORT: the uploaded CSV; EXPORT: the CSV written, once DONE. */
  file?: Maybe<File>;
  /** When it became DONE or FAILED; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job's global id. */
  id: Scalars['ID']['output'];
  /** IMPORT or EXPORT. */
  kind: ClientJobKind;
  /** Rows imported or refused so far, or clients exported so far. */
  processed: Scalars['Int']['output'];
  /** Where the job is. */
  status: ClientJobStatus;
  /** Rows to import (0 until the file is read), or clients to export. */
  total: Scalars['Int']['output'];
  /** IMPORT: existing clients updated (matched by phone digits or e-mail); 0 for an export. */
  updated: Scalars['Int']['output'];
};

/** A page of the project's imports and exports. */
export type ClientJobConnection = {
  __typename?: 'ClientJobConnection';
  /** The jobs of this page, newest first. */
  edges: Array<ClientJobEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** The total number of jobs in this connection, counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One import or export in the list of recent jobs. */
export type ClientJobEdge = {
  __typename?: 'ClientJobEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The job. */
  node: ClientJob;
};

/** A CSV row an import refused (the rest of the file is imported). */
export type ClientJobError = {
  __typename?: 'ClientJobError';
  /** Why the row was refused, e.g. a malformed phone or an unknown owner e-mail. */
  message: Scalars['String']['output'];
  /** The CSV line (1 is the header). */
  row: Scalars['Int']['output'];
};

/** Which way a ClientJob moves clients. */
export type ClientJobKind =
  /** Writes the clients matching a filter to a new CSV file. */
  | 'EXPORT'
  /** Reads clients from an uploaded CSV, creating or updating them. */
  | 'IMPORT';

/** The result of importClients and exportClients. */
export type ClientJobPayload = {
  __typename?: 'ClientJobPayload';
  /** The job started (QUEUED); follow it with clientJobUpdated. */
  job?: Maybe<ClientJob>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Where a ClientJob is. */
export type ClientJobStatus =
  /** Finished: an import's counts are final, an export's `file` is ready. */
  | 'DONE'
  /** Stopped for good: `failureReason` says why (what an import committed before stays). */
  | 'FAILED'
  /** Started, waiting for a worker. */
  | 'QUEUED'
  /** Being processed: `processed` grows batch by batch. */
  | 'RUNNING';

/** Marks (or unmarks) every client given with every label given; clients that already are (or are not) are skipped. */
export type ClientLabelsInput = {
  /** 1 to 100 clients. */
  clientIds: Array<Scalars['ID']['input']>;
  /** 1 to 50 tags or lists of the project (both kinds may be mixed). */
  labelIds: Array<Scalars['ID']['input']>;
};

/** The result of addClientLabels and removeClientLabels. */
export type ClientLabelsPayload = {
  __typename?: 'ClientLabelsPayload';
  /** The clients as they are now. At most 100, as many as may be given. */
  clients?: Maybe<Array<Client>>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The order of the Audience's clients. */
export type ClientOrder =
  /** The most recently active first (`lastActivityAt`). */
  | 'LAST_ACTIVITY_FIRST'
  /** The most recently created first (`createdAt`). */
  | 'NEWEST_FIRST'
  /** The earliest created first (`createdAt`). */
  | 'OLDEST_FIRST';

/** The result of an action on one client. */
export type ClientPayload = {
  __typename?: 'ClientPayload';
  /** The client as it is now; null when the mutation was refused. */
  client?: Maybe<Client>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The Audience's sections: every one but DELETED leaves deleted clients out. */
export type ClientSection =
  /** Neither archived nor deleted (blocked clients included). */
  | 'ACTIVE'
  /** Every client that is not deleted. */
  | 'ALL'
  /** Archived and not deleted. */
  | 'ARCHIVED'
  /** On the black list (archived ones included), not deleted. */
  | 'BLOCKED'
  /** Deleted, not yet purged. */
  | 'DELETED';

/** Where the client stands in one funnel: the stage of its newest open deal there. */
export type ClientStage = {
  __typename?: 'ClientStage';
  /** That deal. */
  deal: Deal;
  /** The funnel. */
  funnel: Funnel;
  /** The stage of the client's newest open deal in that funnel. */
  stage: FunnelStage;
};

/** Tracking (UTM) data of the link or ad a client came by; each value null when unknown. */
export type ClientTracking = {
  __typename?: 'ClientTracking';
  /** The ad (`utm_ad`). */
  ad?: Maybe<Scalars['String']['output']>;
  /** The ad set (`utm_ad_set`). */
  adSet?: Maybe<Scalars['String']['output']>;
  /** The campaign (`utm_campaign`). */
  campaign?: Maybe<Scalars['String']['output']>;
  /** The traffic source (`utm_source`), e.g. the ad network. */
  source?: Maybe<Scalars['String']['output']>;
  /** A free tag (`utm_tag`). */
  tag?: Maybe<Scalars['String']['output']>;
};

/** Tracking data to change: only the fields given; each up to 200 characters, an empty string clears it. */
export type ClientTrackingInput = {
  /** The ad (`utm_ad`). */
  ad?: InputMaybe<Scalars['String']['input']>;
  /** The ad set (`utm_ad_set`). */
  adSet?: InputMaybe<Scalars['String']['input']>;
  /** The campaign (`utm_campaign`). */
  campaign?: InputMaybe<Scalars['String']['input']>;
  /** The traffic source (`utm_source`). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A free tag (`utm_tag`). */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** A change to one client, as clientUpdated delivers it. */
export type ClientUpdate = {
  __typename?: 'ClientUpdate';
  /** The change recorded in the client's history, when there is one. */
  activity?: Maybe<ClientActivity>;
  /** The client as it is now. */
  client: Client;
};

/** Which of the project's clients changed, by id: one event per change, a bulk action's clients together. */
export type ClientsChanged = {
  __typename?: 'ClientsChanged';
  /** The global ids of the clients that changed. */
  clientIds: Array<Scalars['ID']['output']>;
};

/** How to close a deal. */
export type CloseDealInput = {
  /** The deal to close. */
  dealId: Scalars['ID']['input'];
  /** WON or LOST; OPEN is refused (use reopenDeal). */
  status: DealStatus;
};

/** An internal comment (a note) in a conversation's timeline: operators see it, the client never does. */
export type Comment = Node & {
  __typename?: 'Comment';
  /** Null when a project API token wrote it. */
  author?: Maybe<Operator>;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was deleted; null while it is not. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the text was last edited; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The comment's global id. */
  id: Scalars['ID']['output'];
  /** The operators notified of it. At most 20. */
  mentions: Array<Operator>;
  /** Whether it is pinned to the top of its conversation (see Conversation.pinnedComments). */
  pinned: Scalars['Boolean']['output'];
  /** Null once the comment is deleted; the comment keeps its place in the timeline. */
  text?: Maybe<Scalars['String']['output']>;
  /** Whether the caller may delete it: its author, or whoever may moderate comments. */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether the caller may edit it: its author only. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of comments. */
export type CommentConnection = {
  __typename?: 'CommentConnection';
  /** The comments of this page, newest first. */
  edges: Array<CommentEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** The total number of comments in this connection, counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One comment in a list of comments. */
export type CommentEdge = {
  __typename?: 'CommentEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The comment. */
  node: Comment;
};

/** One comment to act on. */
export type CommentInput = {
  /** The comment's global id. */
  commentId: Scalars['ID']['input'];
};

/** The result of a change to one comment. */
export type CommentPayload = {
  __typename?: 'CommentPayload';
  /** The comment as it is now; null when the mutation was refused. */
  comment?: Maybe<Comment>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** What a ConversationCondition looks at, and which of its operands that takes. */
export type ConditionField =
  /** The assignee: `anyOf` operator ids; `is: false` for unassigned. */
  | 'ASSIGNEE'
  /** Who handles the client: `anyOf` AUTO (the bot) and/or MANUAL (the bot is paused, or a business process of the client is MANUAL: operators talk). */
  | 'BOT_STATUS'
  /** The conversation's channel: `anyOf` channel ids. */
  | 'CHANNEL'
  /** The channel's messenger: `anyOf` kinds (WEBCHAT, TELEGRAM, WHATSAPP, VK, EMAIL). */
  | 'CHANNEL_KIND'
  /** When the conversation started (in the Audience: when the client was created): `from` and/or `to`. */
  | 'CREATED_AT'
  /** The client has an open deal in a funnel: `anyOf` funnel ids. */
  | 'FUNNEL'
  /** The client has an e-mail: `is`. */
  | 'HAS_EMAIL'
  /** The client has a phone: `is`. */
  | 'HAS_PHONE'
  /** The last activity of the conversation (in the Audience: of the client): `from` and/or `to`. */
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

/** How a filter's conditions combine. */
export type ConditionMatch =
  /** Every condition must hold. */
  | 'ALL'
  /** At least one condition must hold. */
  | 'ANY';

/** The thread between the project and one client on one channel. */
export type Conversation = Node & {
  __typename?: 'Conversation';
  /** Archived conversations leave the inbox until the client writes again. */
  archived: Scalars['Boolean']['output'];
  /** The operator handling it; null when unassigned. */
  assignee?: Maybe<Operator>;
  /** The channel it runs on. */
  channel: Channel;
  /** The client the conversation is with. */
  client: Client;
  /** When it was closed; null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it started: the client's first message on this channel. */
  createdAt: Scalars['DateTime']['output'];
  /** What the caller started to write here and has not sent; each operator has their own. Null for API tokens. */
  draft?: Maybe<Scalars['String']['output']>;
  /** The conversation's global id. */
  id: Scalars['ID']['output'];
  /** When its latest message (either way) was stored; when it started, before that. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** The newest message, either way; null when there is none. */
  lastMessage?: Maybe<Message>;
  /** The conversation's messages, newest first: `first`/`after` page towards older ones, `last`/`before` towards newer. */
  messages: MessageConnection;
  /** Pinned conversations stay on top of the list (see pinnedConversations) for the whole project. */
  pinned: Scalars['Boolean']['output'];
  /** Pinned comments (deleted ones left out), most recently pinned first. At most 20: a conversation pins no more. */
  pinnedComments: Array<Comment>;
  /** Pinned messages, most recently pinned first. At most 20: pinning another one is refused (CONFLICT). */
  pinnedMessages: Array<Message>;
  /** Why a reply sent now would be refused (sendMessage's MESSAGE_CLIENT_BLOCKED, MESSAGE_CHANNEL_NOT_ACTIVE or MESSAGE_CLIENT_UNREACHABLE); null: replies are taken. */
  replyRefusal?: Maybe<ReplyRefusal>;
  /**
   * Grows with every change of the conversation's row (status, assignee, unread count, last message, pin…): of two
   * copies of a conversation, an event's and a mutation's, the one with the higher revision is the newer.
   */
  revision: Scalars['Int']['output'];
  /** How many messages wait for their due time in this conversation (the chat list marks it). */
  scheduledCount: Scalars['Int']['output'];
  /** On conversations found with `filter.search`: the best matching message, when a message matched; null elsewhere. */
  searchHit?: Maybe<SearchHit>;
  /**
   * The messages of this conversation that match all the words (also partial words, Russian and English stems),
   * oldest first. At most 200; words past the tenth are ignored, deleted messages never match.
   */
  searchMessages: Array<SearchHit>;
  /** OPEN or CLOSED. */
  status: ConversationStatus;
  /** The team it was transferred to; it may have an assignee as well. Null for none, or once the team is deleted. */
  team?: Maybe<Team>;
  /**
   * Messages, system events, internal comments and the client's history entries (tags, stages, owner…), newest
   * first; page backwards in time with `after`.
   */
  timeline: TimelineConnection;
  /** Client messages not yet read by the operators. */
  unreadCount: Scalars['Int']['output'];
  /** Whether the caller may assign, transfer or unassign it: managers any, operators their own. */
  viewerCanAssign: Scalars['Boolean']['output'];
  /** Whether the caller may take it (assign it to themselves): managers any, operators a free one. */
  viewerCanTake: Scalars['Boolean']['output'];
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
  /** The operator this is about (never the subscriber). */
  operator: Operator;
  /**
   * Is writing a reply; clients repeat `typing: true` every few seconds while typing and treat 6 s of silence as
   * stopped.
   */
  typing: Scalars['Boolean']['output'];
  /** Has the conversation open; false once they left it (their subscription ended). */
  viewing: Scalars['Boolean']['output'];
};

/** One condition of the chat list's filter; which operand a field takes is on the field. */
export type ConversationCondition = {
  /** TAGS and LISTS: ids that must all be on the client; used instead of `anyOf` when given. */
  allOf?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ids (or kinds, or AUTO/MANUAL) of which at least one must match. */
  anyOf?: InputMaybe<Array<Scalars['String']['input']>>;
  /** VARIABLE: the value contains this text, in any case. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** VARIABLE: the value is this text, in any case. */
  equals?: InputMaybe<Scalars['String']['input']>;
  /** What the condition looks at; it decides which of the operands below counts. */
  field: ConditionField;
  /** CREATED_AT, LAST_ACTIVITY_AT: at or after this moment; VARIABLE (dates): on or after its UTC day. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Yes or no: HAS_PHONE, HAS_EMAIL, UNREAD, VARIABLE (has a value); `false` with ASSIGNEE or OWNER for nobody. */
  is?: InputMaybe<Scalars['Boolean']['input']>;
  /** VARIABLE (numbers): the value is at most this. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** VARIABLE (numbers): the value is at least this. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** CREATED_AT, LAST_ACTIVITY_AT: before this moment (exclusive); VARIABLE (dates): before its UTC day. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** VARIABLE: the client variable's key. */
  variable?: InputMaybe<Scalars['String']['input']>;
};

/** A page of conversations (no total count: sections of the inbox are counted elsewhere). */
export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** The conversations of this page, in the order asked (ranked, with search words). */
  edges: Array<ConversationEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
};

/** One conversation in a page of conversations. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The conversation; found by a search, it carries the best matching message. */
  node: Conversation;
};

/** A system event in a conversation's timeline, shown to operators only. */
export type ConversationEvent = Node & {
  __typename?: 'ConversationEvent';
  /**
   * The operator who did it; null when the client (whose message reopens a conversation), the system or an API token
   * did.
   */
  actor?: Maybe<Operator>;
  /** ASSIGNED, and TEAM_ASSIGNED with an operator: the new assignee. */
  assignee?: Maybe<Operator>;
  /**
   * The comment given with an assignment or a transfer (up to 1000 characters), or the system's reason ("Assigned
   * automatically", "No activity for 24 h").
   */
  comment?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** The event's global id. */
  id: Scalars['ID']['output'];
  /** The MESSAGE_… events: the scheduled message. */
  message?: Maybe<Message>;
  /** MESSAGE_SCHEDULED and MESSAGE_RESCHEDULED: the due time this event set. */
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  /** TEAM_ASSIGNED: the team; null for other events and once the team is deleted. */
  team?: Maybe<Team>;
  /** What happened. */
  type: ConversationEventType;
};

/** What a system event records. */
export type ConversationEventType =
  /** Archived by an operator or an API token: it left the inbox until the client writes again. */
  | 'ARCHIVED'
  /** Assigned to `assignee`, by an operator, an API token or automatically. */
  | 'ASSIGNED'
  /** Closed by an operator or an API token, or automatically after inactivity (`comment` says so). */
  | 'CLOSED'
  /** A scheduled reply was moved to `scheduledAt`. */
  | 'MESSAGE_RESCHEDULED'
  /** A reply was scheduled (`message`, due at `scheduledAt`). */
  | 'MESSAGE_SCHEDULED'
  /** A scheduled reply was cancelled: never sent. */
  | 'MESSAGE_SCHEDULE_CANCELLED'
  /** A scheduled reply was sent before its due time (Send now). */
  | 'MESSAGE_SENT_NOW'
  /** Reopened by an operator or an API token, or by the client writing again. */
  | 'REOPENED'
  /** Transferred to a team (`team`), and to `assignee` if set. */
  | 'TEAM_ASSIGNED'
  /** Taken out of the archive, by an operator or an API token, or by the client writing again. */
  | 'UNARCHIVED'
  /** Unassigned, by an operator or an API token, or because the assignee was deactivated. */
  | 'UNASSIGNED';

/** Which conversations to list: a section, search words and conditions. */
export type ConversationFilter = {
  /** With section OTHERS: only this operator's conversations. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Conditions on top of the section, combined as `match` says; at most 20 (more, or a condition without the operand
   * its field takes, is a BAD_USER_INPUT error).
   */
  conditions?: InputMaybe<Array<ConversationCondition>>;
  /** ALL (the default): every condition must hold; ANY: one is enough. */
  match?: InputMaybe<ConditionMatch>;
  /**
   * Words to find in the client's name, phone or e-mail, or in message texts (Russian and English stems, partial
   * words). Results are ranked (client matches first, then by relevance, then by activity); pinned conversations
   * are included and `order` does not apply. The client's tag names match too. The 200 most recently active
   * matches are ranked; message texts match on the first 10 words, and at least one letter or digit is needed.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** The section; ALL by default. */
  section?: InputMaybe<ConversationSection>;
  /** With section TEAM: the team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** One conversation to act on. */
export type ConversationInput = {
  /** The conversation's global id. */
  conversationId: Scalars['ID']['input'];
};

/** The order of a conversation list by last activity. */
export type ConversationOrder =
  /** The most recently active first. */
  | 'NEWEST_ACTIVITY_FIRST'
  /** The least recently active first. */
  | 'OLDEST_ACTIVITY_FIRST';

/** The result of an action on one conversation. */
export type ConversationPayload = {
  __typename?: 'ConversationPayload';
  /** The conversation as it is now; null when the action was refused. */
  conversation?: Maybe<Conversation>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The inbox's sections. Every section but ARCHIVED leaves archived conversations out. */
export type ConversationSection =
  /** Every conversation that is not archived. */
  | 'ALL'
  /** Archived ones only. */
  | 'ARCHIVED'
  /** Closed ones. */
  | 'CLOSED'
  /** The client has an open task. */
  | 'IMPORTANT'
  /** Assigned to the caller (none for an API token). */
  | 'MINE'
  /** Open ones. */
  | 'OPEN'
  /** Assigned to another operator (the one in `assigneeId`, if given). */
  | 'OTHERS'
  /** Transferred to the team in `teamId` (to any team without it). */
  | 'TEAM'
  /** Open and assigned to nobody. */
  | 'UNASSIGNED'
  /** With client messages no operator has read. */
  | 'UNREAD';

/** Whether a conversation is going on. */
export type ConversationStatus =
  /** Closed by a caller or by the project's auto-close after inactivity; the client's next message reopens it. */
  | 'CLOSED'
  /** Going on; a new conversation starts open. */
  | 'OPEN';

/** A new API token. */
export type CreateApiTokenInput = {
  /** 1 to 100 characters (trimmed). */
  name: Scalars['String']['input'];
};

/** The result of createApiToken. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The token created; null when it was refused. */
  apiToken?: Maybe<ApiToken>;
  /** The secret, shown only in this answer: store it now. */
  token?: Maybe<Scalars['String']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A channel to connect. */
export type CreateChannelInput = {
  /**
   * The connect form's answers, by the names `channelKinds` gives (a Telegram bot's `token`, say); not for WEBCHAT.
   * Secret ones are checked with the platform, encrypted at rest, and never returned. At most 20.
   */
  fields?: InputMaybe<Array<ChannelFieldInput>>;
  /** A kind `channelKinds` lists as connectable. */
  kind: ChannelKind;
  /** 1 to 100 characters. Required for WEBCHAT; for a messenger, empty or absent takes the bot's or account's own name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A new deal. */
export type CreateDealInput = {
  /**
   * A decimal amount, e.g. "1500" or "99.90" (a comma works too; up to 12 digits and 2 decimals); none when left
   * out.
   */
  budget?: InputMaybe<Scalars['String']['input']>;
  /** The client the deal is with; it must not be deleted. */
  clientId: Scalars['ID']['input'];
  /** ISO 4217 code; the project's usual RUB when left out. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The funnel the deal goes into. */
  funnelId: Scalars['ID']['input'];
  /**
   * An active operator of the project to work the deal; when left out, the stage's responsible employee, else the
   * caller (nobody for an API token).
   */
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  /** A stage of that funnel; defaults to the first stage of the funnel. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** Deal variables to set (at most 100), each checked against its type; one bad value refuses the deal. */
  variables?: InputMaybe<Array<VariableValueInput>>;
};

/** A new funnel. */
export type CreateFunnelInput = {
  /** 1 to 60 characters. */
  name: Scalars['String']['input'];
  /** The stages in order; at least one, at most 30, each name 1 to 60 characters. */
  stages: Array<Scalars['String']['input']>;
};

/** A new tag or list. */
export type CreateLabelInput = {
  /** #rrggbb; a colour is picked when left out. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** TAG or LIST. */
  kind: LabelKind;
  /** 1 to 50 characters. */
  name: Scalars['String']['input'];
};

/** A new operator of the caller's project. */
export type CreateOperatorInput = {
  /**
   * Their login: an e-mail address of at most 254 characters, unique across the product whatever the case (CONFLICT
   * when taken); stored trimmed and lower-cased.
   */
  email: Scalars['String']['input'];
  /** 1 to 100 characters, trimmed. */
  name: Scalars['String']['input'];
  /** The first password, 8 to 200 characters; hand it over, they change it with changeMyPassword. */
  password: Scalars['String']['input'];
  /** OWNER only by an owner (FORBIDDEN otherwise). */
  role: OperatorRole;
};

/** A new process. */
export type CreateProcessInput = {
  /** A definition to start from (an export); an empty one when left out. */
  definition?: InputMaybe<Scalars['JSON']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** A new quick reply folder. */
export type CreateQuickReplyFolderInput = {
  /** 1 to 100 characters, trimmed. */
  name: Scalars['String']['input'];
};

/** A new task about a client. */
export type CreateTaskInput = {
  /** An active operator of the project; null leaves it to anyone. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The client (of the caller's project, not deleted). */
  clientId: Scalars['ID']['input'];
  /** Up to 4000 characters; empty means none. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due; null for no due time. A time already past is notified within a minute. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How urgent it is. */
  priority?: InputMaybe<TaskPriority>;
  /** 1 to 200 characters, trimmed. */
  title: Scalars['String']['input'];
};

/** A new team. */
export type CreateTeamInput = {
  /** 1 to 100 characters, unique in the project (whatever the case). */
  name: Scalars['String']['input'];
};

/** A new custom variable. */
export type CreateVariableDefinitionInput = {
  /**
   * Letters, digits and _; starts with a letter or _; 64 characters at most. Unique in the scope whatever the case
   * (CONFLICT), and none of the system variables' keys (`systemVariables`: id, name, first_name, phone, email, operator,
   * project, created, last_activity, channel, platform_id_<n>).
   */
  key: Scalars['String']['input'];
  /** The label, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Clients or deals; each scope holds at most 100 variables (CONFLICT past it). */
  scope: VariableScope;
  /** How values are checked; it cannot be changed later. */
  type: VariableType;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** At most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one event type. */
  eventTypes: Array<WebhookEventType>;
  /** An http(s) URL of at most 2000 characters; private, loopback and link-local addresses are refused. */
  url: Scalars['String']['input'];
};

/** The result of createWebhookEndpoint. */
export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  /** The signing secret, shown only in this answer: store it now. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The endpoint registered; null when it was refused. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** A deal with a client at one stage of one funnel. */
export type Deal = Node & {
  __typename?: 'Deal';
  /** Decimal, as text (e.g. "1500.00"); null when not set. */
  budget?: Maybe<Scalars['String']['output']>;
  /** The client the deal is with. */
  client: Client;
  /** When it was closed as WON or LOST; null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the deal was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The budget's ISO 4217 code, e.g. RUB. */
  currency: Scalars['String']['output'];
  /** The funnel the deal is in. */
  funnel: Funnel;
  /** The deal's global id. */
  id: Scalars['ID']['output'];
  /** The employee working the deal (not necessarily the client's owner). */
  responsible?: Maybe<Operator>;
  /** The stage it is at (kept when the deal is closed). */
  stage: FunnelStage;
  /** When the deal entered its current stage (its creation, then every move). */
  stageChangedAt: Scalars['DateTime']['output'];
  /** OPEN, WON or LOST. */
  status: DealStatus;
  /** 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** The project's deal variables with this deal's values. At most 100. */
  variables: Array<VariableValue>;
};

/** A page of a client's deals. */
export type DealConnection = {
  __typename?: 'DealConnection';
  /** The deals of this page, newest first. */
  edges: Array<DealEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** The total number of deals in this connection (with its `status`), counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One deal in a list of deals. */
export type DealEdge = {
  __typename?: 'DealEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The deal. */
  node: Deal;
};

/** One deal to act on. */
export type DealInput = {
  /** The deal's global id. */
  dealId: Scalars['ID']['input'];
};

/** The result of a change to a deal. */
export type DealPayload = {
  __typename?: 'DealPayload';
  /** The deal as it is now; null when the mutation was refused. */
  deal?: Maybe<Deal>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Where a deal stands. */
export type DealStatus =
  /** Closed as lost. */
  | 'LOST'
  /** Being worked on; it moves between the funnel's stages. */
  | 'OPEN'
  /** Closed as won; it counts in the client's `sales`. */
  | 'WON';

/** A funnel to delete. */
export type DeleteFunnelInput = {
  /** The funnel (of the caller's project); it must hold no deals. */
  funnelId: Scalars['ID']['input'];
};

/** A stage to delete, and where its deals go. */
export type DeleteFunnelStageInput = {
  /**
   * Another stage of the same funnel that takes the stage's deals, open and closed alike (each move is written to its
   * client's history; the stage's responsible employee takes the open ones over, as moveDeal does). Required when the
   * stage holds deals.
   */
  moveDealsToStageId?: InputMaybe<Scalars['ID']['input']>;
  /** The stage (of the caller's project); a funnel keeps at least one. */
  stageId: Scalars['ID']['input'];
};

/** The result of deleteLabel. */
export type DeleteLabelPayload = {
  __typename?: 'DeleteLabelPayload';
  /** The global id of the label deleted. */
  deletedLabelId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The result of a mutation that deletes one object. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The global id of what was deleted; null when the mutation failed. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The result of deleteVariableDefinition. */
export type DeleteVariableDefinitionPayload = {
  __typename?: 'DeleteVariableDefinitionPayload';
  /** The global id of the deleted variable; null when the mutation failed. */
  deletedDefinitionId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The result of deleteWebhookEndpoint. */
export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  /** The id of the deleted endpoint; its log went with it. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Why a message could not be delivered. */
export type DeliveryFailure =
  /** The messenger no longer accepts the channel's credentials: reconnect it. */
  | 'CHANNEL_AUTH'
  /** The channel is paused or disconnected. */
  | 'CHANNEL_PAUSED'
  /** The messenger has no such chat any more. */
  | 'CHAT_NOT_FOUND'
  /** The client blocked the bot or left the chat: nothing more is sent on this channel until they write again. */
  | 'CLIENT_BLOCKED_BOT'
  /** The messenger did not take a file. */
  | 'MEDIA_REJECTED'
  /** WhatsApp: more than 24 hours since the client's last message; only a template may be sent. */
  | 'OUTSIDE_REPLY_WINDOW'
  /** Another refusal, or the messenger could not be reached after every retry: see failureReason. */
  | 'PLATFORM_ERROR'
  /** The text is longer than the messenger takes. */
  | 'TOO_LONG';

/** How the delivery of the project's replies is going. */
export type DeliveryStatus = {
  __typename?: 'DeliveryStatus';
  /** True when replies wait longer than a minute, or wait with no worker: the inbox shows a banner. */
  delayed: Scalars['Boolean']['output'];
  /** When the longest-waiting of them was stored; null when none waits. */
  oldestQueuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The project's replies waiting to be delivered (QUEUED). */
  queued: Scalars['Int']['output'];
  /** Whether a worker is there to deliver. */
  workers: WorkerState;
};

/** A saved filter to copy. */
export type DuplicateFilterInput = {
  /** The copy's name, 1 to 100 characters; by default the original's followed by " (copy)". */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A filter the caller can see: their own or a shared one. */
  savedFilterId: Scalars['ID']['input'];
};

/** A comment's new text. */
export type EditCommentInput = {
  /** The comment to edit. */
  commentId: Scalars['ID']['input'];
  /**
   * The comment's mentions after the edit (at most 20); operators newly mentioned get a notification. Left out or
   * null: the mentions stay as they were.
   */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 4096 characters (trimmed). */
  text: Scalars['String']['input'];
};

/** A new text for a sent message. */
export type EditMessageInput = {
  /** The message: the caller's own outbound one. */
  messageId: Scalars['ID']['input'];
  /** The new text, 1 to 4096 characters once trimmed. */
  text: Scalars['String']['input'];
};

/** The clients to export. */
export type ExportClientsInput = {
  /** The section, search and conditions to export, as in `clients`; the Active section when left out. */
  filter?: InputMaybe<ClientFilter>;
};

/** A file sent or received in a message, or kept in the project's library for attachments. */
export type File = Node & {
  __typename?: 'File';
  /** The MIME type it was uploaded with, e.g. image/png; only allowed types are accepted. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded (for a library file sent in a message: when it was sent). */
  createdAt: Scalars['DateTime']['output'];
  /** The same link, for saving the file (Content-Disposition: attachment) whatever its type. */
  downloadUrl: Scalars['String']['output'];
  /** The file's global id (what `fileIds` take). */
  id: Scalars['ID']['output'];
  /** What sort of file it is. */
  kind: FileKind;
  /** In the library (otherwise it went with a message). */
  library: Scalars['Boolean']['output'];
  /** The name it was uploaded with (without folders or control characters, at most 200 characters). */
  name: Scalars['String']['output'];
  /** In bytes. */
  size: Scalars['Int']['output'];
  /** The operator who uploaded or sent it; null for the client's files and for API tokens. */
  uploadedBy?: Maybe<Operator>;
  /**
   * A signed link to the bytes that works without the Authorization header (in `<img src>`, `<video src>`) for 12
   * to 13 hours; images, video and audio open in place, other files download.
   */
  url: Scalars['String']['output'];
};

/** A page of files. */
export type FileConnection = {
  __typename?: 'FileConnection';
  /** The files of this page, newest first. */
  edges: Array<FileEdge>;
  /** Where this page stands, and the cursors for the next and previous pages. */
  pageInfo: PageInfo;
  /** The total number of files in this connection, counted when asked. */
  totalCount: Scalars['Int']['output'];
};

/** One file in a list of files. */
export type FileEdge = {
  __typename?: 'FileEdge';
  /** This edge's position, to give as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The file. */
  node: File;
};

/** One file to act on. */
export type FileInput = {
  /** The file's global id. */
  fileId: Scalars['ID']['input'];
};

/** What sort of file it is, from its content type. */
export type FileKind =
  /** A sound or voice message: MP3, M4A, AAC, Ogg/Opus, WebM or WAV. */
  | 'AUDIO'
  /** PDF, office documents, text, CSV, ZIP. */
  | 'DOCUMENT'
  /** A picture: JPEG, PNG, GIF, WebP, HEIC, HEIF or AVIF. */
  | 'IMAGE'
  /** A video: MP4, QuickTime, 3GP, WebM or Ogg. */
  | 'VIDEO';

/** How full the project's file library is. */
export type FileLibraryUsage = {
  __typename?: 'FileLibraryUsage';
  /** Files in the library now. */
  count: Scalars['Int']['output'];
  /** At most this many (the project's setting, 200 by default). */
  limit: Scalars['Int']['output'];
};

/** A quick reply filled for one conversation's client. */
export type FilledQuickReply = {
  __typename?: 'FilledQuickReply';
  /** The text with its placeholders filled: `#{key}` by the variable's value, `#{key|fallback}` by the value or the fallback. */
  text: Scalars['String']['output'];
  /**
   * The placeholders left as written, as they appear in `text` (e.g. `#{city}`), each once, in order: unset or
   * empty variables without a fallback, and unknown keys. The composer warns before sending them to the client.
   */
  unresolved: Array<Scalars['String']['output']>;
};

/** A message and the channel identity to send its copy to. */
export type ForwardMessageInput = {
  /** Another channel identity of the same client (`Client.channels`), not the message's own. */
  clientChannelId: Scalars['ID']['input'];
  /** The message to copy (not a deleted one). */
  messageId: Scalars['ID']['input'];
  /** To an e-mail identity: the copy's subject (the web asks for one); absent: none. Ignored by other channels. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** A sales funnel: deals move through its ordered stages. */
export type Funnel = Node & {
  __typename?: 'Funnel';
  /** The funnel's global id. */
  id: Scalars['ID']['output'];
  /** 1 to 60 characters. */
  name: Scalars['String']['output'];
  /** The stages in order. At most 30: a funnel holds no more. */
  stages: Array<FunnelStage>;
};

/** The result of a change to a funnel or its stages. */
export type FunnelPayload = {
  __typename?: 'FunnelPayload';
  /** The funnel as it is now, with its stages; null when the mutation was refused. */
  funnel?: Maybe<Funnel>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** One stage of a funnel. */
export type FunnelStage = Node & {
  __typename?: 'FunnelStage';
  /** How many deals are at this stage, open and closed alike (deleting the stage must move them elsewhere). */
  dealCount: Scalars['Int']['output'];
  /** The funnel the stage belongs to. */
  funnel: Funnel;
  /** The stage's global id. */
  id: Scalars['ID']['output'];
  /** 1 to 60 characters. */
  name: Scalars['String']['output'];
  /** Its place in the funnel's order, from 0. */
  position: Scalars['Int']['output'];
  /** A deal moved into this stage is handed to this employee, when set. */
  responsible?: Maybe<Operator>;
};

/** The federation gateway in front of this API (README "Federation and the gateway"). */
export type Gateway = {
  __typename?: 'Gateway';
  /**
   * Where browser apps reach the supergraph: its GraphQL endpoint (queries and mutations over HTTP, graphql-ws on the
   * same path), with the same `Authorization` as this API.
   */
  url: Scalars['String']['output'];
};

/** The CSV to import. */
export type ImportClientsInput = {
  /**
   * A CSV uploaded with POST /files (text/csv, UTF-8, comma or semicolon separated). Columns by header: name, phone,
   * email, country, tags and lists (separated by `|`; missing ones are created), owner (an active operator's e-mail),
   * utm_source, utm_campaign, utm_ad, utm_ad_set, utm_tag, and any client variable's key; an export's id, created_at
   * and last_activity_at are read past. A name, phone or email column is required, and an unknown column fails the
   * job. A row matching a client by phone (digits) or e-mail updates it (empty cells change nothing, tags and lists
   * are added); any other row creates a client.
   */
  fileId: Scalars['ID']['input'];
};

/** Something changed in the caller's inbox. */
export type InboxEvent = {
  __typename?: 'InboxEvent';
  /** The conversation as it is now. */
  conversation: Conversation;
  /** What happened. */
  kind: InboxEventKind;
  /** Set for message events. */
  message?: Maybe<Message>;
};

/** What an InboxEvent reports. */
export type InboxEventKind =
  /** A client wrote for the first time on a channel: a new conversation, with that message in `message`. */
  | 'CONVERSATION_CREATED'
  /**
   * The conversation changed (status, assignee, team, read, pin, archive, a system event, a change to its client);
   * `message` is null.
   */
  | 'CONVERSATION_UPDATED'
  /** A new message in the conversation, either way (`message`). */
  | 'MESSAGE_ADDED'
  /** A message's delivery status changed, or it was edited or deleted (`message`). */
  | 'MESSAGE_STATUS_CHANGED';

/** A tag or a client list: clients are marked with it. Names are unique per kind in a project. */
export type Label = Node & {
  __typename?: 'Label';
  /** How many clients have it (deleted clients included). */
  clientCount: Scalars['Int']['output'];
  /** #rrggbb */
  color: Scalars['String']['output'];
  /** When the label was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The label's global id. */
  id: Scalars['ID']['output'];
  /** TAG or LIST. */
  kind: LabelKind;
  /** 1 to 50 characters; unique per kind in the project, whatever the case. */
  name: Scalars['String']['output'];
};

/** One tag or list to act on. */
export type LabelInput = {
  /** The label's global id. */
  labelId: Scalars['ID']['input'];
};

/** Whether a label is a tag or a client list (both mark clients the same way; they are kept apart). */
export type LabelKind =
  /** A client list: a named group of clients. */
  | 'LIST'
  /** A tag: a coloured mark shown on the client. */
  | 'TAG';

/** The result of createLabel and updateLabel. */
export type LabelPayload = {
  __typename?: 'LabelPayload';
  /** The label as it is now; null when the mutation was refused. */
  label?: Maybe<Label>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A language the product's web app speaks. */
export type Locale =
  /** English. */
  | 'EN'
  /** Russian. */
  | 'RU';

/** An operator's credentials. */
export type LoginInput = {
  /** The operator's e-mail, in any case; spaces around it are ignored. */
  email: Scalars['String']['input'];
  /** The operator's password. */
  password: Scalars['String']['input'];
};

/** The result of login. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /**
   * Send as `Authorization: Bearer <token>` over HTTP and as `connectionParams.authorization` over graphql-ws. It
   * works for 30 days, until logout, a password change or a deactivation ends it. Null when the login failed.
   */
  token?: Maybe<Scalars['String']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** Who the token authenticates: the project and the operator. */
  viewer?: Maybe<Viewer>;
};

/** The result of logout. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True once the session has ended. */
  loggedOut?: Maybe<Scalars['Boolean']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Which of the caller's notifications to mark read. */
export type MarkNotificationsReadInput = {
  /**
   * The notifications to mark read (ids of other operators' notifications are ignored, a malformed id is NOT_FOUND);
   * null marks all of the caller's read.
   */
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The result of markNotificationsRead. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The caller's unread notifications left; null when the mutation failed. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Two clients to unite. */
export type MergeClientsInput = {
  /** The client merged into the survivor and then deleted; it must not be deleted already. */
  mergedId: Scalars['ID']['input'];
  /** The client that stays; it must not be deleted. */
  survivorId: Scalars['ID']['input'];
};

/** The result of mergeClients. */
export type MergeClientsPayload = {
  __typename?: 'MergeClientsPayload';
  /** The survivor as it is after the merge; null when the merge was refused. */
  client?: Maybe<Client>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** One message of a conversation: the client's, or a reply of an operator, the bot or an API token. */
export type Message = Node & {
  __typename?: 'Message';
  /** The files sent with the message (none for a deleted message). At most 10. */
  attachments: Array<File>;
  /** The operator who wrote it (also when sent as the bot); null for the client's messages and for API tokens. */
  author?: Maybe<Operator>;
  /**
   * The quick replies offered with it (a business process's MESSAGE or QUESTION block's buttons, each up to 64
   * characters), in order; empty for other messages. The web chat shows them under the message; a press comes back as
   * the client's message with the button's text. At most 10.
   */
  buttons: Array<Scalars['String']['output']>;
  /** The conversation it belongs to (and through it, the client). */
  conversation: Conversation;
  /** The global id of the conversation it belongs to. */
  conversationId: Scalars['ID']['output'];
  /**
   * Its place in the timeline: when it was stored (an outbound message before delivery is attempted, an inbound one
   * when it arrived); for a SCHEDULED message its due time, then when it was handed to delivery or cancelled.
   */
  createdAt: Scalars['DateTime']['output'];
  /** Set once deleted: the message keeps its place in the timeline, its text is empty and it is no longer pinned. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Outbound: when the messenger reported it delivered, if it reports that. Inbound: when it was received. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the client sent it (INBOUND) or the project did (OUTBOUND). */
  direction: MessageDirection;
  /** When its text was last changed with editMessage; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why delivery failed, when status is FAILED, as a code an app can word (failureReason keeps the platform's words). */
  failureCode?: Maybe<DeliveryFailure>;
  /** Why delivery failed, when status is FAILED: a sentence for people (at most 255 characters), not a code. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** E-mail: the HTML body, sanitised (no scripts, styles or remote loads); null when there is none. */
  html?: Maybe<Scalars['String']['output']>;
  /** The message's global id. */
  id: Scalars['ID']['output'];
  /** Pinned in its conversation (see `Conversation.pinnedMessages`), for everyone in the project. */
  pinned: Scalars['Boolean']['output'];
  /** Outbound: when the client read it, if the messenger reports that. Inbound: when an operator marked it read. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** A scheduled message's due time (kept once sent or cancelled); null for messages sent at once. */
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who it is from, as the client sees it. */
  senderKind: SenderKind;
  /** Outbound: when the messenger accepted it; null until then and for inbound messages. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is in its delivery; see MessageStatus. */
  status: MessageStatus;
  /** E-mail: the subject; null for other messages. */
  subject?: Maybe<Scalars['String']['output']>;
  /** The text, trimmed, up to 4096 characters; empty for a deleted message and for a message of files only. */
  text: Scalars['String']['output'];
  /** Whether the caller may reschedule, send now or cancel it: SCHEDULED, in a conversation the caller can open. */
  viewerCanChangeSchedule: Scalars['Boolean']['output'];
  /** Whether the caller's role may delete it (the project's messageDeletionRoles), unless already deleted. */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether the caller may edit its text: an outbound message the caller wrote, not deleted (the messenger may still refuse). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of messages (a Relay cursor connection). */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The messages of this page, in the connection's order. */
  edges: Array<MessageEdge>;
  /** Whether more pages follow in either direction, and the cursors of this page's first and last edges. */
  pageInfo: PageInfo;
  /** How many messages the whole connection holds, over all its pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which way a message went. */
export type MessageDirection =
  /** From the client to the project. */
  | 'INBOUND'
  /** From the project to the client: a reply of an operator, the bot or an API token. */
  | 'OUTBOUND';

/** One message of a MessageConnection page, with its cursor. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** An opaque cursor of this message; pass it as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: Message;
};

/** One message, by id. */
export type MessageInput = {
  /** The message (of the caller's project). */
  messageId: Scalars['ID']['input'];
};

/** The result of a mutation on one message. */
export type MessagePayload = {
  __typename?: 'MessagePayload';
  /** The message as it is now; null when the mutation failed. */
  message?: Maybe<Message>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/**
 * Where a message is in its delivery. Outbound messages only move forward (SCHEDULED, then QUEUED or CANCELLED;
 * QUEUED, then SENT, DELIVERED, READ; or QUEUED, then FAILED): a late receipt never takes one back. Changes arrive live on `inboxEvents`,
 * `conversationMessages` and `conversationTimeline`.
 */
export type MessageStatus =
  /** Outbound, was SCHEDULED and cancelled before its due time: never sent. */
  | 'CANCELLED'
  /** Outbound: the messenger delivered it to the client. Inbound: received and stored. */
  | 'DELIVERED'
  /** Outbound, not delivered; see failureReason. */
  | 'FAILED'
  /** Outbound, stored and waiting for delivery. */
  | 'QUEUED'
  /** Outbound: the client read it. Inbound: an operator marked it read. */
  | 'READ'
  /** Outbound, waiting for its due time (`scheduledAt`); then QUEUED, or FAILED when the client is blocked or deleted by then. */
  | 'SCHEDULED'
  /** Outbound, accepted by the messenger. */
  | 'SENT';

/** An approved message template of a channel (WhatsApp). */
export type MessageTemplate = {
  __typename?: 'MessageTemplate';
  /** Its language code. */
  language: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** How many parameters it takes. */
  parameters: Scalars['Int']['output'];
  /** Its body, with `{{1}}`, `{{2}}`… where the parameters go. */
  text: Scalars['String']['output'];
};

/** An approved template to send, with its parameters. */
export type MessageTemplateInput = {
  /** Its language code (`ru`, `en_US`…). */
  language: Scalars['String']['input'];
  /** The template's name, as Channel.templates gives it. */
  name: Scalars['String']['input'];
  /** The values of `{{1}}`, `{{2}}`… in order; as many as the template takes. */
  parameters: Array<Scalars['String']['input']>;
};

/** Where to move a deal. */
export type MoveDealInput = {
  /** The deal to move; it must be open. */
  dealId: Scalars['ID']['input'];
  /** A stage of the deal's funnel. */
  stageId: Scalars['ID']['input'];
};

/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Marks every client given with every label given, in one transaction; each new mark is a TAG_ADDED or LIST_ADDED
   * entry in the client's history. Any operator or API token; INVALID_INPUT for no or too many clients or labels,
   * NOT_FOUND for an unknown id, CONFLICT when a client would hold more than 20 tags or 20 lists; nothing changes
   * then.
   */
  addClientLabels: ClientLabelsPayload;
  /**
   * A note on the card: an internal comment in the client's latest conversation (or on the client alone). Any
   * operator or API token; INVALID_INPUT for an empty or too long text or more than 20 mentions, NOT_FOUND for an
   * unknown client or mentioned operator.
   */
  addClientNote: CommentPayload;
  /**
   * Adds an internal comment to a conversation's timeline (live on conversationTimeline and on the client's card);
   * mentioned operators are notified. Any operator or API token; INVALID_INPUT for an empty or too long text or more
   * than 20 mentions, NOT_FOUND for an unknown conversation or mentioned operator.
   */
  addComment: CommentPayload;
  /**
   * Adds a stage at the end of a funnel. Managers and above (FORBIDDEN otherwise, API tokens included);
   * INVALID_INPUT for a bad name, CONFLICT when the funnel has 30 stages, NOT_FOUND for an unknown funnel.
   */
  addFunnelStage: FunnelPayload;
  /**
   * Archived clients leave the Audience's main list; their conversations are archived too. Recorded as ARCHIVED;
   * nothing changes when already archived; a new message from the client unarchives it. Any operator or API token.
   */
  archiveClient: ClientPayload;
  /**
   * Archives the conversation (out of the inbox, in the ARCHIVED section, until the client writes again) or brings it
   * back; an ARCHIVED or UNARCHIVED event when it changes. Any operator or API token; NOT_FOUND for an unknown
   * conversation.
   */
  archiveConversation: ConversationPayload;
  /**
   * Assigns, transfers or unassigns. Operators may take unassigned conversations and hand on their own; managers,
   * admins, owners and API tokens may assign any. An ASSIGNED or UNASSIGNED event (with the comment) when it
   * changes. FORBIDDEN when an operator may not; NOT_FOUND for an unknown conversation or an operator who is not an
   * active operator of the project.
   */
  assignConversation: ConversationPayload;
  /**
   * Puts the client on the black list (BLOCKED in its history): its messages are stored but raise nothing, and
   * sending to it is refused. Nothing changes when it is blocked already. Any operator or API token; NOT_FOUND for
   * an unknown client.
   */
  blockClient: ClientPayload;
  /**
   * One action on up to 100 of the project's clients; clients already in the wanted state are skipped. Each change
   * is recorded in the client's history and announced (clientsChanged, clientUpdated). Any operator or API token,
   * but DELETE, RESTORE and SET_OWNER are FORBIDDEN to the OPERATOR role. INVALID_INPUT for no or over 100 ids;
   * NOT_FOUND, with nothing changed, when an id is not a client of the project.
   */
  bulkClientAction: BulkClientActionPayload;
  /** Stops a broadcast for good; the recipients not reached yet are SKIPPED (CANCELLED). `me.can.sendBroadcasts`. */
  cancelBroadcast: BroadcastPayload;
  /** Cancels a scheduled message: CANCELLED, never sent. userErrors: NOT_FOUND, CONFLICT (SCHEDULED_MESSAGE_NOT_PENDING). */
  cancelScheduledMessage: ScheduledMessagePayload;
  /**
   * The calling operator's own password (FORBIDDEN for API tokens). Their other sessions end at once; the calling
   * one goes on. userErrors: INVALID_CREDENTIALS (current password), INVALID_INPUT (new password).
   */
  changeMyPassword: ChangeMyPasswordPayload;
  /**
   * A closed conversation keeps its history; the client's next message reopens it. Recorded as a CLOSED event in
   * the timeline; nothing changes when it is closed already. Any operator or API token; NOT_FOUND for an unknown
   * conversation.
   */
  closeConversation: ConversationPayload;
  /**
   * Close as WON or LOST (DEAL_WON or DEAL_LOST in the client's history). A deal closed already is answered as it
   * is, unchanged. Any operator or API token; INVALID_INPUT for status OPEN, NOT_FOUND for an unknown deal.
   */
  closeDeal: DealPayload;
  /** Who may: as for updateTask. Completing a completed task changes nothing. Recorded in the client's history. */
  completeTask: TaskPayload;
  /**
   * Creates an API token and answers its secret once. Owners and admins only (FORBIDDEN otherwise, API tokens
   * included); INVALID_INPUT for a bad name; CONFLICT when the project already has 50 tokens.
   */
  createApiToken: CreateApiTokenPayload;
  /**
   * Connects a channel; a web chat channel gets its widget address at once (`widgetUrl`), a messenger is checked with
   * the platform (a Telegram token with `getMe`) and starts receiving (webhook or polling). Owners and admins
   * (FORBIDDEN otherwise, API tokens included); INVALID_INPUT for a bad name, a kind without a driver, a missing
   * field or credentials the platform refuses; CONFLICT when the project has 50 channels already.
   */
  createChannel: ChannelPayload;
  /**
   * Creates an open deal for a client (DEAL_CREATED in its history). Any operator or API token; INVALID_INPUT for a
   * bad value or a stage outside the funnel, CONFLICT when the client is deleted, NOT_FOUND for an unknown client,
   * funnel, stage or responsible.
   */
  createDeal: DealPayload;
  /**
   * Creates a funnel with its stages in order. Funnels and stages: managers and above (FORBIDDEN otherwise, API
   * tokens included). INVALID_INPUT for a bad name or no or over 30 stages; CONFLICT when the project has 20 funnels.
   */
  createFunnel: FunnelPayload;
  /**
   * Creates a tag or a list. Any operator or API token; INVALID_INPUT for a bad name or colour, CONFLICT when the
   * name is taken or the project has 500 of that kind.
   */
  createLabel: LabelPayload;
  /**
   * Owners and admins add operators to their project (FORBIDDEN for others and API tokens). A new operator starts
   * OFFLINE with a capacity of 10. A project has at most 500 operators, deactivated ones included. userErrors:
   * FORBIDDEN, INVALID_INPUT (name, e-mail, password), CONFLICT (e-mail taken, 500 operators).
   */
  createOperator: OperatorPayload;
  /** Creates a process with a draft (empty, or an imported definition). `me.can.editProcesses`. */
  createProcess: ProcessPayload;
  /**
   * Managers, admins and owners manage quick replies and their folders (FORBIDDEN for operators and API tokens).
   * userErrors: FORBIDDEN, INVALID_INPUT (name), CONFLICT (the project has 100 folders).
   */
  createQuickReplyFolder: QuickReplyFolderPayload;
  /**
   * Any operator (or API token) of the project; recorded in the client's history. userErrors: NOT_FOUND (client,
   * assignee), INVALID_INPUT (title, description).
   */
  createTask: TaskPayload;
  /**
   * Owners, admins and managers manage teams (FORBIDDEN for operators and API tokens). userErrors: FORBIDDEN,
   * INVALID_INPUT (name), CONFLICT (the name is taken, or the project has 30 teams).
   */
  createTeam: TeamPayload;
  /**
   * Managers, admins and owners (FORBIDDEN for operators and API tokens). userErrors: FORBIDDEN, INVALID_INPUT (key,
   * name), CONFLICT (the key is taken, or the scope has 100 variables).
   */
  createVariableDefinition: VariableDefinitionPayload;
  /**
   * Registers an endpoint and answers its signing secret once (`me.can.manageWebhooks`). INVALID_INPUT for a bad URL,
   * description or empty event types; a private or loopback address is WEBHOOK_URL_PRIVATE; CONFLICT past 20 endpoints.
   */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /**
   * Owners and admins (owners only for an owner; not yourself): the operator's sessions end at once, they go
   * OFFLINE, their open conversations become unassigned (each with an UNASSIGNED event), they leave their teams and
   * cannot log in. History keeps their name. Deactivating a deactivated operator changes nothing.
   */
  deactivateOperator: OperatorPayload;
  /**
   * Soft delete (managers and above, and API tokens; FORBIDDEN for operators): the client and its conversations
   * disappear (its conversations are archived); restorable until purged. A new message from the client restores it.
   */
  deleteClient: ClientPayload;
  /**
   * Deletes a comment: its text goes, its place in the timeline stays, and it is unpinned. Its author, or a
   * manager, admin or owner (FORBIDDEN otherwise, API tokens included); NOT_FOUND for an unknown comment.
   */
  deleteComment: CommentPayload;
  /** Its owner, or a manager, admin or owner for a shared filter. userErrors: NOT_FOUND, FORBIDDEN. */
  deleteFilter: DeletePayload;
  /**
   * Deletes a funnel and its stages. Managers and above (FORBIDDEN otherwise, API tokens included); CONFLICT while
   * the funnel holds deals (open or closed: deals cannot leave their funnel), NOT_FOUND for an unknown funnel.
   */
  deleteFunnel: DeletePayload;
  /**
   * Deletes a stage; the later stages move up. Managers and above (FORBIDDEN otherwise, API tokens included);
   * CONFLICT for the funnel's only stage, or for a stage holding deals without `moveDealsToStageId`; INVALID_INPUT
   * when that is the stage itself or a stage of another funnel; NOT_FOUND for an unknown stage.
   */
  deleteFunnelStage: FunnelPayload;
  /**
   * Deletes the label and takes it off every client (nothing is written to the clients' histories). Any operator or
   * API token; NOT_FOUND for an unknown label.
   */
  deleteLabel: DeleteLabelPayload;
  /**
   * Owners, admins and managers remove library files; copies already sent in messages stay. FORBIDDEN otherwise
   * (API tokens included); NOT_FOUND for a file that is not in the project's library.
   */
  deleteLibraryFile: DeletePayload;
  /**
   * For the project's messageDeletionRoles (FORBIDDEN for other roles and API tokens). A sent message is deleted on
   * the messenger too, within the channel's limit (web chat: 48 hours after sending); after it, or for a client's
   * message, only here. Deleting a deleted message changes nothing. userErrors: NOT_FOUND, FORBIDDEN.
   */
  deleteMessage: MessagePayload;
  /** Deletes a process with no active runs. `me.can.editProcesses`. */
  deleteProcess: ProcessPayload;
  /** Managers, admins and owners. userErrors: FORBIDDEN, NOT_FOUND. */
  deleteQuickReply: DeletePayload;
  /** Managers, admins and owners. Its quick replies stay, outside any folder. */
  deleteQuickReplyFolder: DeletePayload;
  /** Its creator, managers, admins, owners and API tokens (FORBIDDEN for other operators). userErrors: NOT_FOUND. */
  deleteTask: DeletePayload;
  /** Owners, admins and managers. Its conversations stay, without a team. userErrors: FORBIDDEN, NOT_FOUND. */
  deleteTeam: DeletePayload;
  /** Managers, admins and owners. Also clears the variable on every client or deal. userErrors: FORBIDDEN, NOT_FOUND. */
  deleteVariableDefinition: DeleteVariableDefinitionPayload;
  /** Deletes an endpoint and its delivery log; nothing more is sent to it (`me.can.manageWebhooks`). */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /**
   * Disconnects a messenger channel: the platform stops calling, its secrets are wiped, its clients and history stay.
   * Owners and admins; NOT_FOUND.
   */
  disconnectChannel: ChannelPayload;
  /**
   * A personal (not shared) copy of a filter the caller can see. userErrors: NOT_FOUND, INVALID_INPUT (name),
   * CONFLICT (the project has 200 saved filters).
   */
  duplicateFilter: SavedFilterPayload;
  /**
   * Changes a comment's text (and mentions). Its author only (FORBIDDEN otherwise, API tokens included);
   * INVALID_INPUT for a bad text or a deleted comment, NOT_FOUND for an unknown comment.
   */
  editComment: CommentPayload;
  /**
   * Changes the text of the caller's own sent message, also on the messenger, within the channel's limit (web chat:
   * 48 hours after sending; a channel that takes no edits refuses). FORBIDDEN for anyone but its author (API tokens
   * too); INVALID_INPUT for a deleted, still queued or failed message, or past the limit.
   */
  editMessage: MessagePayload;
  /**
   * Starts writing every client matching the filter to a CSV file, durably in the background (UTF-8 with a BOM;
   * columns id, name, phone, email, country, owner, tags, lists, created_at, last_activity_at, utm_*, then the
   * client variables); the file is `ClientJob.file` once DONE. Managers and above (FORBIDDEN otherwise, API tokens
   * included); a bad filter is refused at once with a BAD_USER_INPUT error.
   */
  exportClients: ClientJobPayload;
  /**
   * Sends a copy of a message's text (not its files) to the same client on another of their channels, opening a
   * conversation there if there is none; answers the new message (QUEUED), delivered like a sendMessage reply. Any
   * operator or API token. userErrors: NOT_FOUND (message, or no such other channel of this client), INVALID_INPUT
   * (a deleted message), FORBIDDEN (the client is blocked).
   */
  forwardMessage: MessagePayload;
  /**
   * Starts importing clients from an uploaded CSV, durably in the background; follow it with clientJobUpdated.
   * Managers and above (FORBIDDEN otherwise, API tokens included); NOT_FOUND for an unknown file, INVALID_INPUT when
   * it is not a CSV. Problems inside the file show on the job (`errors`, `failureReason`).
   */
  importClients: ClientJobPayload;
  /**
   * Starts an operator session; needs no token. A wrong e-mail or password, or a deactivated operator, is
   * INVALID_CREDENTIALS (the same answer for each). Repeated failures slow the answers down, then lock the e-mail or
   * the address for a few minutes: THROTTLED, the message says when to try again.
   */
  login: LoginPayload;
  /**
   * Ends the current operator session; its token stops working at once, also on open subscriptions. It does not
   * revoke an API token (revokeApiToken does).
   */
  logout: LogoutPayload;
  /**
   * Reading is explicit: the operator marks the client's messages read; the unread count drops to zero and the
   * client's messages become READ. Any operator or API token; NOT_FOUND for an unknown conversation.
   */
  markConversationRead: ConversationPayload;
  /**
   * The conversation shows as unread again (an unread count of 1 when it was 0). Any operator or API token;
   * NOT_FOUND for an unknown conversation.
   */
  markConversationUnread: ConversationPayload;
  /**
   * Marks the caller's notifications read, the given ones or all; marking a read one again changes nothing. Operators
   * only (FORBIDDEN for API tokens). userErrors: NOT_FOUND (a malformed id), FORBIDDEN.
   */
  markNotificationsRead: MarkNotificationsReadPayload;
  /**
   * Unites two clients: channels, conversations, messages, deals, tasks, notes, files, tags and lists move to the
   * survivor, and the survivor takes the merged client's profile fields and variables where it has none; the merged
   * client is deleted and the merge recorded on both. Any operator or API token; INVALID_INPUT for the same client
   * twice, CONFLICT when either is deleted, NOT_FOUND for an unknown id.
   */
  mergeClients: MergeClientsPayload;
  /**
   * A system event in the client's history and timeline; the stage's responsible employee takes over, if it has one.
   * Moving to the current stage changes nothing. Any operator or API token; INVALID_INPUT for a stage of another
   * funnel, CONFLICT for a closed deal, NOT_FOUND for an unknown deal or stage.
   */
  moveDeal: DealPayload;
  /**
   * The conversation with the client on one of their channels, opened if it has none yet: the chat window switches to
   * it, and a reply there goes out on that channel. NOT_FOUND for an identity outside the caller's project.
   */
  openClientChannel: ConversationPayload;
  /**
   * Keeps the bot quiet for the client for `hours` from now (an operator takes over), recorded as BOT_PAUSED in its
   * history; pausing again starts the period over. Any operator or API token; INVALID_INPUT for hours outside 1 to
   * 720, NOT_FOUND for an unknown client.
   */
  pauseBot: ClientPayload;
  /** Stops sending until resumed (RUNNING or SCHEDULED ones). `me.can.sendBroadcasts`. */
  pauseBroadcast: BroadcastPayload;
  /** Stops a channel without disconnecting it (nothing received or sent). Owners and admins; NOT_FOUND; CONFLICT when disconnected. */
  pauseChannel: ChannelPayload;
  /**
   * Pins a comment to the top of its conversation, or unpins it. Any operator or API token; INVALID_INPUT for
   * pinning a deleted comment, CONFLICT when the conversation has 20 pinned comments already, NOT_FOUND for an
   * unknown comment.
   */
  pinComment: CommentPayload;
  /**
   * Pins the conversation on top of its sections for everyone in the project (see pinnedConversations), or unpins it.
   * Any operator or API token; NOT_FOUND for an unknown conversation.
   */
  pinConversation: ConversationPayload;
  /**
   * Pins or unpins a message for everyone in the project; any operator or API token. userErrors: NOT_FOUND,
   * INVALID_INPUT (a deleted message cannot be pinned), CONFLICT (the conversation has 20 pinned messages).
   */
  pinMessage: MessagePayload;
  /** Queues a `ping` delivery (`data` is {}) to the endpoint (`me.can.manageWebhooks`). CONFLICT when the endpoint is disabled. */
  pingWebhookEndpoint: WebhookDeliveryPayload;
  /** Publishes the draft as a new version, if it has no problems (PROCESS_INVALID with `problems` otherwise). New runs take it; running ones keep theirs. `me.can.editProcesses`. */
  publishProcess: ProcessPayload;
  /**
   * Erases a deleted client for good with everything it had: conversations, messages, files, deals, tasks, notes,
   * history (owners and admins, and API tokens; FORBIDDEN otherwise). CONFLICT when the client is not deleted.
   */
  purgeClient: PurgeClientPayload;
  /**
   * Owners and admins (owners only for an owner): a deactivated operator may log in again. Their teams and
   * conversations are not given back. An active operator is answered unchanged.
   */
  reactivateOperator: OperatorPayload;
  /**
   * Takes every label given off every client given, in one transaction; each mark removed is a TAG_REMOVED or
   * LIST_REMOVED entry in the client's history. Any operator or API token; INVALID_INPUT for no or too many clients
   * or labels, NOT_FOUND (nothing changed) for an unknown id.
   */
  removeClientLabels: ClientLabelsPayload;
  /**
   * Renames a channel. Owners and admins (FORBIDDEN otherwise, API tokens included); INVALID_INPUT for a bad name,
   * NOT_FOUND for an unknown channel.
   */
  renameChannel: ChannelPayload;
  /**
   * Renames a funnel. Managers and above (FORBIDDEN otherwise, API tokens included); INVALID_INPUT for a bad name,
   * NOT_FOUND for an unknown funnel.
   */
  renameFunnel: FunnelPayload;
  /** Managers, admins and owners. userErrors: FORBIDDEN, NOT_FOUND, INVALID_INPUT (name). */
  renameQuickReplyFolder: QuickReplyFolderPayload;
  /** Owners, admins and managers. userErrors: FORBIDDEN, NOT_FOUND, INVALID_INPUT (name), CONFLICT (the name is taken). */
  renameTeam: TeamPayload;
  /**
   * Opens a closed conversation again (a REOPENED event); nothing changes when it is open. Any operator or API token;
   * NOT_FOUND for an unknown conversation.
   */
  reopenConversation: ConversationPayload;
  /**
   * Reopens a closed deal at its stage (DEAL_REOPENED in the client's history); an open deal is answered unchanged.
   * Any operator or API token; NOT_FOUND for an unknown deal.
   */
  reopenDeal: DealPayload;
  /** Makes a completed task open again; who may: as for updateTask. Reopening an open task changes nothing. */
  reopenTask: TaskPayload;
  /**
   * Puts a funnel's stages in a new order. Managers and above (FORBIDDEN otherwise, API tokens included);
   * INVALID_INPUT unless `stageIds` lists every stage of the funnel exactly once, NOT_FOUND for an unknown funnel.
   */
  reorderFunnelStages: FunnelPayload;
  /**
   * Sends a delivery's body again, with the same event id, as a new entry of the log after the key's pending ones
   * (`me.can.manageWebhooks`). CONFLICT when the endpoint is disabled.
   */
  replayWebhookDelivery: WebhookDeliveryPayload;
  /**
   * Moves a scheduled message's due time (earlier or later). userErrors: NOT_FOUND, INVALID_INPUT
   * (SCHEDULED_TIME_PAST, SCHEDULED_TIME_TOO_FAR), CONFLICT (SCHEDULED_MESSAGE_NOT_PENDING: already sent or cancelled).
   */
  rescheduleMessage: ScheduledMessagePayload;
  /**
   * Brings a deleted client back (managers and above, and API tokens; FORBIDDEN for operators); its conversations
   * stay archived. Nothing changes when it is not deleted.
   */
  restoreClient: ClientPayload;
  /** Copies a version into the draft (publish it to run it again). `me.can.editProcesses`. */
  restoreProcessVersion: ProcessPayload;
  /**
   * The bot answers the client again (BOT_RESUMED in its history); nothing changes when it was not paused. Any
   * operator or API token; NOT_FOUND for an unknown client.
   */
  resumeBot: ClientPayload;
  /** Sends on from where a PAUSED broadcast stopped. `me.can.sendBroadcasts`. */
  resumeBroadcast: BroadcastPayload;
  /** Starts a paused channel again (the webhook is registered again). Owners and admins; NOT_FOUND; CONFLICT when disconnected. */
  resumeChannel: ChannelPayload;
  /**
   * Deletes an API token: every later request with it is refused and its open sockets are closed, on every node.
   * Owners and admins only (FORBIDDEN otherwise); NOT_FOUND for an unknown token.
   */
  revokeApiToken: RevokeApiTokenPayload;
  /** Makes a new signing secret and answers it once; the old one stops at once (`me.can.manageWebhooks`). */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /**
   * Keeps what the calling operator is writing in a conversation, for them only (FORBIDDEN for API tokens).
   * userErrors: NOT_FOUND (conversation), INVALID_INPUT (longer than 4096 characters).
   */
  saveDraft: SaveDraftPayload;
  /**
   * Creates (any operator) or changes (its owner, or a manager, admin or owner for a shared one) a filter; it is
   * checked like a live filter. Operators only (FORBIDDEN for API tokens). userErrors: NOT_FOUND, FORBIDDEN,
   * INVALID_INPUT (name, filter), CONFLICT (the project has 200 saved filters).
   */
  saveFilter: SavedFilterPayload;
  /** Saves the draft (and the name). `me.can.editProcesses`. */
  saveProcessDraft: ProcessPayload;
  /**
   * Creates or replaces a quick reply; managers, admins and owners. userErrors: FORBIDDEN, NOT_FOUND (quick reply,
   * folder), INVALID_INPUT (title, text).
   */
  saveQuickReply: QuickReplyPayload;
  /**
   * A reply sent later: stored as SCHEDULED (shown in the timeline after everything said so far, in due order),
   * handed to delivery at `sendAt` by a durable timer; then as sendMessage. Any operator or API token.
   * userErrors: as sendMessage, and INVALID_INPUT (SCHEDULED_TIME_PAST, SCHEDULED_TIME_TOO_FAR), CONFLICT
   * (SCHEDULED_LIMIT: too many pending in the conversation).
   */
  scheduleMessage: ScheduleMessagePayload;
  /**
   * A reply to the client, delivered through the conversation's channel: stored as QUEUED first, then delivered
   * durably (retried for about ten minutes before it shows as FAILED). Any operator of the project or an API token.
   * userErrors: NOT_FOUND (conversation, files), FORBIDDEN (the client is blocked), INVALID_INPUT (text, key, more
   * than 10 files).
   */
  sendMessage: SendMessagePayload;
  /** Sends a scheduled message at once. userErrors: NOT_FOUND, CONFLICT (SCHEDULED_MESSAGE_NOT_PENDING). */
  sendScheduledMessageNow: ScheduledMessagePayload;
  /**
   * Sets the language of a channel's widget. Owners and admins (FORBIDDEN otherwise, API tokens included); NOT_FOUND
   * for an unknown channel.
   */
  setChannelLocale: ChannelPayload;
  /**
   * Sets the pre-chat form of a channel's widget. Owners and admins (FORBIDDEN otherwise, API tokens included);
   * NOT_FOUND for an unknown channel.
   */
  setChannelPreChat: ChannelPayload;
  /**
   * Set, transfer or clear the client's owner (managers and above, and API tokens, may set anyone; operators may
   * take a client nobody owns, or give away their own). Recorded as OWNER_CHANGED. FORBIDDEN when an operator may
   * not; NOT_FOUND for an unknown client or a new owner who is not an active operator of the project.
   */
  setClientOwner: ClientPayload;
  /**
   * Sets several variables at once, each checked against its type; one bad value changes nothing. Any operator or
   * API token; recorded in the client's history. userErrors: NOT_FOUND (client), INVALID_INPUT (more than 100
   * values, an unknown key or a bad value, with `field` values.<index>.key or values.<index>.value).
   */
  setClientVariables: ClientPayload;
  /** Managers, admins and owners (FORBIDDEN for others and API tokens). userErrors: NOT_FOUND, INVALID_INPUT. */
  setOperatorCapacity: OperatorPayload;
  /**
   * The calling operator's chosen presence (FORBIDDEN for API tokens); the project sees it on `operatorPresence` at
   * once while the operator is connected (a graphql-ws socket), or when they connect.
   */
  setPresence: OperatorPayload;
  /**
   * Owners, admins and managers replace a team's members. userErrors: FORBIDDEN, NOT_FOUND (team, operators),
   * INVALID_INPUT (more than 100 members).
   */
  setTeamMembers: TeamPayload;
  /**
   * Tells the other operators on the conversation that the caller is (or stopped) writing a reply; nothing is
   * stored. NOT_FOUND for an unknown conversation. Operators only: an API token gets an UNAUTHENTICATED GraphQL
   * error (not a user error).
   */
  setTyping: SetTypingPayload;
  /**
   * Sends a message to many clients, now or at `sendAt`, durably in the background at the channel's rate; each
   * client's message is a bot message in their conversation, delivered like any other. Blocked, deleted and
   * unreachable clients are skipped and counted. `me.can.sendBroadcasts` (FORBIDDEN otherwise).
   */
  startBroadcast: BroadcastPayload;
  /** Starts the process's latest version for clients, chosen or matching a filter (blocked and deleted ones are skipped). `me.can.startProcesses`. */
  startProcess: StartProcessPayload;
  /** Sets a run MANUAL or AUTO, moves it, stops it, or reschedules its delay; the run itself checks the command. `me.can.steerProcessRuns`. */
  steerProcessRun: ProcessRunPayload;
  /** Stops the caller's test runs of the process (the preview is closed). `me.can.editProcesses`. */
  stopProcessTest: ProcessPayload;
  /**
   * The caller becomes the client's owner, under setClientOwner's rules (operators: only a client nobody owns).
   * For operators' sessions: with an API token, which is no operator, it clears the owner.
   */
  takeClient: ClientPayload;
  /**
   * Assigns the conversation to the caller, under assignConversation's rules (operators: an unassigned conversation
   * or their own). Operators only: FORBIDDEN for an API token.
   */
  takeConversation: ConversationPayload;
  /**
   * Sends a short test message through the channel (not kept in any conversation). Owners and admins; NOT_FOUND;
   * CONFLICT when the channel is not active or nobody is there to send it to; INVALID_INPUT when the platform refuses it.
   */
  testChannel: TestChannelPayload;
  /** Runs the saved draft for the caller's test client, as a test run: its earlier test runs of the process stop first (a restart). Checked as `publishProcess` checks. `me.can.editProcesses`. */
  testProcessDraft: TestProcessDraftPayload;
  /**
   * Transfers to a team (a TEAM_ASSIGNED event in the timeline, with the comment; the assignee becomes the given
   * operator or nobody) or to an operator alone (as assignConversation). The same rules as assignConversation;
   * INVALID_INPUT without a team or an operator, NOT_FOUND for an unknown team or operator.
   */
  transferConversation: ConversationPayload;
  /**
   * Brings an archived client back to the Active section and its conversations back to the inbox (UNARCHIVED);
   * nothing changes when it is not archived. Any operator or API token.
   */
  unarchiveClient: ClientPayload;
  /**
   * Takes the client off the black list (UNBLOCKED in its history); nothing changes when it was not blocked. Any
   * operator or API token; NOT_FOUND for an unknown client.
   */
  unblockClient: ClientPayload;
  /**
   * Edits the profile: only the fields given change, each checked before anything does; the change is recorded
   * (PROFILE_UPDATED) and announced. Any operator or API token; INVALID_INPUT for a bad value (`field` names it),
   * NOT_FOUND for an unknown client.
   */
  updateClient: ClientPayload;
  /**
   * Changes a deal's title, budget, currency, responsible or variables (no history entry). Any operator or API
   * token; INVALID_INPUT for a bad value, NOT_FOUND for an unknown deal or responsible.
   */
  updateDeal: DealPayload;
  /**
   * Renames a stage and/or sets or clears its responsible employee. Managers and above (FORBIDDEN otherwise, API
   * tokens included); INVALID_INPUT for a bad name, NOT_FOUND for an unknown stage or operator.
   */
  updateFunnelStage: FunnelPayload;
  /**
   * Rename or recolour. Any operator or API token; INVALID_INPUT for a bad name or colour, CONFLICT when the name is
   * taken, NOT_FOUND for an unknown label.
   */
  updateLabel: LabelPayload;
  /** The calling operator's own preferences (FORBIDDEN for API tokens). */
  updateMySettings: OperatorPayload;
  /**
   * Owners and admins (owners only for an owner): name, role, password. Fields left out stay as they are.
   * userErrors: NOT_FOUND, FORBIDDEN (the role rules), INVALID_INPUT.
   */
  updateOperator: OperatorPayload;
  /**
   * Owners and admins only (FORBIDDEN for others and API tokens). Fields left out stay as they are. userErrors:
   * FORBIDDEN, INVALID_INPUT.
   */
  updateProjectSettings: UpdateProjectSettingsPayload;
  /**
   * Operators may change, complete and reopen tasks they created, are assigned to, or that nobody is assigned to;
   * managers, admins, owners and API tokens any task. userErrors: NOT_FOUND (task, assignee), FORBIDDEN,
   * INVALID_INPUT.
   */
  updateTask: TaskPayload;
  /** Managers, admins and owners rename a variable's label. userErrors: FORBIDDEN, NOT_FOUND, INVALID_INPUT. */
  updateVariableDefinition: VariableDefinitionPayload;
  /** Changes an endpoint's URL, description, event types or whether it is enabled (`me.can.manageWebhooks`). */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /**
   * The visitor's answers to the pre-chat form, with the visitor token: they go to the client's profile (and its
   * history), as an operator's edit would. INVALID_INPUT for a bad e-mail or phone, nothing changed.
   */
  widgetIntroduce: WidgetIntroducePayload;
  /**
   * The visitor's message to the project, with the visitor token (`Authorization: Visitor <token>`): the first one
   * opens the conversation, a later one reopens it when closed. userErrors: INVALID_INPUT (text, idempotency key).
   */
  widgetSend: WidgetSendPayload;
  /**
   * Opens the widget for a visitor; needs no token. A valid `visitorToken` of this channel continues that visitor's
   * conversation; otherwise a new client is created, with a new token. New visitors are limited per address and per
   * channel (by default 10 and 600 a minute): THROTTLED past it, the message says when to try again. NOT_FOUND for
   * an unknown public key.
   */
  widgetStart: WidgetStartPayload;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationAddClientLabelsArgs = {
  input: ClientLabelsInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationAddClientNoteArgs = {
  input: AddClientNoteInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationAddFunnelStageArgs = {
  input: AddFunnelStageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationArchiveClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationArchiveConversationArgs = {
  input: ArchiveConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationAssignConversationArgs = {
  input: AssignConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationBlockClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationBulkClientActionArgs = {
  input: BulkClientActionInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCancelBroadcastArgs = {
  input: BroadcastControlInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCancelScheduledMessageArgs = {
  input: ScheduledMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationChangeMyPasswordArgs = {
  input: ChangeMyPasswordInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCloseConversationArgs = {
  input: ConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCloseDealArgs = {
  input: CloseDealInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCompleteTaskArgs = {
  input: TaskInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateChannelArgs = {
  input: CreateChannelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateFunnelArgs = {
  input: CreateFunnelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateLabelArgs = {
  input: CreateLabelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateOperatorArgs = {
  input: CreateOperatorInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateProcessArgs = {
  input: CreateProcessInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateQuickReplyFolderArgs = {
  input: CreateQuickReplyFolderInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateVariableDefinitionArgs = {
  input: CreateVariableDefinitionInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeactivateOperatorArgs = {
  input: OperatorIdInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteCommentArgs = {
  input: CommentInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteFilterArgs = {
  input: SavedFilterInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteFunnelArgs = {
  input: DeleteFunnelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteFunnelStageArgs = {
  input: DeleteFunnelStageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteLabelArgs = {
  input: LabelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteLibraryFileArgs = {
  input: FileInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteMessageArgs = {
  input: MessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteProcessArgs = {
  input: ProcessInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteQuickReplyArgs = {
  input: QuickReplyInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteQuickReplyFolderArgs = {
  input: QuickReplyFolderInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteTaskArgs = {
  input: TaskInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteTeamArgs = {
  input: TeamInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteVariableDefinitionArgs = {
  input: VariableDefinitionInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDeleteWebhookEndpointArgs = {
  input: WebhookEndpointInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDisconnectChannelArgs = {
  input: ChannelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationDuplicateFilterArgs = {
  input: DuplicateFilterInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationEditMessageArgs = {
  input: EditMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationExportClientsArgs = {
  input: ExportClientsInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationForwardMessageArgs = {
  input: ForwardMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationImportClientsArgs = {
  input: ImportClientsInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationMarkConversationReadArgs = {
  input: ConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationMarkConversationUnreadArgs = {
  input: ConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationMergeClientsArgs = {
  input: MergeClientsInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationMoveDealArgs = {
  input: MoveDealInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationOpenClientChannelArgs = {
  input: OpenClientChannelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPauseBotArgs = {
  input: PauseBotInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPauseBroadcastArgs = {
  input: BroadcastControlInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPauseChannelArgs = {
  input: ChannelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPinCommentArgs = {
  input: PinCommentInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPinConversationArgs = {
  input: PinConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPinMessageArgs = {
  input: PinMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPingWebhookEndpointArgs = {
  input: WebhookEndpointInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPublishProcessArgs = {
  input: ProcessInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationPurgeClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationReactivateOperatorArgs = {
  input: OperatorIdInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRemoveClientLabelsArgs = {
  input: ClientLabelsInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRenameChannelArgs = {
  input: RenameChannelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRenameFunnelArgs = {
  input: UpdateFunnelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRenameQuickReplyFolderArgs = {
  input: RenameQuickReplyFolderInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRenameTeamArgs = {
  input: RenameTeamInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationReopenConversationArgs = {
  input: ConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationReopenDealArgs = {
  input: DealInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationReopenTaskArgs = {
  input: TaskInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationReorderFunnelStagesArgs = {
  input: ReorderFunnelStagesInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationReplayWebhookDeliveryArgs = {
  input: ReplayWebhookDeliveryInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRescheduleMessageArgs = {
  input: RescheduleMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRestoreClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRestoreProcessVersionArgs = {
  input: RestoreProcessVersionInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationResumeBotArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationResumeBroadcastArgs = {
  input: BroadcastControlInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationResumeChannelArgs = {
  input: ChannelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationRotateWebhookSecretArgs = {
  input: WebhookEndpointInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSaveDraftArgs = {
  input: SaveDraftInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSaveFilterArgs = {
  input: SaveFilterInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSaveProcessDraftArgs = {
  input: SaveProcessDraftInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSaveQuickReplyArgs = {
  input: SaveQuickReplyInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationScheduleMessageArgs = {
  input: ScheduleMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSendScheduledMessageNowArgs = {
  input: ScheduledMessageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetChannelLocaleArgs = {
  input: SetChannelLocaleInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetChannelPreChatArgs = {
  input: SetChannelPreChatInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetClientOwnerArgs = {
  input: SetClientOwnerInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetClientVariablesArgs = {
  input: SetClientVariablesInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetOperatorCapacityArgs = {
  input: SetOperatorCapacityInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetPresenceArgs = {
  input: SetPresenceInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetTeamMembersArgs = {
  input: SetTeamMembersInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSetTypingArgs = {
  input: SetTypingInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationStartBroadcastArgs = {
  input: StartBroadcastInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationStartProcessArgs = {
  input: StartProcessInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationSteerProcessRunArgs = {
  input: SteerProcessRunInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationStopProcessTestArgs = {
  input: ProcessInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationTakeClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationTakeConversationArgs = {
  input: ConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationTestChannelArgs = {
  input: TestChannelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationTestProcessDraftArgs = {
  input: TestProcessDraftInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationTransferConversationArgs = {
  input: TransferConversationInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUnarchiveClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUnblockClientArgs = {
  input: ClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateClientArgs = {
  input: UpdateClientInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateDealArgs = {
  input: UpdateDealInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateFunnelStageArgs = {
  input: UpdateFunnelStageInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateLabelArgs = {
  input: UpdateLabelInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateMySettingsArgs = {
  input: UpdateMySettingsInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateOperatorArgs = {
  input: UpdateOperatorInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateProjectSettingsArgs = {
  input: UpdateProjectSettingsInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateVariableDefinitionArgs = {
  input: UpdateVariableDefinitionInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationWidgetIntroduceArgs = {
  input: WidgetIntroduceInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationWidgetSendArgs = {
  input: WidgetSendInput;
};


/**
 * Every change. Each mutation answers a payload whose `userErrors` list the expected failures (then nothing was
 * changed); unexpected failures are GraphQL errors.
 */
export type MutationWidgetStartArgs = {
  input: WidgetStartInput;
};

/** Every object that can be fetched by its opaque global id. */
export type Node = {
  /** The object's opaque global id: pass it back as it is (to `node(id:)` and to inputs); do not parse it. */
  id: Scalars['ID']['output'];
};

/** Something for one operator to look at. Only that operator sees it. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** Who caused it (the comment's author); null for a project API token and for TASK_DUE. */
  actor?: Maybe<Operator>;
  /** MENTION: the comment that mentions the operator; null for TASK_DUE. */
  comment?: Maybe<Comment>;
  /** MENTION: the comment's conversation; TASK_DUE: the client's latest conversation when it fell due, if any. */
  conversation?: Maybe<Conversation>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The notification's global id. */
  id: Scalars['ID']['output'];
  /** What it is about; says which of the fields below are set. */
  kind: NotificationKind;
  /** Marked read with markNotificationsRead. */
  read: Scalars['Boolean']['output'];
  /** TASK_DUE: the task; null once deleted. */
  task?: Maybe<Task>;
  /** WEBHOOK_DISABLED: the endpoint that was disabled (the notification goes when it is deleted); null for a reader who may no longer manage webhooks. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** A page of notifications (a Relay cursor connection). */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications of this page, newest first. */
  edges: Array<NotificationEdge>;
  /** Whether more pages follow in either direction, and the cursors of this page's first and last edges. */
  pageInfo: PageInfo;
  /** How many notifications the whole connection holds (with `unreadOnly`, the unread ones), over all its pages. */
  totalCount: Scalars['Int']['output'];
};

/** One notification of a NotificationConnection page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** An opaque cursor of this notification; pass it as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  /** Someone @mentioned the operator in a comment (never for their own comment). */
  | 'MENTION'
  /** A task of the operator's (assigned, or created and unassigned) fell due; checked every minute, sent once. */
  | 'TASK_DUE'
  /** A webhook endpoint of the project was disabled after persistent failures (owners and admins). */
  | 'WEBHOOK_DISABLED';

/** A client's identity on one of their channels, to open the conversation there. */
export type OpenClientChannelInput = {
  /** The identity (`Client.channels`). */
  clientChannelId: Scalars['ID']['input'];
};

/** A person of the project who works in the inbox. Deactivated operators stay, for the history. */
export type Operator = Node & {
  __typename?: 'Operator';
  /** The address of their picture, when one is set (nothing in this API sets it yet). */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /**
   * At most this many open conversations are distributed to the operator automatically (open, unarchived ones they
   * are assigned count); 0 to 1000, 10 by default. It does not limit assigning by hand.
   */
  capacity: Scalars['Int']['output'];
  /**
   * The status the operator last chose with setPresence, kept while they are away: it shows as `presence` again
   * when they come back (the inbox opened or its socket reconnected). OFFLINE for a new or deactivated operator.
   */
  chosenPresence: PresenceStatus;
  /**
   * Set when an owner or admin deactivated the operator: they cannot log in and get no conversations. Null while
   * active; `operators` lists deactivated operators only with `includeDeactivated`.
   */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Their login e-mail, lower-cased, unique across the product. */
  email: Scalars['String']['output'];
  /** The operator's global id. */
  id: Scalars['ID']['output'];
  /** The web app's language the operator chose; null until they choose, when the app follows their browser. */
  locale?: Maybe<Locale>;
  /** Display name, 1 to 100 characters; web chat visitors see it on the operator's replies. */
  name: Scalars['String']['output'];
  /**
   * The presence everyone in the project sees: the chosen status while the operator has the inbox open (a live
   * graphql-ws socket on some api node), OFFLINE otherwise. New conversations are distributed only to ONLINE ones.
   */
  presence: PresenceStatus;
  /**
   * The operator's preference that opening a conversation in the web inbox marks it read (off by default: reading is
   * explicit, with markConversationRead). The web inbox applies it, the server does not.
   */
  readOnOpen: Scalars['Boolean']['output'];
  /** What they may do. */
  role: OperatorRole;
  /** The teams the operator is a member of, by name. At most 30: a project has no more teams. */
  teams: Array<Team>;
};

/** One operator, by id. */
export type OperatorIdInput = {
  /** The operator (of the caller's project). */
  operatorId: Scalars['ID']['input'];
};

/** The result of a mutation on one operator. */
export type OperatorPayload = {
  __typename?: 'OperatorPayload';
  /** The operator as they are now; null when the mutation failed. */
  operator?: Maybe<Operator>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/**
 * What an operator may do. Each role may do what the roles below it may (the project's messageDeletionRoles aside).
 * API tokens hold no role: they act as the project's bot. `me { can { … } }` tells what the caller may do.
 */
export type OperatorRole =
  /** Manages the project: operators (not owners), settings, channels, API tokens. */
  | 'ADMIN'
  /**
   * Organises the work: teams, funnels, quick replies, variables, library files, capacities, the presence report;
   * assigns any conversation and changes any task.
   */
  | 'MANAGER'
  /** Works in the inbox: answers clients, takes unassigned conversations and hands on their own. */
  | 'OPERATOR'
  /** Everything, also managing other owners; a project keeps at least one active owner. */
  | 'OWNER';

/** Where a page of a Relay connection stands in the whole list, and the cursors to ask for the pages around it. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last edge (give it as `after` for the next page); null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Paging forwards (`first`): whether more items follow `endCursor`. Paging backwards: true when `before` was given. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Paging backwards (`last`): whether more items precede `startCursor`. Paging forwards: true when `after` was given. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first edge (give it as `before` for the previous page); null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How long to keep the bot quiet for a client. */
export type PauseBotInput = {
  /** The client whose bot to pause. */
  clientId: Scalars['ID']['input'];
  /** 1 to 720 hours; 24 by default. The bot resumes by itself afterwards. */
  hours?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What the caller may do in their project: one field per action of the server's permissions table, the same one
 * every query and mutation checks. Ask it instead of comparing roles. Rules about one object (your own
 * conversation, comment or task) are on that object, as its `viewerCan…` fields.
 */
export type Permissions = {
  __typename?: 'Permissions';
  /** Set any client's owner (operators: take a client nobody owns, hand on their own). */
  assignAnyClientOwner: Scalars['Boolean']['output'];
  /** Assign, transfer or unassign any conversation (operators: free ones and their own). */
  assignAnyConversation: Scalars['Boolean']['output'];
  /** Change and delete any task (operators: their own, and unassigned ones). */
  changeAnyTask: Scalars['Boolean']['output'];
  /** Delete clients and restore deleted ones. */
  deleteClients: Scalars['Boolean']['output'];
  /** Delete messages (the roles the project's settings allow). */
  deleteMessages: Scalars['Boolean']['output'];
  /** Create, edit, publish and delete business processes (automation designers). */
  editProcesses: Scalars['Boolean']['output'];
  /** Import clients from CSV and export them. */
  importExportClients: Scalars['Boolean']['output'];
  /** Create, list and revoke the project's API tokens. */
  manageApiTokens: Scalars['Boolean']['output'];
  /** Set how many open conversations auto-assignment gives each operator. */
  manageCapacity: Scalars['Boolean']['output'];
  /** Connect and rename channels. */
  manageChannels: Scalars['Boolean']['output'];
  /** Add files to the project's library and delete them. */
  manageFileLibrary: Scalars['Boolean']['output'];
  /** Create and change funnels and their stages. */
  manageFunnels: Scalars['Boolean']['output'];
  /** Add operators, change their roles and passwords, deactivate them; list deactivated ones. */
  manageOperators: Scalars['Boolean']['output'];
  /** Make an owner, or change or deactivate one. */
  manageOwners: Scalars['Boolean']['output'];
  /** Change the project's settings: name, time zone, auto-close, which roles may delete messages. */
  manageProject: Scalars['Boolean']['output'];
  /** Create, change and delete quick replies and their folders. */
  manageQuickReplies: Scalars['Boolean']['output'];
  /** Change and delete filters that others shared. */
  manageSharedFilters: Scalars['Boolean']['output'];
  /** Create, rename and delete teams and choose their members. */
  manageTeams: Scalars['Boolean']['output'];
  /** Create, rename and delete client and deal variable definitions. */
  manageVariables: Scalars['Boolean']['output'];
  /** Register, change, test and delete the project's outgoing webhook endpoints, and read and replay their deliveries. */
  manageWebhooks: Scalars['Boolean']['output'];
  /** Delete other operators' comments. */
  moderateComments: Scalars['Boolean']['output'];
  /** Erase deleted clients for good before the purge does. */
  purgeClients: Scalars['Boolean']['output'];
  /** Send broadcasts to many clients of the Audience, and pause, resume or cancel them. */
  sendBroadcasts: Scalars['Boolean']['output'];
  /** Start a published business process for clients (from the card, the Audience or the API). */
  startProcesses: Scalars['Boolean']['output'];
  /** Steer a client's process runs: set them manual or auto, move them to a block, stop them. */
  steerProcessRuns: Scalars['Boolean']['output'];
  /** See the project-wide list of scheduled messages (everyone sees those of the conversations they open). */
  viewAllScheduledMessages: Scalars['Boolean']['output'];
  /** Open every team's inbox section, not only those of the caller's own teams. */
  viewAllTeamInboxes: Scalars['Boolean']['output'];
  /** Read the presence report (time each operator spent in each status). */
  viewPresenceReport: Scalars['Boolean']['output'];
};

/** Whether to pin a comment. */
export type PinCommentInput = {
  /** The comment to pin or unpin. */
  commentId: Scalars['ID']['input'];
  /** True pins it to the top of its conversation, false unpins it. */
  pinned: Scalars['Boolean']['input'];
};

/** Whether to pin a conversation. */
export type PinConversationInput = {
  /** The conversation to pin or unpin. */
  conversationId: Scalars['ID']['input'];
  /** True pins it on top of the list for the whole project; false unpins it. */
  pinned: Scalars['Boolean']['input'];
};

/** Which message to pin or unpin. */
export type PinMessageInput = {
  /** The message (of the caller's project). */
  messageId: Scalars['ID']['input'];
  /** True pins it, false unpins it; pinning a pinned message changes nothing. */
  pinned: Scalars['Boolean']['input'];
};

/** What the web chat may ask a new visitor before their first message. */
export type PreChatField =
  /** Their e-mail. */
  | 'EMAIL'
  /** Their name (it replaces the visitor's placeholder name). */
  | 'NAME'
  /** Their phone. */
  | 'PHONE';

/**
 * An operator's availability. The operator chooses it with setPresence (`Operator.chosenPresence`); everyone sees
 * it (`Operator.presence`) only while the operator is connected, OFFLINE otherwise: from logging out, or shortly after
 * their last inbox tab closed or lost its connection (see the README's presence section).
 */
export type PresenceStatus =
  /** Working but away for now: no new conversations are distributed to them. */
  | 'AWAY'
  /** Not working: no new conversations. Every new operator starts OFFLINE. */
  | 'OFFLINE'
  /** Working: new conversations may be distributed to them (see `Project.autoAssign`). */
  | 'ONLINE';

/** How long an operator spent in each presence status within a period, in seconds. */
export type PresenceTime = {
  __typename?: 'PresenceTime';
  /** Seconds AWAY within the period. */
  away: Scalars['Int']['output'];
  /** Seconds OFFLINE within the period, including any time before the operator's first recorded change. */
  offline: Scalars['Int']['output'];
  /** Seconds ONLINE within the period. */
  online: Scalars['Int']['output'];
  /** The operator (an active one). */
  operator: Operator;
};

/** A business process: a graph of blocks that each client goes through, run by Temporal. */
export type Process = Node & {
  __typename?: 'Process';
  /** Runs now AUTO or MANUAL. */
  activeRuns: Scalars['Int']['output'];
  /** The draft the designer edits (a definition); publishing makes a version of it. */
  draft: Scalars['JSON']['output'];
  /** Whether the draft differs from the latest version (or nothing is published yet). */
  hasUnpublishedChanges: Scalars['Boolean']['output'];
  /** The process's global id. */
  id: Scalars['ID']['output'];
  /** 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** The latest published version (null: never published; a process runs only once published). */
  published?: Maybe<ProcessVersion>;
  /** When the draft last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Every published version, newest first. At most 200 (the latest) are answered. */
  versions: Array<ProcessVersion>;
  /** Whether the caller may edit, publish and delete it (`me.can.editProcesses`). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** One numbered block of a process version, as the inbox lists them (the whole block is in the definition). */
export type ProcessBlock = {
  __typename?: 'ProcessBlock';
  /** Clients whose run is at this block now (AUTO or MANUAL). */
  activeCount: Scalars['Int']['output'];
  /** The block's id inside the definition (not a global id): what steering and filters take as `blockId`. */
  blockId: Scalars['String']['output'];
  /** Its colour in the editor: GRAY, BLUE, GREEN, YELLOW, ORANGE, RED or PURPLE. */
  color: Scalars['String']['output'];
  /** What the designer wrote about it. */
  description: Scalars['String']['output'];
  /** Clients whose run entered this block today (in the project's time zone). */
  enteredToday: Scalars['Int']['output'];
  /** Its name (may be empty). */
  name: Scalars['String']['output'];
  /** Its number in the diagram (unique in the process). */
  number: Scalars['Int']['output'];
  /** MESSAGE and QUESTION: the text it sends (#{variables} unfilled); null for other blocks. */
  text?: Maybe<Scalars['String']['output']>;
  /** What it does. */
  type: ProcessBlockType;
};

/** A block's kind: what it does when a run enters it. */
export type ProcessBlockType =
  /** Changes the client, the conversation or a deal (tags, lists, variables, assignment, deals, tasks, comments). */
  | 'ACTION'
  /** Checks the inbox's conditions (the filters' language) and goes on by `yes` or `no`. */
  | 'CONDITION'
  /** Waits: a duration, until a time, or until the next weekday and time in the project's time zone. */
  | 'DELAY'
  /** Ends the run. */
  | 'END'
  /** Goes on at another block. */
  | 'GOTO'
  /** Hands the client to an operator: the run is MANUAL and waits until an operator returns it to AUTO. */
  | 'HANDOFF'
  /** Calls an outside system and stores fields of its JSON answer; goes on by `success` or `failure`. */
  | 'HTTP'
  /** Sends a text (with #{variables}), files and buttons. */
  | 'MESSAGE'
  /** Sends a question, waits for the client's answer, checks it and stores it in a variable. */
  | 'QUESTION'
  /** Starts another process for the client and goes on. */
  | 'START_PROCESS';

/** Which process. */
export type ProcessInput = {
  /** The process. */
  processId: Scalars['ID']['input'];
};

/** The result of a mutation on a process. */
export type ProcessPayload = {
  __typename?: 'ProcessPayload';
  /** Why it could not be published (with PROCESS_INVALID among the userErrors). At most 100 are answered. */
  problems: Array<ProcessProblem>;
  /** The process as it is now. */
  process?: Maybe<Process>;
  /** Expected failures; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/**
 * What a run waiting at a DELAY block will send when the delay ends: the MESSAGE or QUESTION block the delay leads to
 * (or, when it leads elsewhere, the delay itself with the next block). The card lists it in "Messages scheduled";
 * steerProcessRun acts on it: RESCHEDULE (a new `until`; now for Send now) or STOP (Cancel), each with the delay's
 * `blockId`.
 */
export type ProcessPendingSend = {
  __typename?: 'ProcessPendingSend';
  /** The DELAY block it waits at. */
  delay: ProcessBlock;
  /** The block the delay leads to (through GOTO blocks); null when the run ends after the delay. */
  next?: Maybe<ProcessBlock>;
  /** The run that waits (AUTO, `waitingFor` DELAY). */
  run: ProcessRun;
  /** When the delay ends: the run's `waitUntil`. */
  sendAt: Scalars['DateTime']['output'];
  /** MESSAGE or QUESTION next: its text with #{variables} filled as they are now; null for other blocks. */
  text?: Maybe<Scalars['String']['output']>;
};

/** Why a definition cannot be published, at a block. */
export type ProcessProblem = {
  __typename?: 'ProcessProblem';
  /** The block's id in the definition (null: the whole process). */
  blockId?: Maybe<Scalars['String']['output']>;
  /** NO_START, DUPLICATE_ID, DUPLICATE_NUMBER, UNKNOWN_BLOCK, UNKNOWN_PORT, UNREACHABLE, DANGLING, UNKNOWN_VARIABLE, LOOP_WITHOUT_WAIT, INVALID. */
  code: Scalars['String']['output'];
  /** What is wrong (a port, a variable, a block number). */
  detail: Scalars['String']['output'];
};

/** One client's way through one version of a process. */
export type ProcessRun = Node & {
  __typename?: 'ProcessRun';
  /** The block it is at (for FINISHED, STOPPED and FAILED: where it stopped). */
  block?: Maybe<ProcessBlock>;
  /** Since when it is at that block. */
  blockEnteredAt: Scalars['DateTime']['output'];
  /** The client. */
  client: Client;
  /** When it ended. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** FAILED: why. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's global id. */
  id: Scalars['ID']['output'];
  /** The process. */
  process: Process;
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Where it is. */
  status: ProcessRunStatus;
  /** The latest steps, newest first (what happened at each block). */
  steps: Array<ProcessRunStep>;
  /** The version it runs on. */
  version: ProcessVersion;
  /** Whether the caller may steer it (manual / auto, move, stop): `me.can.steerProcessRuns`, and only while it is AUTO or MANUAL. */
  viewerCanSteer: Scalars['Boolean']['output'];
  /** When the wait ends by itself (a delay's end, a question's timeout). */
  waitUntil?: Maybe<Scalars['DateTime']['output']>;
  /** What it waits for now. */
  waitingFor?: Maybe<ProcessRunWait>;
};


/** One client's way through one version of a process. */
export type ProcessRunStepsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How to steer a run. */
export type ProcessRunCommand =
  /** Return it to AUTO: it goes on at the next block, or at `blockId`. */
  | 'AUTO'
  /** Set it MANUAL: it stops where it is until returned to AUTO. */
  | 'MANUAL'
  /** Move it to `blockId` (it stays MANUAL if it was). */
  | 'MOVE'
  /**
   * A new end for the delay the run waits at (`until`; now or earlier: at once, as the card's Send now does). With
   * `blockId`: only if that is the delay it waits at. PROCESS_NOT_AT_DELAY once it no longer waits at a delay (or is
   * MANUAL). The row's `waitUntil` and the run's history (RESCHEDULED) say so.
   */
  | 'RESCHEDULE'
  /**
   * Stop it for good. With `blockId` (a DELAY block): only while the run still waits at that delay
   * (PROCESS_NOT_AT_DELAY otherwise), as the card's Cancel of a pending send does.
   */
  | 'STOP';

/** A page of runs. */
export type ProcessRunConnection = {
  __typename?: 'ProcessRunConnection';
  /** The runs of this page. */
  edges: Array<ProcessRunEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
};

/** A run and its cursor. */
export type ProcessRunEdge = {
  __typename?: 'ProcessRunEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The run. */
  node: ProcessRun;
};

/** Which runs to list. */
export type ProcessRunFilter = {
  /** Runs now at this block (its id in the definition; with processId). */
  blockId?: InputMaybe<Scalars['String']['input']>;
  /** Runs of this client. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs of this process. */
  processId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs in these statuses. */
  statuses?: InputMaybe<Array<ProcessRunStatus>>;
};

/** The result of steerProcessRun. */
export type ProcessRunPayload = {
  __typename?: 'ProcessRunPayload';
  /** The run as it is now. */
  run?: Maybe<ProcessRun>;
  /** Expected failures; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Where a run stands. */
export type ProcessRunStatus =
  /** The chain runs by itself. */
  | 'AUTO'
  /** Stopped by an error a block could not get past (`error` says which). */
  | 'FAILED'
  /** Reached an end. */
  | 'FINISHED'
  /** Stopped at a handoff or by an operator: an operator must act (return it to AUTO, move it, or stop it). */
  | 'MANUAL'
  /** Stopped by an operator, or because the client was blocked or deleted. */
  | 'STOPPED';

/** A step of a run, for its history. */
export type ProcessRunStep = {
  __typename?: 'ProcessRunStep';
  /** Who did it (an operator's steering), or null for the run itself. */
  actor?: Maybe<Operator>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The block it happened at. */
  block?: Maybe<ProcessBlock>;
  /** Words about it (a branch, a value, an error). */
  detail?: Maybe<Scalars['String']['output']>;
  /** What happened. */
  kind: ProcessStepKind;
};

/** What a run waits for, if anything. */
export type ProcessRunWait =
  /** A delay until `waitUntil`. */
  | 'DELAY'
  /** An operator (MANUAL). */
  | 'OPERATOR'
  /** The client's answer to a question (until `waitUntil` when it has a timeout). */
  | 'REPLY';

/** What a step of a run was. */
export type ProcessStepKind =
  /** An action was done (`detail` says which). */
  | 'ACTION'
  /** An answer did not fit what the question expects. */
  | 'ANSWER_INVALID'
  /** The client's answer was stored (`detail`: the value). */
  | 'ANSWER_STORED'
  /** A condition, an HTTP call or a question went on by `detail` (a port name). */
  | 'BRANCH'
  /** It ended (FINISHED or STOPPED). */
  | 'ENDED'
  /** The run entered a block. */
  | 'ENTERED'
  /** Something failed (`detail`). */
  | 'ERROR'
  /** The run was handed to an operator (MANUAL). */
  | 'HANDOFF'
  /** A message (or question) was sent. */
  | 'MESSAGE_SENT'
  /** An operator moved it to another block. */
  | 'MOVED'
  /** An operator set it MANUAL. */
  | 'PAUSED'
  /** An operator gave the delay it waited at a new end (`detail`: the new end, ISO 8601). */
  | 'RESCHEDULED'
  /** An operator returned it to AUTO. */
  | 'RESUMED'
  /** A question got no answer in time. */
  | 'TIMED_OUT';

/**
 * A test run of a process's draft, for the editor's preview chat: the run (on a hidden test version of the draft, never
 * in `versions` nor started by triggers or operators) of the caller's test client, and what opens the web chat as that
 * client.
 */
export type ProcessTestRun = {
  __typename?: 'ProcessTestRun';
  /** The run; its client is the caller's test client of the process (one per caller and process, named "Test · <process> · <caller>"). */
  run: ProcessRun;
  /** A new visitor token of the test client for the preview's widget (the one given before stops working). */
  visitorToken: Scalars['String']['output'];
  /** The web chat channel's widget key: the preview opens `/widget/<key>`. */
  widgetKey: Scalars['String']['output'];
};

/** A published, immutable version of a process: runs keep the version they started on. */
export type ProcessVersion = Node & {
  __typename?: 'ProcessVersion';
  /** Its blocks in number order, with their counters. At most 500: a definition holds no more. */
  blocks: Array<ProcessBlock>;
  /** The whole definition, as published. */
  definition: Scalars['JSON']['output'];
  /** The version's global id. */
  id: Scalars['ID']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it (null: an API token). */
  publishedBy?: Maybe<Operator>;
  /** 1, 2, 3… in the order they were published. */
  version: Scalars['Int']['output'];
};

/** A tenant: one business. Every object belongs to exactly one project. */
export type Project = Node & {
  __typename?: 'Project';
  /**
   * New conversations are assigned round-robin to online operators with room for more (on by default): once, when a
   * client's first message creates the conversation. When nobody can take it, it stays unassigned.
   */
  autoAssign: Scalars['Boolean']['output'];
  /**
   * Open conversations with no activity for this long are closed automatically (checked every 10 minutes, with a
   * CLOSED event saying why); 1440 (24 hours) by default; null never closes them.
   */
  autoCloseAfterMinutes?: Maybe<Scalars['Int']['output']>;
  /** The project's connected channels, oldest first. At most 50: createChannel refuses more (CONFLICT). */
  channels: Array<Channel>;
  /** The project's global id. */
  id: Scalars['ID']['output'];
  /**
   * The roles that may delete messages: OWNER and ADMIN unless the project changed it (operators may not unless
   * listed). API tokens never may.
   */
  messageDeletionRoles: Array<OperatorRole>;
  /** The project's name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** An IANA time zone (e.g. Europe/Moscow), UTC unless set: for display and schedules. */
  timeZone: Scalars['String']['output'];
};

/** The result of purgeClient. */
export type PurgeClientPayload = {
  __typename?: 'PurgeClientPayload';
  /** The global id of the client erased. */
  purgedClientId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type Query = {
  __typename?: 'Query';
  /**
   * The project's API tokens, oldest first (owners and admins only; others get a FORBIDDEN error); their secrets are
   * never shown again. At most 50: a project holds no more.
   */
  apiTokens: Array<ApiToken>;
  /** One broadcast of the project (null for an unknown id or another project's). */
  broadcast?: Maybe<Broadcast>;
  /** The project's broadcasts, newest first. */
  broadcasts: BroadcastConnection;
  /** Every kind of channel: whether it can be connected here, and what its connect form asks. At most 5 (one per ChannelKind). */
  channelKinds: Array<ChannelKindInfo>;
  /** A client of the caller's project, deleted ones included (their card can restore them); null when not found. */
  client?: Maybe<Client>;
  /** The project's recent imports and exports, newest first. */
  clientJobs: ClientJobConnection;
  /** The Audience: the project's clients, by last activity (or creation), with the inbox's filters. */
  clients: ClientConnection;
  /** A conversation of the caller's project by its id; null when not found. */
  conversation?: Maybe<Conversation>;
  /**
   * The project's conversations in a section, by last activity. Pinned ones are left out: they come from
   * pinnedConversations, to be shown on top. `first` is at most 100.
   */
  conversations: ConversationConnection;
  /** How the delivery of the project's replies is going (also `GET /readyz/delivery`, for every project, 503 when delayed). */
  deliveryStatus: DeliveryStatus;
  /** The project's library of files for attachments, newest first. */
  fileLibrary: FileConnection;
  /** How many files the library holds, and how many it may hold. */
  fileLibraryUsage: FileLibraryUsage;
  /**
   * A quick reply's text with its variables filled for a conversation's client, ready for the composer, and the
   * placeholders left unresolved. Null when the quick reply or the conversation is not found.
   */
  fillQuickReply?: Maybe<FilledQuickReply>;
  /**
   * Any text with its `#{variables}` filled for a conversation's client, as a reply (or a scheduled one, when it is
   * sent) would carry it: the composer previews a scheduled reply with it. Null when the conversation is not found.
   */
  fillText?: Maybe<FilledQuickReply>;
  /** The project's funnels in the order they were created, with their stages. At most 20: a project holds no more. */
  funnels: Array<Funnel>;
  /**
   * The gateway in front of this API when one is configured (GATEWAY_PUBLIC_URL, or `GATEWAY=1 npm start`), else null.
   * The inbox's web app asks it for the other subgraphs' fields, such as a client's orders.
   */
  gateway?: Maybe<Gateway>;
  /** The project's tags or lists, by name. At most 500 of each kind: a project holds no more. */
  labels: Array<Label>;
  /** Who is calling: the project, and the operator unless the caller is an API token. */
  me: Viewer;
  /** Any object of the caller's project by its global id; objects of other projects answer null. */
  node?: Maybe<Node>;
  /** Several objects by their global ids (at most 100), in the same order; unknown or foreign ids answer null. */
  nodes: Array<Maybe<Node>>;
  /** The caller's notifications, newest first. Operators only: an API token gets a FORBIDDEN error. */
  notifications: NotificationConnection;
  /**
   * The project's operators, by name: the active ones, or also the deactivated ones (owners and admins).
   * At most 500: a project has no more.
   */
  operators: Array<Operator>;
  /** The pinned conversations of a section, most recently pinned first. At most 100: a project pins at most 100. */
  pinnedConversations: Array<Conversation>;
  /**
   * Time each active operator was seen online, away and offline (their `presence`, not the chosen status) between
   * `from` and `to` (up to now), by name; managers, admins and owners (a FORBIDDEN error for operators and API
   * tokens). At most 500, one per operator.
   */
  presenceReport: Array<PresenceTime>;
  /** A process's draft checked as `publishProcess` checks it: empty when it could be published. At most 100 are answered. */
  processProblems: Array<ProcessProblem>;
  /** Runs of the project, newest first. */
  processRuns: ProcessRunConnection;
  /** The project's processes, by name. At most 200: a project holds no more. */
  processes: Array<Process>;
  /**
   * The project's quick replies, by title. At most 200: only the first 200 by title are answered, so narrow the list
   * with `search` or `folderId`.
   */
  quickReplies: Array<QuickReply>;
  /** The project's quick reply folders, by name. At most 100: createQuickReplyFolder refuses more (CONFLICT). */
  quickReplyFolders: Array<QuickReplyFolder>;
  /**
   * A quick reply's text with its variables filled for a conversation's client (fillQuickReply's `text`); null
   * when the quick reply or the conversation is not found.
   * @deprecated Use fillQuickReply: the same text, and the placeholders left unresolved.
   */
  renderQuickReply?: Maybe<Scalars['String']['output']>;
  /**
   * The caller's own filters and those shared with the project, by name. Operators only (a FORBIDDEN error for API
   * tokens). At most 200: a project holds at most 200 saved filters, shared or not.
   */
  savedFilters: Array<SavedFilter>;
  /**
   * The project's pending scheduled messages, soonest first. Managers and up, and API tokens
   * (viewAllScheduledMessages); FORBIDDEN otherwise.
   */
  scheduledMessages: MessageConnection;
  /**
   * The stream subscriptions' position now, as a graphql-ws acknowledgement's `cursor` gives it: read it before
   * loading the state to keep live, then subscribe with it as `after`, and nothing in between is missed. For clients
   * with no acknowledgement to read (SSE); the gateway puts it in its own acknowledgement.
   */
  streamPosition: Scalars['String']['output'];
  /** The variables the system fills (the client's name, phone, messenger ids, the operator…), fixed. At most 20. */
  systemVariables: Array<SystemVariable>;
  /**
   * The project's tasks by due time (undated last), the open ones unless `filter` says otherwise; any operator or API
   * token. `first` is at most 100.
   */
  tasks: TaskConnection;
  /** The project's teams, by name. At most 30: createTeam refuses more (CONFLICT). */
  teams: Array<Team>;
  /** How many of the caller's notifications are unread. Operators only: an API token gets a FORBIDDEN error. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** The project's custom variables of one scope, oldest first. At most 100: a scope holds no more. */
  variableDefinitions: Array<VariableDefinition>;
  /** The project's webhook endpoints, oldest first (`me.can.manageWebhooks`; FORBIDDEN otherwise). At most 20. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryBroadcastArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryBroadcastsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryClientJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ClientOrder>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ConversationOrder>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryFileLibraryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryFillQuickReplyArgs = {
  conversationId: Scalars['ID']['input'];
  quickReplyId: Scalars['ID']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryFillTextArgs = {
  conversationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryLabelsArgs = {
  kind: LabelKind;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryOperatorsArgs = {
  includeDeactivated?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryPinnedConversationsArgs = {
  filter?: InputMaybe<ConversationFilter>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryPresenceReportArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryProcessProblemsArgs = {
  processId: Scalars['ID']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryProcessRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProcessRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryQuickRepliesArgs = {
  folderId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryRenderQuickReplyArgs = {
  conversationId: Scalars['ID']['input'];
  quickReplyId: Scalars['ID']['input'];
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryScheduledMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ScheduledMessagesFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. Everything answered belongs to the caller's project (the token's or the session's). */
export type QueryVariableDefinitionsArgs = {
  scope: VariableScope;
};

/**
 * A saved answer for the composer. Its text may hold variables filled per client on use: #{name}, #{first_name},
 * #{phone}, #{email}, #{operator} (the operator sending it), #{project}, and the client's custom variables by key.
 * `#{key|fallback}` gives the fallback when the variable is unset or empty (`#{first_name|there}`); a variable
 * without a value or a fallback stays as written (see fillQuickReply).
 */
export type QuickReply = Node & {
  __typename?: 'QuickReply';
  /** Its folder; null when it is in none. */
  folder?: Maybe<QuickReplyFolder>;
  /** The quick reply's global id. */
  id: Scalars['ID']['output'];
  /** The answer with its variables not filled in, 1 to 4096 characters (renderQuickReply fills them). */
  text: Scalars['String']['output'];
  /** What the composer lists, 1 to 100 characters. */
  title: Scalars['String']['output'];
};

/** A folder that groups the project's quick replies. */
export type QuickReplyFolder = Node & {
  __typename?: 'QuickReplyFolder';
  /** The folder's global id. */
  id: Scalars['ID']['output'];
  /** 1 to 100 characters; two folders may share a name. */
  name: Scalars['String']['output'];
  /** How many quick replies the folder holds. */
  quickReplyCount: Scalars['Int']['output'];
};

/** One quick reply folder, by id. */
export type QuickReplyFolderInput = {
  /** The folder (of the caller's project). */
  folderId: Scalars['ID']['input'];
};

/** The result of a mutation on one quick reply folder. */
export type QuickReplyFolderPayload = {
  __typename?: 'QuickReplyFolderPayload';
  /** The folder as it is now; null when the mutation failed. */
  folder?: Maybe<QuickReplyFolder>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** One quick reply, by id. */
export type QuickReplyInput = {
  /** The quick reply (of the caller's project). */
  quickReplyId: Scalars['ID']['input'];
};

/** The result of a mutation on one quick reply. */
export type QuickReplyPayload = {
  __typename?: 'QuickReplyPayload';
  /** The quick reply as it is now; null when the mutation failed. */
  quickReply?: Maybe<QuickReply>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A channel's new name. */
export type RenameChannelInput = {
  /** The channel to rename. */
  channelId: Scalars['ID']['input'];
  /** 1 to 100 characters (trimmed). */
  name: Scalars['String']['input'];
};

/** A folder's new name. */
export type RenameQuickReplyFolderInput = {
  /** The folder (of the caller's project). */
  folderId: Scalars['ID']['input'];
  /** 1 to 100 characters, trimmed. */
  name: Scalars['String']['input'];
};

/** A team's new name. */
export type RenameTeamInput = {
  /** 1 to 100 characters, unique in the project (whatever the case). */
  name: Scalars['String']['input'];
  /** The team (of the caller's project). */
  teamId: Scalars['ID']['input'];
};

/** A funnel's stages in a new order. */
export type ReorderFunnelStagesInput = {
  /** The funnel. */
  funnelId: Scalars['ID']['input'];
  /** Every stage of the funnel, in the new order, each once. */
  stageIds: Array<Scalars['ID']['input']>;
};

/** The delivery to send again. */
export type ReplayWebhookDeliveryInput = {
  /** The delivery's global id. */
  webhookDeliveryId: Scalars['ID']['input'];
};

/** Why no reply goes to a conversation now (internal notes always do). */
export type ReplyRefusal =
  /** The conversation's channel is paused or disconnected. */
  | 'CHANNEL_NOT_ACTIVE'
  /** The client is blocked (unblock them on their card). */
  | 'CLIENT_BLOCKED'
  /** The client blocked the bot or left the chat on this channel, until they write again. */
  | 'CLIENT_UNREACHABLE';

/** A new due time for a scheduled message. */
export type RescheduleMessageInput = {
  /** The SCHEDULED message. */
  messageId: Scalars['ID']['input'];
  /** The new due time: in the future, at most a year ahead. */
  sendAt: Scalars['DateTime']['input'];
};

/** A version to copy back into its process's draft. */
export type RestoreProcessVersionInput = {
  /** The version. */
  versionId: Scalars['ID']['input'];
};

/** The API token to revoke. */
export type RevokeApiTokenInput = {
  /** The token's global id (`ApiToken.id`). */
  apiTokenId: Scalars['ID']['input'];
};

/** The result of revokeApiToken. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The id of the revoked token; it stops working at once, also on open subscriptions. */
  revokedId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** The result of rotateWebhookSecret. */
export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** The new secret, shown only in this answer; the old one stops signing at once. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The endpoint. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** The client's won deals in one currency. */
export type SalesTotal = {
  __typename?: 'SalesTotal';
  /** The sum of their budgets (a deal without a budget counts 0). */
  amount: Scalars['Float']['output'];
  /** How many won deals. */
  count: Scalars['Int']['output'];
  /** The ISO 4217 code, e.g. RUB. */
  currency: Scalars['String']['output'];
};

/** The caller's draft in one conversation. */
export type SaveDraftInput = {
  /** The conversation (of the caller's project). */
  conversationId: Scalars['ID']['input'];
  /** An empty (or blank) text clears the draft; at most 4096 characters, kept as written. */
  text: Scalars['String']['input'];
};

/** The result of saveDraft. */
export type SaveDraftPayload = {
  __typename?: 'SaveDraftPayload';
  /** The draft as saved; null when the text was empty (the draft was cleared). */
  draft?: Maybe<Scalars['String']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A saved filter to create, or to change (its name, sharing and filter). */
export type SaveFilterInput = {
  /** The filter, checked as the chat list would run it (INVALID_INPUT on `filter` when it would fail). */
  filter: ConversationFilter;
  /** 1 to 100 characters, trimmed. */
  name: Scalars['String']['input'];
  /** Left out to create a new one. */
  savedFilterId?: InputMaybe<Scalars['ID']['input']>;
  /** Shared with the whole project. Left out: private for a new filter, unchanged for an existing one. */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The draft of a process to save. */
export type SaveProcessDraftInput = {
  /** The whole definition (validated by its shape; what blocks publishing is checked on publish). */
  definition: Scalars['JSON']['input'];
  /** A new name (left out: unchanged). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The process. */
  processId: Scalars['ID']['input'];
};

/** A quick reply to create, or to replace as a whole. */
export type SaveQuickReplyInput = {
  /** Its folder; left out or null for none (also when changing a quick reply: it leaves its folder). */
  folderId?: InputMaybe<Scalars['ID']['input']>;
  /** Left out to create a new one; given, the fields below replace the stored ones. */
  quickReplyId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 4096 characters, trimmed; it may hold #{variables}. */
  text: Scalars['String']['input'];
  /** 1 to 100 characters, trimmed. */
  title: Scalars['String']['input'];
};

/** A saved ConversationCondition: the same fields, as they were given; which ones apply depends on `field`. */
export type SavedCondition = {
  __typename?: 'SavedCondition';
  /** Matches all of these ids (TAGS, LISTS). */
  allOf?: Maybe<Array<Scalars['String']['output']>>;
  /** Matches any of these values (ids, kinds or statuses, as the field says). */
  anyOf?: Maybe<Array<Scalars['String']['output']>>;
  /** VARIABLE: the value contains this text, in any case. */
  contains?: Maybe<Scalars['String']['output']>;
  /** VARIABLE: the value equals this text, in any case. */
  equals?: Maybe<Scalars['String']['output']>;
  /** What the condition looks at. */
  field: ConditionField;
  /** The start of a time range (inclusive). */
  from?: Maybe<Scalars['DateTime']['output']>;
  /** Yes or no (flags), or whether an assignee, owner or variable value exists. */
  is?: Maybe<Scalars['Boolean']['output']>;
  /** VARIABLE: the number is at most this. */
  max?: Maybe<Scalars['Float']['output']>;
  /** VARIABLE: the number is at least this. */
  min?: Maybe<Scalars['Float']['output']>;
  /** The end of a time range (exclusive). */
  to?: Maybe<Scalars['DateTime']['output']>;
  /** VARIABLE: the custom variable's key. */
  variable?: Maybe<Scalars['String']['output']>;
};

/** A saved ConversationFilter, as it was given (fields left out then answer their defaults). */
export type SavedConversationFilter = {
  __typename?: 'SavedConversationFilter';
  /** The conditions (ConversationFilter.conditions), in their order. At most 20: a filter takes no more. */
  conditions: Array<SavedCondition>;
  /** How the conditions combine (ConversationFilter.match); ALL when it was left out. */
  match: ConditionMatch;
  /** The search words (ConversationFilter.search), if any. */
  search?: Maybe<Scalars['String']['output']>;
  /** The inbox section (ConversationFilter.section); ALL when it was left out. */
  section: ConversationSection;
};

/** A named chat-list filter: the operator's own, or shared with the whole project. */
export type SavedFilter = Node & {
  __typename?: 'SavedFilter';
  /**
   * The filter, to pass back to `conversations(filter:)` as a ConversationFilter. Its `assigneeId` and `teamId`
   * are stored but not answered here.
   */
  filter: SavedConversationFilter;
  /** The saved filter's global id. */
  id: Scalars['ID']['output'];
  /** 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** The operator who created it. */
  owner: Operator;
  /** Every operator of the project sees it (its owner and managers may change it); otherwise only its owner. */
  shared: Scalars['Boolean']['output'];
  /** Whether the caller may rename, change or delete it: its owner, or, when shared, whoever may manage shared filters. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** One saved filter, by id. */
export type SavedFilterInput = {
  /** A saved filter the caller can see. */
  savedFilterId: Scalars['ID']['input'];
};

/** The result of a mutation on one saved filter. */
export type SavedFilterPayload = {
  __typename?: 'SavedFilterPayload';
  /** The saved filter as it is now; null when the mutation failed. */
  savedFilter?: Maybe<SavedFilter>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A reply to send later: stored at once as SCHEDULED, handed to delivery at `sendAt`. */
export type ScheduleMessageInput = {
  /** Send on behalf of the bot (API tokens always do). */
  asBot?: InputMaybe<Scalars['Boolean']['input']>;
  /** The conversation to reply in (of the caller's project). */
  conversationId: Scalars['ID']['input'];
  /** Files to attach (uploaded with the upload endpoint), at most 10. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** As for sendMessage: a retry with the same key returns the first message. Required for API tokens. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When to send it: in the future, at most a year ahead. */
  sendAt: Scalars['DateTime']['input'];
  /** E-mail: the subject, at most 998 characters; absent: "Re: " and the client's last subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /**
   * 1 to 4096 characters once trimmed (may be empty with `fileIds`). `#{key}` placeholders (as in quick replies) are
   * filled from the client's variables when it is sent.
   */
  text: Scalars['String']['input'];
};

/** The result of scheduleMessage. */
export type ScheduleMessagePayload = {
  __typename?: 'ScheduleMessagePayload';
  /** The message, SCHEDULED; with a repeated key, the first message. */
  message?: Maybe<Message>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Which scheduled message to send now or cancel. */
export type ScheduledMessageInput = {
  /** The SCHEDULED message. */
  messageId: Scalars['ID']['input'];
};

/** The result of rescheduleMessage, sendScheduledMessageNow and cancelScheduledMessage. */
export type ScheduledMessagePayload = {
  __typename?: 'ScheduledMessagePayload';
  /** The message as the change left it: SCHEDULED at its new time, QUEUED (or FAILED), or CANCELLED. */
  message?: Maybe<Message>;
  /** Expected failures; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Which scheduled messages the project-wide list shows. */
export type ScheduledMessagesFilter = {
  /** Only those an operator scheduled (their global id). */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those due before this time. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only those due at or after this time. */
  dueFrom?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A message that matches search words, with the matching words marked. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /**
   * Up to two fragments of the message's text (8 to 24 words each), cut into matching and other pieces, in order.
   * At most 20 segments: past that the rest comes as one unmarked segment.
   */
  highlight: Array<TextSegment>;
  /** The matching message. */
  message: Message;
};

/** A reply to send in a conversation. */
export type SendMessageInput = {
  /**
   * Send on behalf of the bot: the client sees the bot, the timeline still shows which operator wrote it. API tokens
   * always send as the bot.
   */
  asBot?: InputMaybe<Scalars['Boolean']['input']>;
  /** The conversation to reply in (of the caller's project). */
  conversationId: Scalars['ID']['input'];
  /**
   * Files to send with the message (at most 10): the library's, or uploaded with `POST /files` and not sent yet.
   * With files, the text may be empty.
   */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * A key chosen by the caller (1 to 100 characters), unique within the conversation: sending again with the same key
   * returns the first message instead of storing a second one. Required for API tokens (INVALID_INPUT,
   * MESSAGE_IDEMPOTENCY_KEY_REQUIRED), so that an integration's retry after a lost answer is never a second message.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** E-mail: the subject, at most 998 characters; absent: "Re: " and the client's last subject. Ignored by other channels. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /**
   * WhatsApp: send this approved template (Channel.templates) instead of free text: the only thing WhatsApp takes
   * more than 24 hours after the client's last message. `text` is then ignored: the message's text is the template's,
   * filled with the parameters.
   */
  template?: InputMaybe<MessageTemplateInput>;
  /** 1 to 4096 characters once trimmed; it may be empty when `fileIds` are given. */
  text: Scalars['String']['input'];
};

/** The result of sendMessage. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** Stored as QUEUED; delivery status changes arrive on the subscriptions. With a repeated key, the first message. */
  message?: Maybe<Message>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Who a message is from, as the client sees it. */
export type SenderKind =
  /** The bot: a reply of an API token, or an operator's reply with `asBot` (then `author` still names them). */
  | 'BOT'
  /** The client (every inbound message). */
  | 'CLIENT'
  /** An operator, under their own name (`author`). */
  | 'OPERATOR'
  /** The product itself; reserved (nothing writes it yet), and never shown in the web chat widget. */
  | 'SYSTEM';

/** Which channel's widget speaks which language. */
export type SetChannelLocaleInput = {
  /** The channel (of the caller's project). */
  channelId: Scalars['ID']['input'];
  /** The language; null lets each visitor's browser choose. */
  locale?: InputMaybe<Locale>;
};

/** Which questions a channel's widget asks new visitors. */
export type SetChannelPreChatInput = {
  /** The channel (of the caller's project). */
  channelId: Scalars['ID']['input'];
  /** The questions, in order (repeats count once); empty turns the form off. */
  fields: Array<PreChatField>;
};

/** A client's new owner. */
export type SetClientOwnerInput = {
  /** The client. */
  clientId: Scalars['ID']['input'];
  /** Said with a transfer; kept in the client's history (the first 500 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** An active operator of the project; null: nobody owns the client. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** New values of some of a client's variables. */
export type SetClientVariablesInput = {
  /** The client (of the caller's project). */
  clientId: Scalars['ID']['input'];
  /** At most 100 values; variables not listed stay as they are. */
  values: Array<VariableValueInput>;
};

/** An operator's new capacity. */
export type SetOperatorCapacityInput = {
  /** 0 to 1000; 0 takes the operator out of automatic distribution. */
  capacity: Scalars['Int']['input'];
  /** The operator (of the caller's project). */
  operatorId: Scalars['ID']['input'];
};

/** The caller's new presence. */
export type SetPresenceInput = {
  /** The new status; setting the current one changes nothing. */
  status: PresenceStatus;
};

/** A team's whole new membership. */
export type SetTeamMembersInput = {
  /**
   * The whole new membership: active operators of the project, at most 100 (repeats count once); an empty list
   * empties the team.
   */
  operatorIds: Array<Scalars['ID']['input']>;
  /** The team (of the caller's project). */
  teamId: Scalars['ID']['input'];
};

/** Whether the caller is writing a reply in a conversation. */
export type SetTypingInput = {
  /** The conversation the caller is writing in. */
  conversationId: Scalars['ID']['input'];
  /** True while writing (repeat it every few seconds), false once stopped or sent. */
  typing: Scalars['Boolean']['input'];
};

/** The result of setTyping. */
export type SetTypingPayload = {
  __typename?: 'SetTypingPayload';
  /** Whether the caller is shown typing now. */
  typing?: Maybe<Scalars['Boolean']['output']>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A broadcast to start. */
export type StartBroadcastInput = {
  /** Who gets it. */
  audience: ClientAudienceInput;
  /** CHANNEL: the project's channel to send on. */
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** Which conversation of each client to write to; LATEST by default. */
  channelRule?: InputMaybe<BroadcastChannelRule>;
  /** Up to 10 files of the project's library to send with every message. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Messages a second at most, below the channel's own limit (which is used when left out or higher). */
  ratePerSecond?: InputMaybe<Scalars['Int']['input']>;
  /** When to start; null or left out: now. Must be in the future. */
  sendAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 1 to 4096 characters; `#{key}` and `#{key|fallback}` are filled for each client as in quick replies. */
  text: Scalars['String']['input'];
};

/** Start a process for clients: give exactly one of `clientIds` and `audience`. */
export type StartProcessInput = {
  /**
   * The chosen clients, every client matching the Audience's filter, or a saved filter's clients, resolved now;
   * a large audience is started page by page, each page's runs handed to Temporal in the background.
   */
  audience?: InputMaybe<ClientAudienceInput>;
  /** The block to start at (its id); the process's start when left out. */
  blockId?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 1,000 clients of the project (the same as `audience: { clientIds }`). */
  clientIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A published process. */
  processId: Scalars['ID']['input'];
};

/** The result of startProcess. */
export type StartProcessPayload = {
  __typename?: 'StartProcessPayload';
  /**
   * The runs started (a client already in a process that allows one run only gets none), one per client.
   * At most 1000 are answered (the first started): `started` counts them all.
   */
  runs: Array<ProcessRun>;
  /** How many runs were started. */
  started: Scalars['Int']['output'];
  /** Expected failures; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A command for a run. */
export type SteerProcessRunInput = {
  /** AUTO and MOVE: the block to go to (its id in the definition). RESCHEDULE and STOP: the DELAY block the run must still wait at. */
  blockId?: InputMaybe<Scalars['String']['input']>;
  /** What to do. */
  command: ProcessRunCommand;
  /** The run (AUTO or MANUAL). */
  runId: Scalars['ID']['input'];
  /** RESCHEDULE: the delay's new end, at most 365 days ahead. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * One broadcast each time its status or counts change (after every page it sends). Only changes after
   * subscribing arrive: read the broadcast first.
   */
  broadcastUpdated: Broadcast;
  /**
   * Progress of one import or export: the job each time its status or counts change (after every batch). Only
   * changes after subscribing arrive: read the job first.
   */
  clientJobUpdated: ClientJob;
  /**
   * Every change to one client of the caller's project (profile, owner, tags, variables, deals, tasks, notes…),
   * from the moment of subscribing.
   */
  clientUpdated: ClientUpdate;
  /**
   * Every change to the project's clients (profile, owner, tags and lists, variables, deals, tasks, archive, block,
   * delete…): their ids only, on the project's clients topic; load what you show (`nodes(ids:)`). Imports, notes
   * and purges are not announced here.
   */
  clientsChanged: ClientsChanged;
  /**
   * The other operators viewing and typing in a conversation. Subscribing marks the caller as viewing it (until the
   * subscription ends), and the operators already there announce themselves. Operators only (not API tokens).
   */
  conversationActivity: ConversationActivity;
  /** New messages and status changes (also edits and deletions) of one conversation. */
  conversationMessages: Message;
  /**
   * Everything new in one conversation's timeline: messages (also on status changes), system events, comments (also
   * when edited, pinned or deleted) and the client's history entries.
   */
  conversationTimeline: TimelineItem;
  /**
   * Every change in the caller's project inbox: new conversations and messages, delivery statuses, and changes to
   * conversations and their clients. Blocked clients' messages raise nothing; comments come on conversationTimeline.
   */
  inboxEvents: InboxEvent;
  /** The caller's new notifications, as they are created. Operators only: an API token's subscription is refused. */
  notificationAdded: Notification;
  /**
   * Operators of the project going online, away or offline, with their new status: by choice, on logout, when their
   * last socket's presence lease ran out (its grace after a close, or the expiry when its api node died), on coming
   * back, on deactivation. For any operator or API token of the project.
   */
  operatorPresence: Operator;
  /** The process each time one of its runs changes: read its blocks' counters afresh. */
  processCountersUpdated: Process;
  /** A run of the client each time it changes (block, status, wait). Load its steps afresh when it arrives. */
  processRunUpdated: ProcessRun;
  /**
   * Every change to the project's tasks (only one client's, with `clientId`), after it is saved; any operator or API
   * token.
   */
  taskEvents: TaskEvent;
  /**
   * New messages of the visitor's conversation (its own and the operators' replies, once sent), and a reply again
   * when it is edited or deleted (`deleted`): merge by id. Needs the visitor token. With `after`, what was missed
   * comes first.
   */
  widgetMessages: WidgetMessage;
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionBroadcastUpdatedArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionClientJobUpdatedArgs = {
  jobId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionClientUpdatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionConversationActivityArgs = {
  conversationId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionConversationTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionInboxEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionNotificationAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionProcessCountersUpdatedArgs = {
  processId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionProcessRunUpdatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionTaskEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live updates over graphql-ws (send `connectionParams: { authorization: "Bearer <token>" }`). Each subscription
 * delivers what happens after it starts: load the current state, then apply the events. Stream subscriptions (those
 * taking `after`) resume: every answer carries `extensions.cursor`, the socket's acknowledgement payload `cursor` (the
 * position at connect), and a subscription given one replays what was missed first, so a client that reconnects
 * misses nothing and gets nothing twice. A subscriber that falls more than 1000 events behind has its socket closed.
 */
export type SubscriptionWidgetMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A variable the system fills for every client: shown and used, never defined or set by hand; no custom variable may
 * take its key.
 */
export type SystemVariable = {
  __typename?: 'SystemVariable';
  /** Filled in quick replies (`#{key}` in their text, see renderQuickReply). */
  inQuickReplies: Scalars['Boolean']['output'];
  /**
   * Its key: `#{key}` in a quick reply's text, or the key in `Client.variables`. `platform_id_1` stands for
   * platform_id_1, platform_id_2…, one per messenger the client writes from.
   */
  key: Scalars['String']['output'];
  /** What it holds, in English. */
  name: Scalars['String']['output'];
  /** Shown among the client's variables (`Client.variables`, marked `system`). */
  onClientCard: Scalars['Boolean']['output'];
};

/**
 * A to-do about a client for an employee ("call back on Monday"). Clients with an open task make up the inbox's
 * IMPORTANT section; when a task falls due, its assignee (or its creator, when unassigned) is notified once.
 */
export type Task = Node & {
  __typename?: 'Task';
  /** Who should do it; null for anyone. */
  assignee?: Maybe<Operator>;
  /** The client it is about. */
  client: Client;
  /** Done (completeTask); reopenTask makes it open again. */
  completed: Scalars['Boolean']['output'];
  /** When it was completed; null while open. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when created through an API token. */
  createdBy?: Maybe<Operator>;
  /** Up to 4000 characters; null when there is none. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it is due; null for no due time. Once it passes, a TASK_DUE notification goes out (checked every minute). */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The task's global id. */
  id: Scalars['ID']['output'];
  /** Open and past its due time. */
  overdue: Scalars['Boolean']['output'];
  /** How urgent it is; NORMAL unless set. */
  priority: TaskPriority;
  /** 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** Whether the caller may delete it: managers any, operators those they created. */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether the caller may change it: managers any, operators theirs and unassigned ones. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of tasks (a Relay cursor connection). */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The tasks of this page, by due time (undated last). */
  edges: Array<TaskEdge>;
  /** Whether more pages follow in either direction, and the cursors of this page's first and last edges. */
  pageInfo: PageInfo;
  /** How many tasks match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One task of a TaskConnection page, with its cursor. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** An opaque cursor of this task; pass it as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** A change to one of the project's tasks, on `taskEvents`. */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  /** The task's client. */
  client: Client;
  /** What happened. */
  kind: TaskEventKind;
  /** The task as it is now; null once deleted. */
  task?: Maybe<Task>;
  /** The task's global id, also once deleted. */
  taskId: Scalars['ID']['output'];
};

/** What happened to a task. */
export type TaskEventKind =
  /** It was created. */
  | 'CREATED'
  /** It was deleted. */
  | 'DELETED'
  /** Changed, completed or reopened. */
  | 'UPDATED';

/** Which of the project's tasks to list; every condition given must hold. */
export type TaskFilter = {
  /** Only the caller's own tasks (assigned to them); an API token has none. */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this client's tasks (a malformed id is a BAD_USER_INPUT error). */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks due before this time (tasks without a due time are left out). */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Open (the default), completed or all tasks. */
  status?: InputMaybe<TaskStatus>;
};

/** One task, by id. */
export type TaskInput = {
  /** The task (of the caller's project). */
  taskId: Scalars['ID']['input'];
};

/** The result of a mutation on one task. */
export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** The task as it is now; null when the mutation failed. */
  task?: Maybe<Task>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** How urgent a task is: shown to operators; lists are ordered by due time, not by priority. */
export type TaskPriority =
  /** High priority. */
  | 'HIGH'
  /** Low priority. */
  | 'LOW'
  /** Normal priority, the default. */
  | 'NORMAL'
  /** The highest priority. */
  | 'URGENT';

/** Which tasks a TaskFilter keeps, by completion. */
export type TaskStatus =
  /** Open and completed ones. */
  | 'ALL'
  /** Completed. */
  | 'COMPLETED'
  /** Not completed. */
  | 'OPEN';

/**
 * A group of operators (sales, support…). Conversations can be transferred to a team (transferConversation); the
 * inbox's TEAM section lists one team's conversations.
 */
export type Team = Node & {
  __typename?: 'Team';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The team's global id. */
  id: Scalars['ID']['output'];
  /** By name. At most 100: setTeamMembers refuses more. Deactivated operators leave their teams. */
  members: Array<Operator>;
  /** 1 to 100 characters, unique in the project (whatever the case). */
  name: Scalars['String']['output'];
  /** Whether the caller may open the team's inbox section: its members, and whoever may view every team's inbox. */
  viewerCanOpenInbox: Scalars['Boolean']['output'];
};

/** One team, by id. */
export type TeamInput = {
  /** The team (of the caller's project). */
  teamId: Scalars['ID']['input'];
};

/** The result of a mutation on one team. */
export type TeamPayload = {
  __typename?: 'TeamPayload';
  /** The team as it is now; null when the mutation failed. */
  team?: Maybe<Team>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A test message to send through a channel. */
export type TestChannelInput = {
  /** The channel. */
  channelId: Scalars['ID']['input'];
  /**
   * The recipient's id on the messenger (a Telegram chat id, a phone number, an e-mail address); absent: the client
   * who wrote to this channel last.
   */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The result of testChannel. */
export type TestChannelPayload = {
  __typename?: 'TestChannelPayload';
  /** Whether the messenger took the test message. */
  sent: Scalars['Boolean']['output'];
  /** Expected failures; empty when it was sent. */
  userErrors: Array<UserError>;
};

/** What to test: the process's saved draft, in a web chat channel. */
export type TestProcessDraftInput = {
  /** A web chat channel of the project (left out: the project's first). */
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** The process. */
  processId: Scalars['ID']['input'];
};

/** The result of testProcessDraft. */
export type TestProcessDraftPayload = {
  __typename?: 'TestProcessDraftPayload';
  /** Why the draft cannot run (with PROCESS_INVALID among the userErrors). At most 100 are answered. */
  problems: Array<ProcessProblem>;
  /** The process as it is now. */
  process?: Maybe<Process>;
  /** The test run started (null when refused). */
  test?: Maybe<ProcessTestRun>;
  /** Expected failures; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A piece of text, marked where it matches the search words. */
export type TextSegment = {
  __typename?: 'TextSegment';
  /** True when this piece matches a search word. */
  match: Scalars['Boolean']['output'];
  /** The piece of text, as it is in the message. */
  text: Scalars['String']['output'];
};

/** A page of a conversation's timeline (a Relay cursor connection). */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** The entries of this page, newest first. */
  edges: Array<TimelineEdge>;
  /** Whether more pages follow in either direction, and the cursors of this page's first and last edges. */
  pageInfo: PageInfo;
  /** How many entries the whole timeline holds, over all its pages. */
  totalCount: Scalars['Int']['output'];
};

/** One entry of a TimelineConnection page, with its cursor. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** An opaque cursor of this entry; pass it as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The entry: a Message, ConversationEvent, Comment or ClientActivity. */
  node: TimelineItem;
};

/**
 * One entry of a conversation's timeline: a message, a system event, an internal comment or an entry of the client's
 * history (the last two are added to the union in comment.graphql and client-activity.graphql).
 */
export type TimelineItem = ClientActivity | Comment | ConversationEvent | Message;

/** Where to transfer a conversation. */
export type TransferConversationInput = {
  /** Shown in the timeline with the transfer (the first 1000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The conversation to transfer. */
  conversationId: Scalars['ID']['input'];
  /** The operator to hand it to (with or without a team); one of teamId and operatorId is required. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  /** The team to hand it to; without an operator it waits there, unassigned, for a member to take it. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change; an empty string clears an optional field. */
export type UpdateClientInput = {
  /** The client to edit. */
  clientId: Scalars['ID']['input'];
  /** Up to 100 characters. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** An e-mail address, up to 254 characters; stored lower-cased. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters (trimmed); the name cannot be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 5 to 20 digits, spaces, dashes or brackets, optionally after a +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Tracking data to change. */
  tracking?: InputMaybe<ClientTrackingInput>;
};

/** Changes to a deal: only the fields given. */
export type UpdateDealInput = {
  /** A decimal amount as in createDeal; null or empty clears it. */
  budget?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The deal to change. */
  dealId: Scalars['ID']['input'];
  /** An active operator of the project; left out or null keeps the current one (it cannot be cleared here). */
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Deal variables to change (at most 100), each checked against its type; a null or empty value clears one. */
  variables?: InputMaybe<Array<VariableValueInput>>;
};

/** A funnel's new name. */
export type UpdateFunnelInput = {
  /** The funnel to rename. */
  funnelId: Scalars['ID']['input'];
  /** 1 to 60 characters. */
  name: Scalars['String']['input'];
};

/** Changes to one stage: only the fields given. */
export type UpdateFunnelStageInput = {
  /** True removes the stage's responsible employee (whatever `responsibleId` says). */
  clearResponsible?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 60 characters; left out keeps the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** An active operator of the project. Null leaves it; use clearResponsible to remove. */
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  /** The stage to change. */
  stageId: Scalars['ID']['input'];
};

/** Changes to a label: only the fields given. */
export type UpdateLabelInput = {
  /** #rrggbb. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** The tag or list to change. */
  labelId: Scalars['ID']['input'];
  /** 1 to 50 characters; unique per kind in the project. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The caller's preferences to change; fields left out stay as they are. */
export type UpdateMySettingsInput = {
  /** The web app's language for the caller. */
  locale?: InputMaybe<Locale>;
  /** See `Operator.readOnOpen`. */
  readOnOpen?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to one operator; fields left out (or null) stay as they are. */
export type UpdateOperatorInput = {
  /** 1 to 100 characters, trimmed. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The operator to change (of the caller's project). */
  operatorId: Scalars['ID']['input'];
  /** Sets a new password (8 to 200 characters) and ends all their sessions (the caller's own too, on themself). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** OWNER (or changing an owner) only by an owner; not your own role; a project keeps at least one active owner. */
  role?: InputMaybe<OperatorRole>;
};

/** The project settings to change: fields left out stay as they are; one invalid field changes nothing. */
export type UpdateProjectSettingsInput = {
  /** Turns automatic distribution of new conversations on or off. */
  autoAssign?: InputMaybe<Scalars['Boolean']['input']>;
  /** From 5 minutes to 90 days (129600); null turns automatic closing off. */
  autoCloseAfterMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The whole new list of roles that may delete messages (repeats count once); an empty list lets nobody delete. */
  messageDeletionRoles?: InputMaybe<Array<OperatorRole>>;
  /** The project's name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** An IANA time zone, e.g. Europe/Moscow: for display and schedules. An unknown zone is INVALID_INPUT. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateProjectSettings. */
export type UpdateProjectSettingsPayload = {
  __typename?: 'UpdateProjectSettingsPayload';
  /** The project as it is now; null when the mutation failed. */
  project?: Maybe<Project>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Fields left out stay as they are; an explicit null clears description, dueAt and assigneeId. */
export type UpdateTaskInput = {
  /** An active operator of the project; null leaves it to anyone. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to 4000 characters; null or empty clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Changing it re-arms the due notification; null removes the due time. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How urgent it is. */
  priority?: InputMaybe<TaskPriority>;
  /** The task to change (of the caller's project). */
  taskId: Scalars['ID']['input'];
  /** 1 to 200 characters, trimmed. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A variable's new label; its key, scope and type stay. */
export type UpdateVariableDefinitionInput = {
  /** The variable (of the caller's project). */
  definitionId: Scalars['ID']['input'];
  /** The new label, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** Changes to an endpoint: the fields given are set, the others kept. */
export type UpdateWebhookEndpointInput = {
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Turns deliveries on or off; turning on clears the failure count. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** New event types (at least one). */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  /** A new URL (checked as on creation). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The endpoint's global id. */
  webhookEndpointId: Scalars['ID']['input'];
};

/**
 * An expected failure of a mutation: validation, limits, permissions. Nothing was changed. Programs act on `code`
 * (the kind) or `reason` (exactly which rule); people read `message` (English) or, in another language, words chosen
 * by `reason` and filled with `values`.
 */
export type UserError = {
  __typename?: 'UserError';
  /** The kind of failure, for programs to act on. */
  code: UserErrorCode;
  /** The input field the error is about (e.g. `clientIds`), when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in English, fit to show to the user. The wording may improve; act on `code` or `reason`. */
  message: Scalars['String']['output'];
  /** Exactly which rule refused, stable and one of a feature's (`TEAM_NAME_TAKEN`); it always falls under the same `code`. */
  reason: UserErrorReason;
  /**
   * The values the message was built from, by name (each reason's description says which it gives): a limit, a count,
   * seconds to wait, a name. Numbers are written in decimal digits. At most 4; empty when the message takes none.
   */
  values: Array<UserErrorValue>;
};

/**
 * The kinds of expected failure a mutation reports in `userErrors` (also a GraphQL error's `extensions.code`); `reason`
 * says which rule of a kind refused.
 */
export type UserErrorCode =
  /** The current state refuses the change: a name already taken, a list at its cap, an object changed meanwhile. */
  | 'CONFLICT'
  /** The caller's role may not do this (API tokens hold no role, so role-restricted mutations refuse them too). */
  | 'FORBIDDEN'
  /** Login only: the e-mail or the password is wrong, or the operator is deactivated. */
  | 'INVALID_CREDENTIALS'
  /** A value of the input is malformed, out of range or not allowed; `field` names it. */
  | 'INVALID_INPUT'
  /** An id names nothing the caller can see: unknown, of another type, or of another project. */
  | 'NOT_FOUND'
  /** Too many attempts in a short time (logins, new web chat visitors): the message says when to try again. */
  | 'THROTTLED';

/**
 * Exactly which rule refused a change: `<FEATURE>_<WHAT>`, each under one `UserErrorCode`. Reported as a user error's
 * `reason`, and as `extensions.reason` (with `extensions.values`) of a GraphQL error that carries one. Each feature's
 * schema file adds its own reasons; new ones may be added, so treat an unknown reason by its `code`.
 */
export type UserErrorReason =
  /** CONFLICT: the project has as many API tokens as it may; revoke one first. Values: `limit`. */
  | 'API_TOKEN_LIMIT'
  /** INVALID_INPUT: an API token's name takes 1 to 100 characters. Values: `max`. */
  | 'API_TOKEN_NAME_LENGTH'
  /** NOT_FOUND: no API token of the caller's project has this id. */
  | 'API_TOKEN_NOT_FOUND'
  /** INVALID_INPUT: give 1 to `limit` clients at once. Values: `limit`. */
  | 'AUDIENCE_CLIENT_COUNT'
  /** An import's refused row (its words in `ClientJob.errors`): the e-mail is not an e-mail address. Values: `email`. */
  | 'AUDIENCE_IMPORT_EMAIL_INVALID'
  /** NOT_FOUND: no uploaded file of the caller's project has this id. */
  | 'AUDIENCE_IMPORT_FILE_NOT_FOUND'
  /** INVALID_INPUT: an import takes a CSV file (text/csv). */
  | 'AUDIENCE_IMPORT_NOT_CSV'
  /** An import's refused row (its words in `ClientJob.errors`): no employee has the owner's e-mail. Values: `email`. */
  | 'AUDIENCE_IMPORT_OWNER_UNKNOWN'
  /** An import's refused row (its words in `ClientJob.errors`): the phone is not a phone number. Values: `phone`. */
  | 'AUDIENCE_IMPORT_PHONE_INVALID'
  /** An import's refused row (its words in `ClientJob.errors`): it has no name, phone or e-mail. */
  | 'AUDIENCE_IMPORT_ROW_EMPTY'
  /** FORBIDDEN: only managers (and above) set the owner of many clients at once. */
  | 'AUDIENCE_OWNER_FORBIDDEN'
  /** INVALID_INPUT: give exactly one of clientIds, filter and savedFilterId. */
  | 'BROADCAST_AUDIENCE_REQUIRED'
  /** INVALID_INPUT: CHANNEL needs a channelId of the project (and LATEST none). */
  | 'BROADCAST_CHANNEL_REQUIRED'
  /** INVALID_INPUT: give 1 to `limit` clients. Values: `limit`. */
  | 'BROADCAST_CLIENT_COUNT'
  /** INVALID_INPUT: a broadcast sends files of the project's library only, at most `max`. Values: `max`. */
  | 'BROADCAST_FILES_INVALID'
  /** NOT_FOUND: no broadcast of the caller's project has this id. */
  | 'BROADCAST_NOT_FOUND'
  /** INVALID_INPUT: ratePerSecond must be at least 1. */
  | 'BROADCAST_RATE_INVALID'
  /** INVALID_INPUT: sendAt is in the past. */
  | 'BROADCAST_SEND_AT_PAST'
  /** CONFLICT: the broadcast is `status`, which this change does not apply to. Values: `status`. */
  | 'BROADCAST_STATE'
  /** INVALID_INPUT: the platform refused the credentials, or could not be reached. Values: `reason` (the platform's answer in English). */
  | 'CHANNEL_CONNECT_FAILED'
  /** INVALID_INPUT: the connect form lacks a field it needs. Values: `field`. */
  | 'CHANNEL_FIELD_MISSING'
  /** INVALID_INPUT: channels of this kind cannot be connected here (no driver). Values: `kind`. */
  | 'CHANNEL_KIND_UNSUPPORTED'
  /** CONFLICT: the project has as many channels as it may. Values: `limit`. */
  | 'CHANNEL_LIMIT'
  /** INVALID_INPUT: a channel's name takes 1 to 100 characters. Values: `max`. */
  | 'CHANNEL_NAME_LENGTH'
  /** CONFLICT: the channel is disconnected (or, for testChannel, paused). */
  | 'CHANNEL_NOT_ACTIVE'
  /** NOT_FOUND: no channel of the caller's project has this id. */
  | 'CHANNEL_NOT_FOUND'
  /** INVALID_INPUT: the platform did not take the test message. Values: `reason`. */
  | 'CHANNEL_TEST_FAILED'
  /** CONFLICT: nobody has written to this channel yet: give the recipient (`to`). */
  | 'CHANNEL_TEST_NO_RECIPIENT'
  /** INVALID_INPUT: the bot pauses for 1 to 720 hours. */
  | 'CLIENT_BOT_PAUSE_RANGE'
  /** INVALID_INPUT: the e-mail is not an e-mail address. */
  | 'CLIENT_EMAIL_INVALID'
  /** INVALID_INPUT: a profile field (`field`: phone, email, country or tracking) is too long. Values: `max`. */
  | 'CLIENT_FIELD_LENGTH'
  /** CONFLICT: one of the clients was deleted while they were being merged. */
  | 'CLIENT_MERGE_DELETED_MEANWHILE'
  /** CONFLICT: the client to merge is already deleted. */
  | 'CLIENT_MERGE_MERGED_DELETED'
  /** INVALID_INPUT: a client cannot be merged with itself. */
  | 'CLIENT_MERGE_SELF'
  /** CONFLICT: the surviving client is deleted; restore it first. */
  | 'CLIENT_MERGE_SURVIVOR_DELETED'
  /** INVALID_INPUT: a client's name takes 1 to 200 characters. Values: `max`. */
  | 'CLIENT_NAME_LENGTH'
  /** NOT_FOUND: no client of the caller's project has this id. */
  | 'CLIENT_NOT_FOUND'
  /** FORBIDDEN: an operator may take a client nobody owns or hand over their own; managers any. */
  | 'CLIENT_OWNER_FORBIDDEN'
  /** INVALID_INPUT: the phone must be digits, optionally with +, spaces, dashes or brackets. */
  | 'CLIENT_PHONE_INVALID'
  /** CONFLICT: only a deleted client can be purged; delete it first. */
  | 'CLIENT_PURGE_NOT_DELETED'
  /** INVALID_INPUT: a deleted comment cannot be edited. */
  | 'COMMENT_DELETED'
  /** INVALID_INPUT: a deleted comment cannot be pinned. */
  | 'COMMENT_DELETED_PIN'
  /** FORBIDDEN: only its author, a manager, an admin or an owner can delete a comment. */
  | 'COMMENT_DELETE_FORBIDDEN'
  /** FORBIDDEN: only its author can edit a comment. */
  | 'COMMENT_EDIT_AUTHOR_ONLY'
  /** INVALID_INPUT: the comment is empty. */
  | 'COMMENT_EMPTY'
  /** INVALID_INPUT: the comment is too long. Values: `max`. */
  | 'COMMENT_LENGTH'
  /** INVALID_INPUT: a comment mentions too many operators. Values: `limit`. */
  | 'COMMENT_MENTION_LIMIT'
  /** NOT_FOUND: a mentioned operator is not an active operator of the project. */
  | 'COMMENT_MENTION_NOT_FOUND'
  /** NOT_FOUND: no comment of the caller's project has this id. */
  | 'COMMENT_NOT_FOUND'
  /** CONFLICT: the conversation has as many pinned comments as it may; unpin one first. Values: `limit`. */
  | 'COMMENT_PIN_LIMIT'
  /** FORBIDDEN: operators may take unassigned conversations and hand on their own only; managers any. */
  | 'CONVERSATION_HAND_ON_OWN_ONLY'
  /** NOT_FOUND: no conversation of the caller's project has this id. */
  | 'CONVERSATION_NOT_FOUND'
  /** CONFLICT: the project has as many pinned conversations as it may; unpin one first. Values: `limit`. */
  | 'CONVERSATION_PIN_LIMIT'
  /** FORBIDDEN: only an operator can take a conversation (API tokens assign it). */
  | 'CONVERSATION_TAKE_OPERATOR_ONLY'
  /** INVALID_INPUT: a transfer names a team or an operator. */
  | 'CONVERSATION_TRANSFER_TARGET'
  /** INVALID_INPUT: the budget must be an amount like 1500 or 99.90. */
  | 'DEAL_BUDGET_INVALID'
  /** CONFLICT: the client is deleted: it gets no new deals. */
  | 'DEAL_CLIENT_DELETED'
  /** CONFLICT: the deal is closed; reopen it first. */
  | 'DEAL_CLOSED'
  /** INVALID_INPUT: a deal closes as WON or LOST; `reopenDeal` reopens it. */
  | 'DEAL_CLOSE_STATUS'
  /** INVALID_INPUT: the currency must be a three-letter ISO code. */
  | 'DEAL_CURRENCY_INVALID'
  /** NOT_FOUND: no deal of the caller's project has this id. */
  | 'DEAL_NOT_FOUND'
  /** INVALID_INPUT: the stage given for a new deal is not in its funnel. */
  | 'DEAL_STAGE_NOT_IN_FUNNEL'
  /** INVALID_INPUT: a deal moves only between the stages of its own funnel. */
  | 'DEAL_STAGE_OTHER_FUNNEL'
  /** INVALID_INPUT: a deal's title takes 1 to 200 characters. Values: `max`. */
  | 'DEAL_TITLE_LENGTH'
  /** INVALID_INPUT: the draft is too long. Values: `max`. */
  | 'DRAFT_LENGTH'
  /** FORBIDDEN: drafts are an operator's own; API tokens keep none. */
  | 'DRAFT_OPERATOR_ONLY'
  /** INVALID_INPUT: more files than one message takes. Values: `limit`. */
  | 'FILE_ATTACHMENT_LIMIT'
  /** INVALID_INPUT (HTTP 415): the file's first bytes are not of its declared type. Values: `contentType`. */
  | 'FILE_CONTENT_MISMATCH'
  /** INVALID_INPUT (HTTP 400): the file is empty. */
  | 'FILE_EMPTY'
  /** FORBIDDEN (HTTP 403): only owners, admins and managers add files to the library. */
  | 'FILE_LIBRARY_FORBIDDEN'
  /** CONFLICT: the project's file library is full. Values: `limit`. */
  | 'FILE_LIBRARY_FULL'
  /** NOT_FOUND: no file of the project's library has this id. */
  | 'FILE_LIBRARY_NOT_FOUND'
  /** NOT_FOUND: a file is not the project's, or is attached to another message already. */
  | 'FILE_NOT_ATTACHABLE'
  /** CONFLICT: a file was deleted or attached to another message while this one was being sent. */
  | 'FILE_TAKEN_MEANWHILE'
  /** INVALID_INPUT (HTTP 413): the file is larger than the largest upload. Values: `maxBytes`. */
  | 'FILE_TOO_LARGE'
  /** INVALID_INPUT (HTTP 415): files of this type are not accepted. */
  | 'FILE_TYPE_NOT_ACCEPTED'
  /** CONFLICT: the funnel holds deals, and deals never leave their funnel. Values: `count`, the deals. */
  | 'FUNNEL_HAS_DEALS'
  /** CONFLICT: a funnel keeps at least one stage. */
  | 'FUNNEL_LAST_STAGE'
  /** CONFLICT: the project has as many funnels as it may. Values: `limit`. */
  | 'FUNNEL_LIMIT'
  /** INVALID_INPUT: a funnel's name takes 1 to 60 characters. Values: `max`. */
  | 'FUNNEL_NAME_LENGTH'
  /** NOT_FOUND: no funnel of the caller's project has this id. */
  | 'FUNNEL_NOT_FOUND'
  /** INVALID_INPUT: a new funnel takes 1 to `limit` stages. Values: `limit`. */
  | 'FUNNEL_STAGE_COUNT'
  /** CONFLICT: the stage holds deals, and no stage to move them to was given. Values: `count`, the deals (absent when unknown). */
  | 'FUNNEL_STAGE_HAS_DEALS'
  /** CONFLICT: the funnel has as many stages as it may. Values: `limit`. */
  | 'FUNNEL_STAGE_LIMIT'
  /** INVALID_INPUT: the deals of a deleted stage move to another stage of the same funnel. */
  | 'FUNNEL_STAGE_MOVE_TARGET'
  /** INVALID_INPUT: a stage's name takes 1 to 60 characters. Values: `max`. */
  | 'FUNNEL_STAGE_NAME_LENGTH'
  /** NOT_FOUND: no stage of the caller's project has this id. */
  | 'FUNNEL_STAGE_NOT_FOUND'
  /** INVALID_INPUT: a new order must list every stage of the funnel exactly once. */
  | 'FUNNEL_STAGE_ORDER'
  /** INVALID_INPUT: give 1 to `limit` clients at once. Values: `limit`. */
  | 'LABEL_CLIENT_COUNT'
  /** CONFLICT: a client would hold more tags (or lists) than it may. Values: `limit`, `kind` (TAG or LIST), `name` of the client. */
  | 'LABEL_CLIENT_LIMIT'
  /** INVALID_INPUT: the colour must be #rrggbb. */
  | 'LABEL_COLOR_INVALID'
  /** INVALID_INPUT: give 1 to `limit` tags or lists at once. Values: `limit`. */
  | 'LABEL_COUNT'
  /** CONFLICT: the project has as many tags (or lists) as it may. Values: `limit`, `kind` (TAG or LIST). */
  | 'LABEL_LIMIT'
  /** INVALID_INPUT: a tag's or list's name takes 1 to 50 characters. Values: `max`. */
  | 'LABEL_NAME_LENGTH'
  /** CONFLICT: another tag (or list) of the project has this name, whatever the case. Values: `kind` (TAG or LIST). */
  | 'LABEL_NAME_TAKEN'
  /** NOT_FOUND: no tag or list of the caller's project has this id. */
  | 'LABEL_NOT_FOUND'
  /** INVALID_CREDENTIALS: the e-mail or the password is wrong, or the operator is deactivated (the same answer for each). */
  | 'LOGIN_CREDENTIALS_WRONG'
  /** THROTTLED: too many failed logins for this e-mail or from this address. Values: `seconds` to wait. */
  | 'LOGIN_THROTTLED'
  /** FORBIDDEN: an API token has no session to end; revoke it instead (`revokeApiToken`). */
  | 'LOGOUT_API_TOKEN'
  /** CONFLICT: the conversation's channel is paused or disconnected. */
  | 'MESSAGE_CHANNEL_NOT_ACTIVE'
  /** FORBIDDEN: the client is blocked: nothing is sent to them. */
  | 'MESSAGE_CLIENT_BLOCKED'
  /** CONFLICT: the client blocked the bot or left the chat on this channel (ClientChannel.unreachableAt). */
  | 'MESSAGE_CLIENT_UNREACHABLE'
  /** FORBIDDEN: the caller's role may not delete messages in this project (the project chooses the roles). */
  | 'MESSAGE_DELETE_FORBIDDEN'
  /** FORBIDDEN: only its author can edit a sent message. */
  | 'MESSAGE_EDIT_AUTHOR_ONLY'
  /** INVALID_INPUT: a deleted message cannot be edited. */
  | 'MESSAGE_EDIT_DELETED'
  /** INVALID_INPUT: only a sent message can be edited (not a queued or failed one). */
  | 'MESSAGE_EDIT_NOT_SENT'
  /** INVALID_INPUT: the messenger refused the edit (the message is as it was). Values: `reason`. */
  | 'MESSAGE_EDIT_REFUSED'
  /** INVALID_INPUT: the messenger takes edits only for a while after sending, and it has passed. Values: `hours`. */
  | 'MESSAGE_EDIT_TOO_LATE'
  /** INVALID_INPUT: the messenger takes no edits. */
  | 'MESSAGE_EDIT_UNSUPPORTED'
  /** INVALID_INPUT: the message is empty (and carries no files). */
  | 'MESSAGE_EMPTY'
  /** INVALID_INPUT: a deleted message cannot be forwarded. */
  | 'MESSAGE_FORWARD_DELETED'
  /** NOT_FOUND: no other channel of the message's client has this id. */
  | 'MESSAGE_FORWARD_TARGET_NOT_FOUND'
  /** INVALID_INPUT: an idempotency key takes 1 to `max` characters. Values: `max`. */
  | 'MESSAGE_IDEMPOTENCY_KEY_LENGTH'
  /** INVALID_INPUT: an API token sends with an idempotency key, so that a retry after a lost answer is still one message. */
  | 'MESSAGE_IDEMPOTENCY_KEY_REQUIRED'
  /** INVALID_INPUT: the message is too long. Values: `max`. */
  | 'MESSAGE_LENGTH'
  /** INVALID_INPUT: the conversation's messenger does not send files of this kind (Channel.capabilities.media). Values: `kind`. */
  | 'MESSAGE_MEDIA_UNSUPPORTED'
  /** NOT_FOUND: no message of the caller's project has this id. */
  | 'MESSAGE_NOT_FOUND'
  /** CONFLICT: past the messenger's reply window after the client's last message (WhatsApp: 24 hours). Values: `hours`. */
  | 'MESSAGE_OUTSIDE_REPLY_WINDOW'
  /** INVALID_INPUT: a deleted message cannot be pinned. */
  | 'MESSAGE_PIN_DELETED'
  /** CONFLICT: the conversation has as many pinned messages as it may; unpin one first. Values: `limit`. */
  | 'MESSAGE_PIN_LIMIT'
  /** NOT_FOUND: the channel has no approved template of this name and language. */
  | 'MESSAGE_TEMPLATE_NOT_FOUND'
  /** INVALID_INPUT: the template takes another number of parameters. Values: `count`. */
  | 'MESSAGE_TEMPLATE_PARAMETERS'
  /** INVALID_INPUT: the conversation's messenger has no message templates. */
  | 'MESSAGE_TEMPLATE_UNSUPPORTED'
  /** NOT_FOUND: an id is not a notification id. */
  | 'NOTIFICATION_NOT_FOUND'
  /** FORBIDDEN: only an operator has notifications; API tokens have none. */
  | 'NOTIFICATION_OPERATOR_ONLY'
  /** FORBIDDEN: only an operator manages operators; API tokens hold no role. */
  | 'OPERATOR_ACTOR_ONLY'
  /** FORBIDDEN: only an owner may add an owner. */
  | 'OPERATOR_ADD_OWNER_FORBIDDEN'
  /** INVALID_INPUT: an operator's capacity is 0 to 1000 open conversations. */
  | 'OPERATOR_CAPACITY_RANGE'
  /** FORBIDDEN: only an owner may change an owner. */
  | 'OPERATOR_CHANGE_OWNER_FORBIDDEN'
  /** FORBIDDEN: nobody may deactivate themselves. */
  | 'OPERATOR_DEACTIVATE_SELF'
  /** INVALID_INPUT: the e-mail is not an e-mail address. */
  | 'OPERATOR_EMAIL_INVALID'
  /** CONFLICT: an operator (of any project) has this e-mail already: it is their login. */
  | 'OPERATOR_EMAIL_TAKEN'
  /** FORBIDDEN: the project must keep at least one active owner. */
  | 'OPERATOR_LAST_OWNER'
  /** CONFLICT: the project has as many operators as it may. Values: `limit`. */
  | 'OPERATOR_LIMIT'
  /** FORBIDDEN: only an owner may make an owner. */
  | 'OPERATOR_MAKE_OWNER_FORBIDDEN'
  /** INVALID_INPUT: an operator's name takes 1 to 100 characters. Values: `max`. */
  | 'OPERATOR_NAME_LENGTH'
  /** NOT_FOUND: no operator of the caller's project has this id. */
  | 'OPERATOR_NOT_FOUND'
  /** NOT_FOUND: no active operator of the caller's project has this id (deactivated operators are given nothing new). */
  | 'OPERATOR_NOT_IN_PROJECT'
  /** FORBIDDEN: nobody may change their own role. */
  | 'OPERATOR_OWN_ROLE'
  /** INVALID_INPUT: a password takes 8 to 200 characters. */
  | 'OPERATOR_PASSWORD_LENGTH'
  /** FORBIDDEN: only an operator has a password; API tokens have none. */
  | 'OPERATOR_PASSWORD_OPERATOR_ONLY'
  /** INVALID_CREDENTIALS: the current password is wrong. */
  | 'OPERATOR_PASSWORD_WRONG'
  /** FORBIDDEN: only an operator has settings; API tokens have none. */
  | 'OPERATOR_SETTINGS_OPERATOR_ONLY'
  /**
   * FORBIDDEN: the caller's role may not do this (API tokens hold no role). Values: `action`, the field of `me.can`
   * that says who may (e.g. `manageTeams`), and `roles`, the roles that may, comma-separated (e.g.
   * `OWNER,ADMIN,MANAGER`; empty when no role may).
   */
  | 'PERMISSION_DENIED'
  /** FORBIDDEN: only an operator has a presence; API tokens have none. */
  | 'PRESENCE_OPERATOR_ONLY'
  /** INVALID_INPUT: a report's `from` must be before its `to`. */
  | 'PRESENCE_REPORT_RANGE'
  /** INVALID_INPUT: give exactly one of clientIds and audience (and in audience exactly one of clientIds, filter and savedFilterId). */
  | 'PROCESS_AUDIENCE_REQUIRED'
  /** INVALID_INPUT: no block of the version has this id. Values: `blockId`. */
  | 'PROCESS_BLOCK_NOT_FOUND'
  /** INVALID_INPUT: give 1 to `limit` clients. Values: `limit`. */
  | 'PROCESS_CLIENT_COUNT'
  /** INVALID_INPUT: the definition's shape is wrong. Values: `problem`. */
  | 'PROCESS_DEFINITION_INVALID'
  /** INVALID_INPUT: RESCHEDULE needs `until`, at most `days` days ahead. Values: `days`. */
  | 'PROCESS_DELAY_TIME_INVALID'
  /** CONFLICT: the process still has active runs. Values: `count`. */
  | 'PROCESS_HAS_RUNS'
  /** INVALID_INPUT: the process has problems that keep it from being published (see `problems`). Values: `count`. */
  | 'PROCESS_INVALID'
  /** CONFLICT: the project has `limit` processes, the most it may hold. Values: `limit`. */
  | 'PROCESS_LIMIT'
  /** INVALID_INPUT: a process's name must be 1 to `max` characters. Values: `max`. */
  | 'PROCESS_NAME_LENGTH'
  /** CONFLICT: the run no longer waits at that delay (its message went out, it moved on, or it is MANUAL). */
  | 'PROCESS_NOT_AT_DELAY'
  /** NOT_FOUND: no process of the caller's project has this id. */
  | 'PROCESS_NOT_FOUND'
  /** CONFLICT: the process was never published. */
  | 'PROCESS_NOT_PUBLISHED'
  /** CONFLICT: the run has ended and cannot be steered. */
  | 'PROCESS_RUN_ENDED'
  /** NOT_FOUND: no run of the caller's project has this id. */
  | 'PROCESS_RUN_NOT_FOUND'
  /** NOT_FOUND: the project has no web chat channel to test a process in, or `channelId` is not one. */
  | 'PROCESS_TEST_CHANNEL'
  /** CONFLICT: the run did not answer; nothing changed. Try again in a moment. */
  | 'PROCESS_UNAVAILABLE'
  /** NOT_FOUND: no version of the caller's project's processes has this id. */
  | 'PROCESS_VERSION_NOT_FOUND'
  /** INVALID_INPUT: automatic closing takes 5 minutes to 90 days, or null for never. */
  | 'PROJECT_AUTO_CLOSE_RANGE'
  /** INVALID_INPUT: the project's name takes 1 to 100 characters. Values: `max`. */
  | 'PROJECT_NAME_LENGTH'
  /** INVALID_INPUT: the time zone is not an IANA name (like Europe/Moscow). */
  | 'PROJECT_TIME_ZONE_UNKNOWN'
  /** CONFLICT: the project has as many quick reply folders as it may. Values: `limit`. */
  | 'QUICK_REPLY_FOLDER_LIMIT'
  /** INVALID_INPUT: a folder's name takes 1 to 100 characters. Values: `max`. */
  | 'QUICK_REPLY_FOLDER_NAME_LENGTH'
  /** NOT_FOUND: no quick reply folder of the caller's project has this id. */
  | 'QUICK_REPLY_FOLDER_NOT_FOUND'
  /** NOT_FOUND: no quick reply of the caller's project has this id. */
  | 'QUICK_REPLY_NOT_FOUND'
  /** INVALID_INPUT: a quick reply's text takes 1 to 4096 characters. Values: `max`. */
  | 'QUICK_REPLY_TEXT_LENGTH'
  /** INVALID_INPUT: a quick reply's title takes 1 to 100 characters. Values: `max`. */
  | 'QUICK_REPLY_TITLE_LENGTH'
  /** THROTTLED (a GraphQL error): this address sent too many tokens that work for nobody. Values: `seconds` to wait. */
  | 'REQUEST_BAD_CREDENTIALS_THROTTLED'
  /** BAD_USER_INPUT (a GraphQL error): a text input holds a control character. Values: `path` of the argument. */
  | 'REQUEST_CONTROL_CHARACTER'
  /** THROTTLED (a GraphQL error): the caller's cost points are used up. Values: `seconds` to wait. */
  | 'REQUEST_THROTTLED'
  /** QUERY_TOO_COMPLEX (a GraphQL error): the operation passes a limit. Values: `limit` (DEPTH, ALIASES, TOKENS, DIRECTIVES or COST), `maximum`. */
  | 'REQUEST_TOO_COMPLEX'
  /**
   * CONFLICT: too much happened since a subscription's `after` to replay it: load the state again and subscribe from
   * the position now. Values: `max` events replayed at most, `cursor` the position now.
   */
  | 'RESUME_POINT_EXPIRED'
  /** INVALID_INPUT: a subscription's `after` is not a cursor it was given. */
  | 'RESUME_POINT_INVALID'
  /** FORBIDDEN: only its owner (or a manager, for a shared filter) can change it. */
  | 'SAVED_FILTER_CHANGE_FORBIDDEN'
  /** INVALID_INPUT: the chat list would refuse this filter. Values: `problem`, what is wrong, in English. */
  | 'SAVED_FILTER_INVALID'
  /** CONFLICT: the project has as many saved filters as it may. Values: `limit`. */
  | 'SAVED_FILTER_LIMIT'
  /** INVALID_INPUT: a saved filter's name takes 1 to 100 characters. Values: `max`. */
  | 'SAVED_FILTER_NAME_LENGTH'
  /** NOT_FOUND: no saved filter the caller can see has this id. */
  | 'SAVED_FILTER_NOT_FOUND'
  /** FORBIDDEN: saved filters are an operator's own; API tokens keep none. */
  | 'SAVED_FILTER_OPERATOR_ONLY'
  /** CONFLICT: the conversation already has the most pending scheduled messages (values: max). */
  | 'SCHEDULED_LIMIT'
  /** CONFLICT: the message was already sent or cancelled. */
  | 'SCHEDULED_MESSAGE_NOT_PENDING'
  /** INVALID_INPUT: the due time is not a valid time. */
  | 'SCHEDULED_TIME_INVALID'
  /** INVALID_INPUT: the due time is not in the future. */
  | 'SCHEDULED_TIME_PAST'
  /** INVALID_INPUT: the due time is more than a year ahead (values: days). */
  | 'SCHEDULED_TIME_TOO_FAR'
  /** CONFLICT: the scheduler (Temporal) did not answer in time; nothing changed, try again. */
  | 'SCHEDULED_UNAVAILABLE'
  /** NOT_FOUND: the assignee is not an active operator of the project. */
  | 'TASK_ASSIGNEE_NOT_FOUND'
  /** FORBIDDEN: operators change only the tasks they created, are assigned to, or nobody is assigned to. */
  | 'TASK_CHANGE_FORBIDDEN'
  /** NOT_FOUND: no client of the caller's project (that is not deleted) has this id. */
  | 'TASK_CLIENT_NOT_FOUND'
  /** FORBIDDEN: only its creator, a manager, an admin or an owner can delete a task. */
  | 'TASK_DELETE_FORBIDDEN'
  /** INVALID_INPUT: the description is too long. Values: `max`. */
  | 'TASK_DESCRIPTION_LENGTH'
  /** NOT_FOUND: no task of the caller's project has this id. */
  | 'TASK_NOT_FOUND'
  /** INVALID_INPUT: a task's title takes 1 to 200 characters. Values: `max`. */
  | 'TASK_TITLE_LENGTH'
  /** CONFLICT: the project has as many teams as it may. Values: `limit`. */
  | 'TEAM_LIMIT'
  /** INVALID_INPUT: more members than a team may have. Values: `limit`. */
  | 'TEAM_MEMBER_LIMIT'
  /** NOT_FOUND: a member is not an active operator of the project. */
  | 'TEAM_MEMBER_NOT_FOUND'
  /** INVALID_INPUT: a team's name takes 1 to 100 characters. Values: `max`. */
  | 'TEAM_NAME_LENGTH'
  /** CONFLICT: another team of the project has this name (whatever the case). Values: `name`. */
  | 'TEAM_NAME_TAKEN'
  /** NOT_FOUND: no team of the caller's project has this id. */
  | 'TEAM_NOT_FOUND'
  /** INVALID_INPUT: a key takes letters, digits and _, starts with a letter or _, 64 characters at most. */
  | 'VARIABLE_KEY_INVALID'
  /** INVALID_INPUT: the key is a system variable's. Values: `key`. */
  | 'VARIABLE_KEY_SYSTEM'
  /** CONFLICT: a variable of the scope has this key already, whatever the case. Values: `key`. */
  | 'VARIABLE_KEY_TAKEN'
  /** CONFLICT: the project has as many variables of the scope as it may. Values: `limit`, `scope` (CLIENT or DEAL). */
  | 'VARIABLE_LIMIT'
  /** INVALID_INPUT: a variable's name takes 1 to 100 characters. Values: `max`. */
  | 'VARIABLE_NAME_LENGTH'
  /** NOT_FOUND: no variable definition of the caller's project has this id. */
  | 'VARIABLE_NOT_FOUND'
  /** INVALID_INPUT: no variable of the scope has this key. Values: `scope` (CLIENT or DEAL), `key`. */
  | 'VARIABLE_UNKNOWN'
  /** INVALID_INPUT: too many values at once. Values: `limit`. */
  | 'VARIABLE_VALUE_COUNT'
  /** INVALID_INPUT: a TEXT value is too long. Values: `name` of the variable, `max`. */
  | 'VARIABLE_VALUE_LENGTH'
  /** INVALID_INPUT: a BOOLEAN variable's value is not yes or no. Values: `name` of the variable. */
  | 'VARIABLE_VALUE_NOT_BOOLEAN'
  /** INVALID_INPUT: a DATE variable's value is not a date, YYYY-MM-DD. Values: `name` of the variable. */
  | 'VARIABLE_VALUE_NOT_DATE'
  /** INVALID_INPUT: a NUMBER variable's value is not a number. Values: `name` of the variable. */
  | 'VARIABLE_VALUE_NOT_NUMBER'
  /** NOT_FOUND: no webhook delivery of the caller's project has this id. */
  | 'WEBHOOK_DELIVERY_NOT_FOUND'
  /** INVALID_INPUT: the description takes at most 500 characters. Values: `max`. */
  | 'WEBHOOK_DESCRIPTION_LENGTH'
  /** CONFLICT: the endpoint is disabled: enable it first. */
  | 'WEBHOOK_ENDPOINT_DISABLED'
  /** CONFLICT: the project has as many webhook endpoints as it may. Values: `limit`. */
  | 'WEBHOOK_ENDPOINT_LIMIT'
  /** NOT_FOUND: no webhook endpoint of the caller's project has this id. */
  | 'WEBHOOK_ENDPOINT_NOT_FOUND'
  /** INVALID_INPUT: an endpoint needs at least one event type. */
  | 'WEBHOOK_EVENT_TYPES_EMPTY'
  /** INVALID_INPUT: the URL must be an http or https URL of at most 2000 characters, without user name or password. Values: `max`. */
  | 'WEBHOOK_URL_INVALID'
  /** INVALID_INPUT: the URL's host is (or resolves to) a private, loopback or link-local address, which the server does not call. */
  | 'WEBHOOK_URL_PRIVATE'
  /** THROTTLED: too many new visitors from this address. Values: `seconds` to wait. */
  | 'WIDGET_ADDRESS_THROTTLED'
  /** THROTTLED: too many new visitors on this web chat. Values: `seconds` to wait. */
  | 'WIDGET_CHANNEL_THROTTLED'
  /** NOT_FOUND: no web chat has this key. */
  | 'WIDGET_NOT_FOUND';

/** One value a user error's message was built from, e.g. `{ name: "limit", value: "30" }`. */
export type UserErrorValue = {
  __typename?: 'UserErrorValue';
  /** The value's name, fixed per reason (`limit`, `count`, `seconds`, `name`…). */
  name: Scalars['String']['output'];
  /** The value, as text (numbers in decimal digits). */
  value: Scalars['String']['output'];
};

/** A custom variable of clients or deals: its key (as in `#{key}` of quick replies), label and type. */
export type VariableDefinition = Node & {
  __typename?: 'VariableDefinition';
  /** The variable's global id. */
  id: Scalars['ID']['output'];
  /** Letters, digits and _, starting with a letter or _, up to 64 characters; unique in its scope whatever the case. */
  key: Scalars['String']['output'];
  /** The label shown to operators, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** Whether clients or deals have it. */
  scope: VariableScope;
  /** How its values are checked; it never changes. */
  type: VariableType;
};

/** One variable, by id. */
export type VariableDefinitionInput = {
  /** The variable (of the caller's project). */
  definitionId: Scalars['ID']['input'];
};

/** The result of a mutation on one variable. */
export type VariableDefinitionPayload = {
  __typename?: 'VariableDefinitionPayload';
  /** The variable as it is now; null when the mutation failed. */
  definition?: Maybe<VariableDefinition>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** What a custom variable belongs to. */
export type VariableScope =
  /** A variable of clients (`Client.variables`, setClientVariables). */
  | 'CLIENT'
  /** A variable of deals. */
  | 'DEAL';

/** How a variable's values are checked and shown. */
export type VariableType =
  /** Yes or no: given as true/yes/1 or false/no/0 (any case), shown as true or false. */
  | 'BOOLEAN'
  /** An ISO date, YYYY-MM-DD. */
  | 'DATE'
  /** A decimal number, with `.` or `,` as the decimal point (e.g. -12.5); shown with `.`. */
  | 'NUMBER'
  /** Any text up to 1000 characters. */
  | 'TEXT';

/** A variable's value, as text: numbers in decimal, dates as YYYY-MM-DD, yes/no as true/false; null when unset. */
export type VariableValue = {
  __typename?: 'VariableValue';
  /**
   * For the system variables that are moments — `created` (when the client was created) and `last_activity` (the
   * client's last action) — the moment, to show in the reader's time zone; null for every other variable.
   */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The variable's key; the system ones are id, created, last_activity, channel and platform_id_1, platform_id_2… */
  key: Scalars['String']['output'];
  /** Its label. */
  name: Scalars['String']['output'];
  /**
   * System variables (the client's short id, when it was created, its last action, its first messenger and its ids
   * on the messengers) are shown, never edited.
   */
  system: Scalars['Boolean']['output'];
  /** Its type; TEXT for the system variables. */
  type: VariableType;
  /**
   * The value as text; null when unset. The system `id` is the client's short id (8 hex digits, for people to read;
   * the global id is `Client.id`); `created` and `last_activity` are RFC 3339 instants (see `at`).
   */
  value?: Maybe<Scalars['String']['output']>;
};

/** One variable's new value. */
export type VariableValueInput = {
  /** The variable's key, exactly as defined (the case counts here). */
  key: Scalars['String']['input'];
  /** Null or empty clears the variable; otherwise it is trimmed and checked against the variable's type. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Who is calling: an operator's session or a project API token. */
export type Viewer = {
  __typename?: 'Viewer';
  /** What the caller may do in the project. */
  can: Permissions;
  /** The calling operator; null when the caller is a project API token. */
  operator?: Maybe<Operator>;
  /** The caller's project. */
  project: Project;
};

/** One event sent (or to be sent) to an endpoint, with what its last attempt met. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** The JSON body as it is sent. */
  body: Scalars['String']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed; null after a success. */
  error?: Maybe<Scalars['String']['output']>;
  /** The body's `id`: the same for every endpoint that receives the event and for replays of it; receivers dedupe by it. */
  eventId: Scalars['String']['output'];
  /** The delivery's global id. */
  id: Scalars['ID']['output'];
  /** When the next attempt is due (PENDING after a failure); null otherwise. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The delivery this one replays; null for an original. */
  replayOf?: Maybe<WebhookDelivery>;
  /** How long the last attempt took, in milliseconds. */
  responseTimeMs?: Maybe<Scalars['Int']['output']>;
  /** PENDING, DELIVERED or FAILED. */
  status: WebhookDeliveryStatus;
  /** The HTTP status of the last attempt; null when it got no answer (refused, timed out, unreachable) or none was made. */
  statusCode?: Maybe<Scalars['Int']['output']>;
  /** The body's `type` (`message.created`, `ping`…). */
  type: Scalars['String']['output'];
};

/** A page of deliveries (a Relay cursor connection). */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page, newest first. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether more pages follow in either direction, and the cursors of this page's first and last edges. */
  pageInfo: PageInfo;
  /** How many deliveries the endpoint's log holds. */
  totalCount: Scalars['Int']['output'];
};

/** One delivery of a WebhookDeliveryConnection page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** An opaque cursor of this delivery; pass it as `after` or `before` to the same connection. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** The result of replayWebhookDelivery and pingWebhookEndpoint. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The new delivery, queued. */
  delivery?: Maybe<WebhookDelivery>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** What became of a delivery. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Given up after its attempts, or its endpoint was disabled; it can be replayed. */
  | 'FAILED'
  /** Waiting for its first attempt, or for its next retry (`nextAttemptAt`). */
  | 'PENDING';

/**
 * An HTTPS (or HTTP) address that receives the project's events as signed JSON POSTs. See the README's "Outgoing
 * webhooks" for the body, the `X-Inbox-Signature` header and how to verify it.
 */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** Attempts that failed in a row since the last success. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first: one entry per event (a replay or a ping is an entry of its own). */
  deliveries: WebhookDeliveryConnection;
  /** What it is for, as its owners wrote it (may be empty). */
  description: Scalars['String']['output'];
  /** Why it was disabled automatically; null when enabled, or disabled by hand. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Whether deliveries are sent; turned off by hand or after persistent failures (`disabledReason`). */
  enabled: Scalars['Boolean']['output'];
  /** The events it receives. */
  eventTypes: Array<WebhookEventType>;
  /** The endpoint's global id. */
  id: Scalars['ID']['output'];
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};


/**
 * An HTTPS (or HTTP) address that receives the project's events as signed JSON POSTs. See the README's "Outgoing
 * webhooks" for the body, the `X-Inbox-Signature` header and how to verify it.
 */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The endpoint to act on. */
export type WebhookEndpointInput = {
  /** The endpoint's global id. */
  webhookEndpointId: Scalars['ID']['input'];
};

/** The result of updateWebhookEndpoint, deleteWebhookEndpoint's refusals aside. */
export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
  /** The endpoint as it is now; null when the mutation failed. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** What an outgoing webhook endpoint is told about; a delivery's body carries the type in lower case (`message.created`). */
export type WebhookEventType =
  /** `client.changed`: a client's profile, tags, lists, owner, variables or state changed. */
  | 'CLIENT_CHANGED'
  /** `client.created`: a new client wrote for the first time. */
  | 'CLIENT_CREATED'
  /** `conversation.closed`: a conversation was closed (also sent as `conversation.updated`). */
  | 'CONVERSATION_CLOSED'
  /** `conversation.created`: a client's first message opened a conversation. */
  | 'CONVERSATION_CREATED'
  /** `conversation.updated`: a conversation was assigned, closed, reopened, archived or otherwise changed (`data.change` names the change when there is one). */
  | 'CONVERSATION_UPDATED'
  /** `deal.moved`: a deal was created in a stage, moved to another stage, won, lost or reopened. */
  | 'DEAL_MOVED'
  /** `message.created`: a message was stored (a client's, an operator's, a bot's). */
  | 'MESSAGE_CREATED'
  /** `message.status_changed`: a message was sent, delivered, read, failed, edited or deleted. */
  | 'MESSAGE_STATUS_CHANGED'
  /** `process_run.changed`: a business-process run started, moved on, waited, was steered or ended. */
  | 'PROCESS_RUN_CHANGED'
  /** `task.changed`: a task was created, changed, completed, reopened or deleted (`data.change`). */
  | 'TASK_CHANGED';

/** A file of the visitor's conversation, as the web chat widget shows it. */
export type WidgetFile = {
  __typename?: 'WidgetFile';
  /** The MIME type, e.g. image/png. */
  contentType: Scalars['String']['output'];
  /** The same link, for saving the file whatever its type. */
  downloadUrl: Scalars['String']['output'];
  /** What sort of file it is. */
  kind: FileKind;
  /** The name it was uploaded with. */
  name: Scalars['String']['output'];
  /** In bytes. */
  size: Scalars['Int']['output'];
  /** A signed link to the bytes, valid for 12 to 13 hours; images, video and audio open in place. */
  url: Scalars['String']['output'];
};

/** What a visitor told about themselves in the pre-chat form; blank or left out stays as it is. */
export type WidgetIntroduceInput = {
  /** Their e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Their name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Their phone: digits, optionally with +, spaces, dashes or brackets. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The result of widgetIntroduce. */
export type WidgetIntroducePayload = {
  __typename?: 'WidgetIntroducePayload';
  /** The name the operators now see; null when the mutation failed. */
  name?: Maybe<Scalars['String']['output']>;
  /** Expected failures (an invalid e-mail or phone: `field` names it); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A message of the visitor's conversation, as the web chat widget shows it. */
export type WidgetMessage = Node & {
  __typename?: 'WidgetMessage';
  /** The files sent with the message (none for a deleted message). At most 10. */
  attachments: Array<WidgetFile>;
  /** The operator's display name for operator replies; null for the bot's replies and the visitor's messages. */
  authorName?: Maybe<Scalars['String']['output']>;
  /**
   * Quick replies offered with a reply of the bot (a business process's buttons), in order; empty for other messages.
   * The widget shows those of the latest reply until the visitor writes; a press sends the button's text as the
   * visitor's message (widgetSend). At most 10.
   */
  buttons: Array<Scalars['String']['output']>;
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** A message deleted after it reached the widget: the live event that tells the widget to remove it. */
  deleted: Scalars['Boolean']['output'];
  /** INBOUND for the visitor's own messages, OUTBOUND for the replies. */
  direction: MessageDirection;
  /** Set when the message was edited after sending. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The message's global id, the same as `Message.id`. */
  id: Scalars['ID']['output'];
  /** CLIENT for the visitor, OPERATOR or BOT for the replies. */
  senderKind: SenderKind;
  /** The text; empty once deleted, and for a message of files only. */
  text: Scalars['String']['output'];
};

/** A visitor's message. */
export type WidgetSendInput = {
  /** A key chosen by the widget (1 to 100 characters): sending again with the same key stores one message. */
  idempotencyKey: Scalars['String']['input'];
  /** 1 to 4096 characters once trimmed. */
  text: Scalars['String']['input'];
};

/** The result of widgetSend. */
export type WidgetSendPayload = {
  __typename?: 'WidgetSendPayload';
  /** The stored message (with a repeated key, the first one); null when the mutation failed. */
  message?: Maybe<WidgetMessage>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** What the widget needs to open: the visitor's token, the channel's name and the recent messages. */
export type WidgetSession = {
  __typename?: 'WidgetSession';
  /** The web chat channel's name, for the widget's header. */
  channelName: Scalars['String']['output'];
  /** The position before `messages` were read: `widgetMessages(after:)` replays what changed since. */
  cursor: Scalars['String']['output'];
  /** The language the channel chose for its widget; null: the visitor's browser's. */
  locale?: Maybe<Locale>;
  /** Oldest first, the last 100 (deleted ones left out); empty for a new visitor. At most 100. */
  messages: Array<WidgetMessage>;
  /** What the widget asks before the first message (the visitor may leave any of it blank); empty: nothing. */
  preChatFields: Array<PreChatField>;
  /**
   * Keep it (the widget stores it in localStorage) to come back as the same client; send it as
   * `Authorization: Visitor <token>`. It does not expire.
   */
  visitorToken: Scalars['String']['output'];
};

/** Opening the widget on a web chat channel. */
export type WidgetStartInput = {
  /**
   * A new visitor's name, cut to 100 characters; without it they are called "Visitor" and 6 hex digits. Ignored for
   * a returning visitor.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The channel's public key (`Channel.publicKey`, the end of `/widget/<publicKey>`). */
  publicKey: Scalars['String']['input'];
  /** A token from an earlier `widgetStart` on this channel; unknown tokens start a new visitor. */
  visitorToken?: InputMaybe<Scalars['String']['input']>;
};

/** The result of widgetStart. */
export type WidgetStartPayload = {
  __typename?: 'WidgetStartPayload';
  /** The visitor's session; null when the mutation failed. */
  session?: Maybe<WidgetSession>;
  /** Expected failures (validation, limits, permissions); empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Whether a Temporal worker is polling the task queue that delivers replies. */
export type WorkerState =
  /** No worker polled for 90 seconds: replies wait as QUEUED until one runs. */
  | 'OFFLINE'
  /** A worker polled within the last 90 seconds. */
  | 'ONLINE'
  /** Temporal could not be asked. */
  | 'UNKNOWN';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

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

/** Mapping of federation types */
export type FederationTypes = {
  Client: Client;
  Conversation: Conversation;
  Deal: Deal;
  Message: Message;
  Operator: Operator;
  Process: Process;
  ProcessRun: ProcessRun;
  ProcessVersion: ProcessVersion;
  Task: Task;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  Conversation:
    ( { __typename: 'Conversation' }
    & GraphQLRecursivePick<FederationTypes['Conversation'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Message:
    ( { __typename: 'Message' }
    & GraphQLRecursivePick<FederationTypes['Message'], {"id":true}> );
  Operator:
    ( { __typename: 'Operator' }
    & GraphQLRecursivePick<FederationTypes['Operator'], {"id":true}> );
  Process:
    ( { __typename: 'Process' }
    & GraphQLRecursivePick<FederationTypes['Process'], {"id":true}> );
  ProcessRun:
    ( { __typename: 'ProcessRun' }
    & GraphQLRecursivePick<FederationTypes['ProcessRun'], {"id":true}> );
  ProcessVersion:
    ( { __typename: 'ProcessVersion' }
    & GraphQLRecursivePick<FederationTypes['ProcessVersion'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
};

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
    | ( BroadcastRowModel )
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
    | ( ProcessRowModel )
    | ( ProcessRunRowModel )
    | ( ProcessVersionRowModel )
    | ( ProjectRowModel )
    | ( QuickReplyRowModel )
    | ( QuickReplyFolderRowModel )
    | ( SavedFilterRowModel )
    | ( TaskRowModel )
    | ( TeamRowModel )
    | ( VariableDefinitionRowModel )
    | ( WebhookDeliveryRowModel )
    | ( WebhookEndpointRowModel )
    | ( MessageRowModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddClientNoteInput: AddClientNoteInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCommentInput: AddCommentInput;
  AddFunnelStageInput: AddFunnelStageInput;
  ApiToken: ResolverTypeWrapper<ApiTokenRowModel>;
  ArchiveConversationInput: ArchiveConversationInput;
  AssignConversationInput: AssignConversationInput;
  Broadcast: ResolverTypeWrapper<BroadcastRowModel>;
  BroadcastChannelRule: BroadcastChannelRule;
  BroadcastConnection: ResolverTypeWrapper<AnyConnectionModel>;
  BroadcastControlInput: BroadcastControlInput;
  BroadcastEdge: ResolverTypeWrapper<Omit<BroadcastEdge, 'node'> & { node: ResolversTypes['Broadcast'] }>;
  BroadcastPayload: ResolverTypeWrapper<Omit<BroadcastPayload, 'broadcast'> & { broadcast?: Maybe<ResolversTypes['Broadcast']> }>;
  BroadcastRecipient: ResolverTypeWrapper<BroadcastRecipientRowModel>;
  BroadcastRecipientConnection: ResolverTypeWrapper<AnyConnectionModel>;
  BroadcastRecipientEdge: ResolverTypeWrapper<Omit<BroadcastRecipientEdge, 'node'> & { node: ResolversTypes['BroadcastRecipient'] }>;
  BroadcastRecipientStatus: BroadcastRecipientStatus;
  BroadcastSkipReason: BroadcastSkipReason;
  BroadcastStatus: BroadcastStatus;
  BulkClientAction: BulkClientAction;
  BulkClientActionInput: BulkClientActionInput;
  BulkClientActionPayload: ResolverTypeWrapper<Omit<BulkClientActionPayload, 'clients'> & { clients?: Maybe<Array<ResolversTypes['Client']>> }>;
  ChangeMyPasswordInput: ChangeMyPasswordInput;
  ChangeMyPasswordPayload: ResolverTypeWrapper<ChangeMyPasswordPayload>;
  Channel: ResolverTypeWrapper<ChannelRowModel>;
  ChannelCapabilities: ResolverTypeWrapper<ChannelCapabilities>;
  ChannelConnectField: ResolverTypeWrapper<ChannelConnectField>;
  ChannelFieldInput: ChannelFieldInput;
  ChannelHealth: ResolverTypeWrapper<ChannelHealth>;
  ChannelInput: ChannelInput;
  ChannelKind: ChannelKind;
  ChannelKindInfo: ResolverTypeWrapper<ChannelKindInfo>;
  ChannelPayload: ResolverTypeWrapper<Omit<ChannelPayload, 'channel'> & { channel?: Maybe<ResolversTypes['Channel']> }>;
  ChannelSetting: ResolverTypeWrapper<ChannelSetting>;
  ChannelStatus: ChannelStatus;
  Client: ResolverTypeWrapper<ClientRowModel>;
  ClientActivity: ResolverTypeWrapper<ClientActivityRowModel>;
  ClientActivityConnection: ResolverTypeWrapper<AnyConnectionModel>;
  ClientActivityEdge: ResolverTypeWrapper<Omit<ClientActivityEdge, 'node'> & { node: ResolversTypes['ClientActivity'] }>;
  ClientActivityType: ClientActivityType;
  ClientAudienceInput: ClientAudienceInput;
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
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
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
  CreateProcessInput: CreateProcessInput;
  CreateQuickReplyFolderInput: CreateQuickReplyFolderInput;
  CreateTaskInput: CreateTaskInput;
  CreateTeamInput: CreateTeamInput;
  CreateVariableDefinitionInput: CreateVariableDefinitionInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: ResolverTypeWrapper<Omit<CreateWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealRowModel>;
  DealConnection: ResolverTypeWrapper<AnyConnectionModel>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealInput: DealInput;
  DealPayload: ResolverTypeWrapper<Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversTypes['Deal']> }>;
  DealStatus: DealStatus;
  DeleteFunnelInput: DeleteFunnelInput;
  DeleteFunnelStageInput: DeleteFunnelStageInput;
  DeleteLabelPayload: ResolverTypeWrapper<DeleteLabelPayload>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DeleteVariableDefinitionPayload: ResolverTypeWrapper<DeleteVariableDefinitionPayload>;
  DeleteWebhookEndpointPayload: ResolverTypeWrapper<DeleteWebhookEndpointPayload>;
  DeliveryFailure: DeliveryFailure;
  DeliveryStatus: ResolverTypeWrapper<DeliveryStatus>;
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
  FilledQuickReply: ResolverTypeWrapper<FilledQuickReply>;
  ForwardMessageInput: ForwardMessageInput;
  Funnel: ResolverTypeWrapper<FunnelRowModel>;
  FunnelPayload: ResolverTypeWrapper<Omit<FunnelPayload, 'funnel'> & { funnel?: Maybe<ResolversTypes['Funnel']> }>;
  FunnelStage: ResolverTypeWrapper<FunnelStageRowModel>;
  Gateway: ResolverTypeWrapper<Gateway>;
  ImportClientsInput: ImportClientsInput;
  InboxEvent: ResolverTypeWrapper<InboxEventModel>;
  InboxEventKind: InboxEventKind;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Label: ResolverTypeWrapper<LabelRowModel>;
  LabelInput: LabelInput;
  LabelKind: LabelKind;
  LabelPayload: ResolverTypeWrapper<Omit<LabelPayload, 'label'> & { label?: Maybe<ResolversTypes['Label']> }>;
  Locale: Locale;
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
  MessageTemplate: ResolverTypeWrapper<MessageTemplate>;
  MessageTemplateInput: MessageTemplateInput;
  MoveDealInput: MoveDealInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationRowModel>;
  NotificationConnection: ResolverTypeWrapper<AnyConnectionModel>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  OpenClientChannelInput: OpenClientChannelInput;
  Operator: ResolverTypeWrapper<OperatorRowModel>;
  OperatorIdInput: OperatorIdInput;
  OperatorPayload: ResolverTypeWrapper<Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversTypes['Operator']> }>;
  OperatorRole: OperatorRole;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PauseBotInput: PauseBotInput;
  Permissions: ResolverTypeWrapper<ViewerModel>;
  PinCommentInput: PinCommentInput;
  PinConversationInput: PinConversationInput;
  PinMessageInput: PinMessageInput;
  PreChatField: PreChatField;
  PresenceStatus: PresenceStatus;
  PresenceTime: ResolverTypeWrapper<Omit<PresenceTime, 'operator'> & { operator: ResolversTypes['Operator'] }>;
  Process: ResolverTypeWrapper<ProcessRowModel>;
  ProcessBlock: ResolverTypeWrapper<ProcessBlockModelModel>;
  ProcessBlockType: ProcessBlockType;
  ProcessInput: ProcessInput;
  ProcessPayload: ResolverTypeWrapper<Omit<ProcessPayload, 'process'> & { process?: Maybe<ResolversTypes['Process']> }>;
  ProcessPendingSend: ResolverTypeWrapper<PendingSendModelModel>;
  ProcessProblem: ResolverTypeWrapper<ProcessProblem>;
  ProcessRun: ResolverTypeWrapper<ProcessRunRowModel>;
  ProcessRunCommand: ProcessRunCommand;
  ProcessRunConnection: ResolverTypeWrapper<Omit<ProcessRunConnection, 'edges'> & { edges: Array<ResolversTypes['ProcessRunEdge']> }>;
  ProcessRunEdge: ResolverTypeWrapper<Omit<ProcessRunEdge, 'node'> & { node: ResolversTypes['ProcessRun'] }>;
  ProcessRunFilter: ProcessRunFilter;
  ProcessRunPayload: ResolverTypeWrapper<Omit<ProcessRunPayload, 'run'> & { run?: Maybe<ResolversTypes['ProcessRun']> }>;
  ProcessRunStatus: ProcessRunStatus;
  ProcessRunStep: ResolverTypeWrapper<ProcessRunStepRowModel>;
  ProcessRunWait: ProcessRunWait;
  ProcessStepKind: ProcessStepKind;
  ProcessTestRun: ResolverTypeWrapper<Omit<ProcessTestRun, 'run'> & { run: ResolversTypes['ProcessRun'] }>;
  ProcessVersion: ResolverTypeWrapper<ProcessVersionRowModel>;
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
  ReplayWebhookDeliveryInput: ReplayWebhookDeliveryInput;
  ReplyRefusal: ReplyRefusal;
  RescheduleMessageInput: RescheduleMessageInput;
  RestoreProcessVersionInput: RestoreProcessVersionInput;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: ResolverTypeWrapper<RevokeApiTokenPayload>;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Omit<RotateWebhookSecretPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  SalesTotal: ResolverTypeWrapper<SalesTotal>;
  SaveDraftInput: SaveDraftInput;
  SaveDraftPayload: ResolverTypeWrapper<SaveDraftPayload>;
  SaveFilterInput: SaveFilterInput;
  SaveProcessDraftInput: SaveProcessDraftInput;
  SaveQuickReplyInput: SaveQuickReplyInput;
  SavedCondition: ResolverTypeWrapper<SavedCondition>;
  SavedConversationFilter: ResolverTypeWrapper<SavedConversationFilter>;
  SavedFilter: ResolverTypeWrapper<SavedFilterRowModel>;
  SavedFilterInput: SavedFilterInput;
  SavedFilterPayload: ResolverTypeWrapper<Omit<SavedFilterPayload, 'savedFilter'> & { savedFilter?: Maybe<ResolversTypes['SavedFilter']> }>;
  ScheduleMessageInput: ScheduleMessageInput;
  ScheduleMessagePayload: ResolverTypeWrapper<Omit<ScheduleMessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  ScheduledMessageInput: ScheduledMessageInput;
  ScheduledMessagePayload: ResolverTypeWrapper<Omit<ScheduledMessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  ScheduledMessagesFilter: ScheduledMessagesFilter;
  SearchHit: ResolverTypeWrapper<SearchHitModelModel>;
  SendMessageInput: SendMessageInput;
  SendMessagePayload: ResolverTypeWrapper<Omit<SendMessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  SenderKind: SenderKind;
  SetChannelLocaleInput: SetChannelLocaleInput;
  SetChannelPreChatInput: SetChannelPreChatInput;
  SetClientOwnerInput: SetClientOwnerInput;
  SetClientVariablesInput: SetClientVariablesInput;
  SetOperatorCapacityInput: SetOperatorCapacityInput;
  SetPresenceInput: SetPresenceInput;
  SetTeamMembersInput: SetTeamMembersInput;
  SetTypingInput: SetTypingInput;
  SetTypingPayload: ResolverTypeWrapper<SetTypingPayload>;
  StartBroadcastInput: StartBroadcastInput;
  StartProcessInput: StartProcessInput;
  StartProcessPayload: ResolverTypeWrapper<Omit<StartProcessPayload, 'runs'> & { runs: Array<ResolversTypes['ProcessRun']> }>;
  SteerProcessRunInput: SteerProcessRunInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SystemVariable: ResolverTypeWrapper<SystemVariable>;
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
  TestChannelInput: TestChannelInput;
  TestChannelPayload: ResolverTypeWrapper<TestChannelPayload>;
  TestProcessDraftInput: TestProcessDraftInput;
  TestProcessDraftPayload: ResolverTypeWrapper<Omit<TestProcessDraftPayload, 'process' | 'test'> & { process?: Maybe<ResolversTypes['Process']>, test?: Maybe<ResolversTypes['ProcessTestRun']> }>;
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
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserErrorReason: UserErrorReason;
  UserErrorValue: ResolverTypeWrapper<UserErrorValue>;
  VariableDefinition: ResolverTypeWrapper<VariableDefinitionRowModel>;
  VariableDefinitionInput: VariableDefinitionInput;
  VariableDefinitionPayload: ResolverTypeWrapper<Omit<VariableDefinitionPayload, 'definition'> & { definition?: Maybe<ResolversTypes['VariableDefinition']> }>;
  VariableScope: VariableScope;
  VariableType: VariableType;
  VariableValue: ResolverTypeWrapper<VariableValue>;
  VariableValueInput: VariableValueInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRowModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<AnyConnectionModel>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryPayload: ResolverTypeWrapper<Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRowModel>;
  WebhookEndpointInput: WebhookEndpointInput;
  WebhookEndpointPayload: ResolverTypeWrapper<Omit<WebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  WebhookEventType: WebhookEventType;
  WidgetFile: ResolverTypeWrapper<StoredFileRowModel>;
  WidgetIntroduceInput: WidgetIntroduceInput;
  WidgetIntroducePayload: ResolverTypeWrapper<WidgetIntroducePayload>;
  WidgetMessage: ResolverTypeWrapper<MessageRowModel>;
  WidgetSendInput: WidgetSendInput;
  WidgetSendPayload: ResolverTypeWrapper<Omit<WidgetSendPayload, 'message'> & { message?: Maybe<ResolversTypes['WidgetMessage']> }>;
  WidgetSession: ResolverTypeWrapper<Omit<WidgetSession, 'messages'> & { messages: Array<ResolversTypes['WidgetMessage']> }>;
  WidgetStartInput: WidgetStartInput;
  WidgetStartPayload: ResolverTypeWrapper<Omit<WidgetStartPayload, 'session'> & { session?: Maybe<ResolversTypes['WidgetSession']> }>;
  WorkerState: WorkerState;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddClientNoteInput: AddClientNoteInput;
  ID: Scalars['ID']['output'];
  AddCommentInput: AddCommentInput;
  AddFunnelStageInput: AddFunnelStageInput;
  ApiToken: ApiTokenRowModel;
  ArchiveConversationInput: ArchiveConversationInput;
  AssignConversationInput: AssignConversationInput;
  Broadcast: BroadcastRowModel;
  BroadcastConnection: AnyConnectionModel;
  BroadcastControlInput: BroadcastControlInput;
  BroadcastEdge: Omit<BroadcastEdge, 'node'> & { node: ResolversParentTypes['Broadcast'] };
  BroadcastPayload: Omit<BroadcastPayload, 'broadcast'> & { broadcast?: Maybe<ResolversParentTypes['Broadcast']> };
  BroadcastRecipient: BroadcastRecipientRowModel;
  BroadcastRecipientConnection: AnyConnectionModel;
  BroadcastRecipientEdge: Omit<BroadcastRecipientEdge, 'node'> & { node: ResolversParentTypes['BroadcastRecipient'] };
  BulkClientActionInput: BulkClientActionInput;
  BulkClientActionPayload: Omit<BulkClientActionPayload, 'clients'> & { clients?: Maybe<Array<ResolversParentTypes['Client']>> };
  ChangeMyPasswordInput: ChangeMyPasswordInput;
  ChangeMyPasswordPayload: ChangeMyPasswordPayload;
  Channel: ChannelRowModel;
  ChannelCapabilities: ChannelCapabilities;
  ChannelConnectField: ChannelConnectField;
  ChannelFieldInput: ChannelFieldInput;
  ChannelHealth: ChannelHealth;
  ChannelInput: ChannelInput;
  ChannelKindInfo: ChannelKindInfo;
  ChannelPayload: Omit<ChannelPayload, 'channel'> & { channel?: Maybe<ResolversParentTypes['Channel']> };
  ChannelSetting: ChannelSetting;
  Client: ClientRowModel;
  ClientActivity: ClientActivityRowModel;
  ClientActivityConnection: AnyConnectionModel;
  ClientActivityEdge: Omit<ClientActivityEdge, 'node'> & { node: ResolversParentTypes['ClientActivity'] };
  ClientAudienceInput: ClientAudienceInput;
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
  Float: Scalars['Float']['output'];
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
  CreateProcessInput: CreateProcessInput;
  CreateQuickReplyFolderInput: CreateQuickReplyFolderInput;
  CreateTaskInput: CreateTaskInput;
  CreateTeamInput: CreateTeamInput;
  CreateVariableDefinitionInput: CreateVariableDefinitionInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: Omit<CreateWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  DateTime: Scalars['DateTime']['output'];
  Deal: DealRowModel;
  DealConnection: AnyConnectionModel;
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  DealInput: DealInput;
  DealPayload: Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversParentTypes['Deal']> };
  DeleteFunnelInput: DeleteFunnelInput;
  DeleteFunnelStageInput: DeleteFunnelStageInput;
  DeleteLabelPayload: DeleteLabelPayload;
  DeletePayload: DeletePayload;
  DeleteVariableDefinitionPayload: DeleteVariableDefinitionPayload;
  DeleteWebhookEndpointPayload: DeleteWebhookEndpointPayload;
  DeliveryStatus: DeliveryStatus;
  DuplicateFilterInput: DuplicateFilterInput;
  EditCommentInput: EditCommentInput;
  EditMessageInput: EditMessageInput;
  ExportClientsInput: ExportClientsInput;
  File: StoredFileRowModel;
  FileConnection: AnyConnectionModel;
  FileEdge: Omit<FileEdge, 'node'> & { node: ResolversParentTypes['File'] };
  FileInput: FileInput;
  FileLibraryUsage: FileLibraryUsage;
  FilledQuickReply: FilledQuickReply;
  ForwardMessageInput: ForwardMessageInput;
  Funnel: FunnelRowModel;
  FunnelPayload: Omit<FunnelPayload, 'funnel'> & { funnel?: Maybe<ResolversParentTypes['Funnel']> };
  FunnelStage: FunnelStageRowModel;
  Gateway: Gateway;
  ImportClientsInput: ImportClientsInput;
  InboxEvent: InboxEventModel;
  JSON: Scalars['JSON']['output'];
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
  MessageTemplate: MessageTemplate;
  MessageTemplateInput: MessageTemplateInput;
  MoveDealInput: MoveDealInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationRowModel;
  NotificationConnection: AnyConnectionModel;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  OpenClientChannelInput: OpenClientChannelInput;
  Operator: OperatorRowModel;
  OperatorIdInput: OperatorIdInput;
  OperatorPayload: Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversParentTypes['Operator']> };
  PageInfo: PageInfo;
  PauseBotInput: PauseBotInput;
  Permissions: ViewerModel;
  PinCommentInput: PinCommentInput;
  PinConversationInput: PinConversationInput;
  PinMessageInput: PinMessageInput;
  PresenceTime: Omit<PresenceTime, 'operator'> & { operator: ResolversParentTypes['Operator'] };
  Process: ProcessRowModel;
  ProcessBlock: ProcessBlockModelModel;
  ProcessInput: ProcessInput;
  ProcessPayload: Omit<ProcessPayload, 'process'> & { process?: Maybe<ResolversParentTypes['Process']> };
  ProcessPendingSend: PendingSendModelModel;
  ProcessProblem: ProcessProblem;
  ProcessRun: ProcessRunRowModel;
  ProcessRunConnection: Omit<ProcessRunConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProcessRunEdge']> };
  ProcessRunEdge: Omit<ProcessRunEdge, 'node'> & { node: ResolversParentTypes['ProcessRun'] };
  ProcessRunFilter: ProcessRunFilter;
  ProcessRunPayload: Omit<ProcessRunPayload, 'run'> & { run?: Maybe<ResolversParentTypes['ProcessRun']> };
  ProcessRunStep: ProcessRunStepRowModel;
  ProcessTestRun: Omit<ProcessTestRun, 'run'> & { run: ResolversParentTypes['ProcessRun'] };
  ProcessVersion: ProcessVersionRowModel;
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
  ReplayWebhookDeliveryInput: ReplayWebhookDeliveryInput;
  RescheduleMessageInput: RescheduleMessageInput;
  RestoreProcessVersionInput: RestoreProcessVersionInput;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: RevokeApiTokenPayload;
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  SalesTotal: SalesTotal;
  SaveDraftInput: SaveDraftInput;
  SaveDraftPayload: SaveDraftPayload;
  SaveFilterInput: SaveFilterInput;
  SaveProcessDraftInput: SaveProcessDraftInput;
  SaveQuickReplyInput: SaveQuickReplyInput;
  SavedCondition: SavedCondition;
  SavedConversationFilter: SavedConversationFilter;
  SavedFilter: SavedFilterRowModel;
  SavedFilterInput: SavedFilterInput;
  SavedFilterPayload: Omit<SavedFilterPayload, 'savedFilter'> & { savedFilter?: Maybe<ResolversParentTypes['SavedFilter']> };
  ScheduleMessageInput: ScheduleMessageInput;
  ScheduleMessagePayload: Omit<ScheduleMessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  ScheduledMessageInput: ScheduledMessageInput;
  ScheduledMessagePayload: Omit<ScheduledMessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  ScheduledMessagesFilter: ScheduledMessagesFilter;
  SearchHit: SearchHitModelModel;
  SendMessageInput: SendMessageInput;
  SendMessagePayload: Omit<SendMessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  SetChannelLocaleInput: SetChannelLocaleInput;
  SetChannelPreChatInput: SetChannelPreChatInput;
  SetClientOwnerInput: SetClientOwnerInput;
  SetClientVariablesInput: SetClientVariablesInput;
  SetOperatorCapacityInput: SetOperatorCapacityInput;
  SetPresenceInput: SetPresenceInput;
  SetTeamMembersInput: SetTeamMembersInput;
  SetTypingInput: SetTypingInput;
  SetTypingPayload: SetTypingPayload;
  StartBroadcastInput: StartBroadcastInput;
  StartProcessInput: StartProcessInput;
  StartProcessPayload: Omit<StartProcessPayload, 'runs'> & { runs: Array<ResolversParentTypes['ProcessRun']> };
  SteerProcessRunInput: SteerProcessRunInput;
  Subscription: Record<PropertyKey, never>;
  SystemVariable: SystemVariable;
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
  TestChannelInput: TestChannelInput;
  TestChannelPayload: TestChannelPayload;
  TestProcessDraftInput: TestProcessDraftInput;
  TestProcessDraftPayload: Omit<TestProcessDraftPayload, 'process' | 'test'> & { process?: Maybe<ResolversParentTypes['Process']>, test?: Maybe<ResolversParentTypes['ProcessTestRun']> };
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
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UserError: UserError;
  UserErrorValue: UserErrorValue;
  VariableDefinition: VariableDefinitionRowModel;
  VariableDefinitionInput: VariableDefinitionInput;
  VariableDefinitionPayload: Omit<VariableDefinitionPayload, 'definition'> & { definition?: Maybe<ResolversParentTypes['VariableDefinition']> };
  VariableValue: VariableValue;
  VariableValueInput: VariableValueInput;
  Viewer: ViewerModel;
  WebhookDelivery: WebhookDeliveryRowModel;
  WebhookDeliveryConnection: AnyConnectionModel;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryPayload: Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  WebhookEndpoint: WebhookEndpointRowModel;
  WebhookEndpointInput: WebhookEndpointInput;
  WebhookEndpointPayload: Omit<WebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  WidgetFile: StoredFileRowModel;
  WidgetIntroduceInput: WidgetIntroduceInput;
  WidgetIntroducePayload: WidgetIntroducePayload;
  WidgetMessage: MessageRowModel;
  WidgetSendInput: WidgetSendInput;
  WidgetSendPayload: Omit<WidgetSendPayload, 'message'> & { message?: Maybe<ResolversParentTypes['WidgetMessage']> };
  WidgetSession: Omit<WidgetSession, 'messages'> & { messages: Array<ResolversParentTypes['WidgetMessage']> };
  WidgetStartInput: WidgetStartInput;
  WidgetStartPayload: Omit<WidgetStartPayload, 'session'> & { session?: Maybe<ResolversParentTypes['WidgetSession']> };
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
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

export type BroadcastResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Broadcast'] = ResolversParentTypes['Broadcast']> = {
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  channelRule?: Resolver<ResolversTypes['BroadcastChannelRule'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['File']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratePerSecond?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<ResolversTypes['BroadcastRecipientConnection'], ParentType, ContextType, RequireFields<BroadcastRecipientsArgs, 'first'>>;
  resultsCsvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sendAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BroadcastStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanControl?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BroadcastConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BroadcastConnection'] = ResolversParentTypes['BroadcastConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BroadcastEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BroadcastEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BroadcastEdge'] = ResolversParentTypes['BroadcastEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Broadcast'], ParentType, ContextType>;
};

export type BroadcastPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BroadcastPayload'] = ResolversParentTypes['BroadcastPayload']> = {
  broadcast?: Resolver<Maybe<ResolversTypes['Broadcast']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BroadcastRecipientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BroadcastRecipient'] = ResolversParentTypes['BroadcastRecipient']> = {
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  processedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  skipReason?: Resolver<Maybe<ResolversTypes['BroadcastSkipReason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BroadcastRecipientStatus'], ParentType, ContextType>;
};

export type BroadcastRecipientConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BroadcastRecipientConnection'] = ResolversParentTypes['BroadcastRecipientConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BroadcastRecipientEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BroadcastRecipientEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BroadcastRecipientEdge'] = ResolversParentTypes['BroadcastRecipientEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BroadcastRecipient'], ParentType, ContextType>;
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
  capabilities?: Resolver<ResolversTypes['ChannelCapabilities'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['ChannelHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChannelKind'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preChatFields?: Resolver<Array<ResolversTypes['PreChatField']>, ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settings?: Resolver<Array<ResolversTypes['ChannelSetting']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChannelStatus'], ParentType, ContextType>;
  templates?: Resolver<Array<ResolversTypes['MessageTemplate']>, ParentType, ContextType>;
  webhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  widgetUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChannelCapabilitiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelCapabilities'] = ResolversParentTypes['ChannelCapabilities']> = {
  buttons?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deleteWithinSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  editWithinSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxTextLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['FileKind']>, ParentType, ContextType>;
  readReceipts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  replyWindowSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  templates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChannelConnectFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelConnectField'] = ResolversParentTypes['ChannelConnectField']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChannelHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelHealth'] = ResolversParentTypes['ChannelHealth']> = {
  connectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastInboundAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ChannelKindInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelKindInfo'] = ResolversParentTypes['ChannelKindInfo']> = {
  capabilities?: Resolver<Maybe<ResolversTypes['ChannelCapabilities']>, ParentType, ContextType>;
  connectable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['ChannelConnectField']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChannelKind'], ParentType, ContextType>;
};

export type ChannelPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelPayload'] = ResolversParentTypes['ChannelPayload']> = {
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChannelSettingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChannelSetting'] = ResolversParentTypes['ChannelSetting']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
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
  pendingProcessSends?: Resolver<Array<ResolversTypes['ProcessPendingSend']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processRuns?: Resolver<Array<ResolversTypes['ProcessRun']>, ParentType, ContextType>;
  sales?: Resolver<Array<ResolversTypes['SalesTotal']>, ParentType, ContextType>;
  scheduledMessages?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
  sourceChannel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ClientStage']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<ClientTasksArgs, 'includeCompleted'>>;
  tracking?: Resolver<ResolversTypes['ClientTracking'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['VariableValue']>, ParentType, ContextType>;
  viewerCanSetOwner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanTake?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  unreachableAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type ConversationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation'], FederationReferenceType extends FederationReferenceTypes['Conversation'] = FederationReferenceTypes['Conversation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Conversation']> | FederationReferenceType, FederationReferenceType, ContextType>;
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
  replyRefusal?: Resolver<Maybe<ResolversTypes['ReplyRefusal']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scheduledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searchHit?: Resolver<Maybe<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  searchMessages?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<ConversationSearchMessagesArgs, 'text'>>;
  status?: Resolver<ResolversTypes['ConversationStatus'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<ConversationTimelineArgs, 'first'>>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanAssign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanTake?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  scheduledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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

export type CreateWebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateWebhookEndpointPayload'] = ResolversParentTypes['CreateWebhookEndpointPayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
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

export type DeleteWebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteWebhookEndpointPayload'] = ResolversParentTypes['DeleteWebhookEndpointPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeliveryStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryStatus'] = ResolversParentTypes['DeliveryStatus']> = {
  delayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  oldestQueuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workers?: Resolver<ResolversTypes['WorkerState'], ParentType, ContextType>;
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

export type FilledQuickReplyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilledQuickReply'] = ResolversParentTypes['FilledQuickReply']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unresolved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GatewayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Gateway'] = ResolversParentTypes['Gateway']> = {
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InboxEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxEvent'] = ResolversParentTypes['InboxEvent']> = {
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InboxEventKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

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

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message'], FederationReferenceType extends FederationReferenceTypes['Message'] = FederationReferenceTypes['Message']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Message']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['File']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  buttons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MessageDirection'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureCode?: Resolver<Maybe<ResolversTypes['DeliveryFailure']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  html?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scheduledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  senderKind?: Resolver<ResolversTypes['SenderKind'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MessageStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanChangeSchedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type MessageTemplateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageTemplate'] = ResolversParentTypes['MessageTemplate']> = {
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  cancelBroadcast?: Resolver<ResolversTypes['BroadcastPayload'], ParentType, ContextType, RequireFields<MutationCancelBroadcastArgs, 'input'>>;
  cancelScheduledMessage?: Resolver<ResolversTypes['ScheduledMessagePayload'], ParentType, ContextType, RequireFields<MutationCancelScheduledMessageArgs, 'input'>>;
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
  createProcess?: Resolver<ResolversTypes['ProcessPayload'], ParentType, ContextType, RequireFields<MutationCreateProcessArgs, 'input'>>;
  createQuickReplyFolder?: Resolver<ResolversTypes['QuickReplyFolderPayload'], ParentType, ContextType, RequireFields<MutationCreateQuickReplyFolderArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['TeamPayload'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  createVariableDefinition?: Resolver<ResolversTypes['VariableDefinitionPayload'], ParentType, ContextType, RequireFields<MutationCreateVariableDefinitionArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['CreateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deactivateOperator?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationDeactivateOperatorArgs, 'input'>>;
  deleteClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationDeleteClientArgs, 'input'>>;
  deleteComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'input'>>;
  deleteFilter?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFilterArgs, 'input'>>;
  deleteFunnel?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFunnelArgs, 'input'>>;
  deleteFunnelStage?: Resolver<ResolversTypes['FunnelPayload'], ParentType, ContextType, RequireFields<MutationDeleteFunnelStageArgs, 'input'>>;
  deleteLabel?: Resolver<ResolversTypes['DeleteLabelPayload'], ParentType, ContextType, RequireFields<MutationDeleteLabelArgs, 'input'>>;
  deleteLibraryFile?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteLibraryFileArgs, 'input'>>;
  deleteMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'input'>>;
  deleteProcess?: Resolver<ResolversTypes['ProcessPayload'], ParentType, ContextType, RequireFields<MutationDeleteProcessArgs, 'input'>>;
  deleteQuickReply?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteQuickReplyArgs, 'input'>>;
  deleteQuickReplyFolder?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteQuickReplyFolderArgs, 'input'>>;
  deleteTask?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'input'>>;
  deleteTeam?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteTeamArgs, 'input'>>;
  deleteVariableDefinition?: Resolver<ResolversTypes['DeleteVariableDefinitionPayload'], ParentType, ContextType, RequireFields<MutationDeleteVariableDefinitionArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['DeleteWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'input'>>;
  disconnectChannel?: Resolver<ResolversTypes['ChannelPayload'], ParentType, ContextType, RequireFields<MutationDisconnectChannelArgs, 'input'>>;
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
  openClientChannel?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationOpenClientChannelArgs, 'input'>>;
  pauseBot?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationPauseBotArgs, 'input'>>;
  pauseBroadcast?: Resolver<ResolversTypes['BroadcastPayload'], ParentType, ContextType, RequireFields<MutationPauseBroadcastArgs, 'input'>>;
  pauseChannel?: Resolver<ResolversTypes['ChannelPayload'], ParentType, ContextType, RequireFields<MutationPauseChannelArgs, 'input'>>;
  pinComment?: Resolver<ResolversTypes['CommentPayload'], ParentType, ContextType, RequireFields<MutationPinCommentArgs, 'input'>>;
  pinConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationPinConversationArgs, 'input'>>;
  pinMessage?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationPinMessageArgs, 'input'>>;
  pingWebhookEndpoint?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationPingWebhookEndpointArgs, 'input'>>;
  publishProcess?: Resolver<ResolversTypes['ProcessPayload'], ParentType, ContextType, RequireFields<MutationPublishProcessArgs, 'input'>>;
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
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'input'>>;
  rescheduleMessage?: Resolver<ResolversTypes['ScheduledMessagePayload'], ParentType, ContextType, RequireFields<MutationRescheduleMessageArgs, 'input'>>;
  restoreClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationRestoreClientArgs, 'input'>>;
  restoreProcessVersion?: Resolver<ResolversTypes['ProcessPayload'], ParentType, ContextType, RequireFields<MutationRestoreProcessVersionArgs, 'input'>>;
  resumeBot?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationResumeBotArgs, 'input'>>;
  resumeBroadcast?: Resolver<ResolversTypes['BroadcastPayload'], ParentType, ContextType, RequireFields<MutationResumeBroadcastArgs, 'input'>>;
  resumeChannel?: Resolver<ResolversTypes['ChannelPayload'], ParentType, ContextType, RequireFields<MutationResumeChannelArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'input'>>;
  saveDraft?: Resolver<ResolversTypes['SaveDraftPayload'], ParentType, ContextType, RequireFields<MutationSaveDraftArgs, 'input'>>;
  saveFilter?: Resolver<ResolversTypes['SavedFilterPayload'], ParentType, ContextType, RequireFields<MutationSaveFilterArgs, 'input'>>;
  saveProcessDraft?: Resolver<ResolversTypes['ProcessPayload'], ParentType, ContextType, RequireFields<MutationSaveProcessDraftArgs, 'input'>>;
  saveQuickReply?: Resolver<ResolversTypes['QuickReplyPayload'], ParentType, ContextType, RequireFields<MutationSaveQuickReplyArgs, 'input'>>;
  scheduleMessage?: Resolver<ResolversTypes['ScheduleMessagePayload'], ParentType, ContextType, RequireFields<MutationScheduleMessageArgs, 'input'>>;
  sendMessage?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  sendScheduledMessageNow?: Resolver<ResolversTypes['ScheduledMessagePayload'], ParentType, ContextType, RequireFields<MutationSendScheduledMessageNowArgs, 'input'>>;
  setChannelLocale?: Resolver<ResolversTypes['ChannelPayload'], ParentType, ContextType, RequireFields<MutationSetChannelLocaleArgs, 'input'>>;
  setChannelPreChat?: Resolver<ResolversTypes['ChannelPayload'], ParentType, ContextType, RequireFields<MutationSetChannelPreChatArgs, 'input'>>;
  setClientOwner?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationSetClientOwnerArgs, 'input'>>;
  setClientVariables?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationSetClientVariablesArgs, 'input'>>;
  setOperatorCapacity?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationSetOperatorCapacityArgs, 'input'>>;
  setPresence?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationSetPresenceArgs, 'input'>>;
  setTeamMembers?: Resolver<ResolversTypes['TeamPayload'], ParentType, ContextType, RequireFields<MutationSetTeamMembersArgs, 'input'>>;
  setTyping?: Resolver<ResolversTypes['SetTypingPayload'], ParentType, ContextType, RequireFields<MutationSetTypingArgs, 'input'>>;
  startBroadcast?: Resolver<ResolversTypes['BroadcastPayload'], ParentType, ContextType, RequireFields<MutationStartBroadcastArgs, 'input'>>;
  startProcess?: Resolver<ResolversTypes['StartProcessPayload'], ParentType, ContextType, RequireFields<MutationStartProcessArgs, 'input'>>;
  steerProcessRun?: Resolver<ResolversTypes['ProcessRunPayload'], ParentType, ContextType, RequireFields<MutationSteerProcessRunArgs, 'input'>>;
  stopProcessTest?: Resolver<ResolversTypes['ProcessPayload'], ParentType, ContextType, RequireFields<MutationStopProcessTestArgs, 'input'>>;
  takeClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationTakeClientArgs, 'input'>>;
  takeConversation?: Resolver<ResolversTypes['ConversationPayload'], ParentType, ContextType, RequireFields<MutationTakeConversationArgs, 'input'>>;
  testChannel?: Resolver<ResolversTypes['TestChannelPayload'], ParentType, ContextType, RequireFields<MutationTestChannelArgs, 'input'>>;
  testProcessDraft?: Resolver<ResolversTypes['TestProcessDraftPayload'], ParentType, ContextType, RequireFields<MutationTestProcessDraftArgs, 'input'>>;
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
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
  widgetIntroduce?: Resolver<ResolversTypes['WidgetIntroducePayload'], ParentType, ContextType, RequireFields<MutationWidgetIntroduceArgs, 'input'>>;
  widgetSend?: Resolver<ResolversTypes['WidgetSendPayload'], ParentType, ContextType, RequireFields<MutationWidgetSendArgs, 'input'>>;
  widgetStart?: Resolver<ResolversTypes['WidgetStartPayload'], ParentType, ContextType, RequireFields<MutationWidgetStartArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiToken' | 'Broadcast' | 'Channel' | 'Client' | 'ClientActivity' | 'ClientChannel' | 'ClientJob' | 'Comment' | 'Conversation' | 'ConversationEvent' | 'Deal' | 'File' | 'Funnel' | 'FunnelStage' | 'Label' | 'Message' | 'Notification' | 'Operator' | 'Process' | 'ProcessRun' | 'ProcessVersion' | 'Project' | 'QuickReply' | 'QuickReplyFolder' | 'SavedFilter' | 'Task' | 'Team' | 'VariableDefinition' | 'WebhookDelivery' | 'WebhookEndpoint' | 'WidgetMessage', ParentType, ContextType>;
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
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
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

export type OperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator'], FederationReferenceType extends FederationReferenceTypes['Operator'] = FederationReferenceTypes['Operator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chosenPresence?: Resolver<ResolversTypes['PresenceStatus'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
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

export type PermissionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Permissions'] = ResolversParentTypes['Permissions']> = {
  assignAnyClientOwner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignAnyConversation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changeAnyTask?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deleteClients?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deleteMessages?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editProcesses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importExportClients?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageApiTokens?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageCapacity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageChannels?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageFileLibrary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageFunnels?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageOperators?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageOwners?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageQuickReplies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageSharedFilters?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageTeams?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageVariables?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageWebhooks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderateComments?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purgeClients?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sendBroadcasts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startProcesses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  steerProcessRuns?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewAllScheduledMessages?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewAllTeamInboxes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewPresenceReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PresenceTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PresenceTime'] = ResolversParentTypes['PresenceTime']> = {
  away?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
};

export type ProcessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Process'] = ResolversParentTypes['Process'], FederationReferenceType extends FederationReferenceTypes['Process'] = FederationReferenceTypes['Process']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Process']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeRuns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  hasUnpublishedChanges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['ProcessVersion']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ProcessVersion']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProcessBlockResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessBlock'] = ResolversParentTypes['ProcessBlock']> = {
  activeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enteredToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ProcessBlockType'], ParentType, ContextType>;
};

export type ProcessPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessPayload'] = ResolversParentTypes['ProcessPayload']> = {
  problems?: Resolver<Array<ResolversTypes['ProcessProblem']>, ParentType, ContextType>;
  process?: Resolver<Maybe<ResolversTypes['Process']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProcessPendingSendResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessPendingSend'] = ResolversParentTypes['ProcessPendingSend']> = {
  delay?: Resolver<ResolversTypes['ProcessBlock'], ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['ProcessBlock']>, ParentType, ContextType>;
  run?: Resolver<ResolversTypes['ProcessRun'], ParentType, ContextType>;
  sendAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProcessProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessProblem'] = ResolversParentTypes['ProcessProblem']> = {
  blockId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProcessRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessRun'] = ResolversParentTypes['ProcessRun'], FederationReferenceType extends FederationReferenceTypes['ProcessRun'] = FederationReferenceTypes['ProcessRun']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProcessRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  block?: Resolver<Maybe<ResolversTypes['ProcessBlock']>, ParentType, ContextType>;
  blockEnteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  process?: Resolver<ResolversTypes['Process'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProcessRunStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ProcessRunStep']>, ParentType, ContextType, RequireFields<ProcessRunStepsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['ProcessVersion'], ParentType, ContextType>;
  viewerCanSteer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  waitingFor?: Resolver<Maybe<ResolversTypes['ProcessRunWait']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProcessRunConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessRunConnection'] = ResolversParentTypes['ProcessRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProcessRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProcessRunEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessRunEdge'] = ResolversParentTypes['ProcessRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProcessRun'], ParentType, ContextType>;
};

export type ProcessRunPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessRunPayload'] = ResolversParentTypes['ProcessRunPayload']> = {
  run?: Resolver<Maybe<ResolversTypes['ProcessRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProcessRunStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessRunStep'] = ResolversParentTypes['ProcessRunStep']> = {
  actor?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  block?: Resolver<Maybe<ResolversTypes['ProcessBlock']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProcessStepKind'], ParentType, ContextType>;
};

export type ProcessTestRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessTestRun'] = ResolversParentTypes['ProcessTestRun']> = {
  run?: Resolver<ResolversTypes['ProcessRun'], ParentType, ContextType>;
  visitorToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  widgetKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProcessVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessVersion'] = ResolversParentTypes['ProcessVersion'], FederationReferenceType extends FederationReferenceTypes['ProcessVersion'] = FederationReferenceTypes['ProcessVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProcessVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  blocks?: Resolver<Array<ResolversTypes['ProcessBlock']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  broadcast?: Resolver<Maybe<ResolversTypes['Broadcast']>, ParentType, ContextType, RequireFields<QueryBroadcastArgs, 'id'>>;
  broadcasts?: Resolver<ResolversTypes['BroadcastConnection'], ParentType, ContextType, RequireFields<QueryBroadcastsArgs, 'first'>>;
  channelKinds?: Resolver<Array<ResolversTypes['ChannelKindInfo']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clientJobs?: Resolver<ResolversTypes['ClientJobConnection'], ParentType, ContextType, RequireFields<QueryClientJobsArgs, 'first'>>;
  clients?: Resolver<ResolversTypes['ClientConnection'], ParentType, ContextType, RequireFields<QueryClientsArgs, 'first' | 'order'>>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'first' | 'order'>>;
  deliveryStatus?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  fileLibrary?: Resolver<ResolversTypes['FileConnection'], ParentType, ContextType, RequireFields<QueryFileLibraryArgs, 'first'>>;
  fileLibraryUsage?: Resolver<ResolversTypes['FileLibraryUsage'], ParentType, ContextType>;
  fillQuickReply?: Resolver<Maybe<ResolversTypes['FilledQuickReply']>, ParentType, ContextType, RequireFields<QueryFillQuickReplyArgs, 'conversationId' | 'quickReplyId'>>;
  fillText?: Resolver<Maybe<ResolversTypes['FilledQuickReply']>, ParentType, ContextType, RequireFields<QueryFillTextArgs, 'conversationId' | 'text'>>;
  funnels?: Resolver<Array<ResolversTypes['Funnel']>, ParentType, ContextType>;
  gateway?: Resolver<Maybe<ResolversTypes['Gateway']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType, RequireFields<QueryLabelsArgs, 'kind'>>;
  me?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  operators?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType, RequireFields<QueryOperatorsArgs, 'includeDeactivated'>>;
  pinnedConversations?: Resolver<Array<ResolversTypes['Conversation']>, ParentType, ContextType, Partial<QueryPinnedConversationsArgs>>;
  presenceReport?: Resolver<Array<ResolversTypes['PresenceTime']>, ParentType, ContextType, RequireFields<QueryPresenceReportArgs, 'from' | 'to'>>;
  processProblems?: Resolver<Array<ResolversTypes['ProcessProblem']>, ParentType, ContextType, RequireFields<QueryProcessProblemsArgs, 'processId'>>;
  processRuns?: Resolver<ResolversTypes['ProcessRunConnection'], ParentType, ContextType, RequireFields<QueryProcessRunsArgs, 'first'>>;
  processes?: Resolver<Array<ResolversTypes['Process']>, ParentType, ContextType>;
  quickReplies?: Resolver<Array<ResolversTypes['QuickReply']>, ParentType, ContextType, Partial<QueryQuickRepliesArgs>>;
  quickReplyFolders?: Resolver<Array<ResolversTypes['QuickReplyFolder']>, ParentType, ContextType>;
  renderQuickReply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryRenderQuickReplyArgs, 'conversationId' | 'quickReplyId'>>;
  savedFilters?: Resolver<Array<ResolversTypes['SavedFilter']>, ParentType, ContextType>;
  scheduledMessages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<QueryScheduledMessagesArgs, 'first'>>;
  streamPosition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  systemVariables?: Resolver<Array<ResolversTypes['SystemVariable']>, ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryTasksArgs, 'first'>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variableDefinitions?: Resolver<Array<ResolversTypes['VariableDefinition']>, ParentType, ContextType, RequireFields<QueryVariableDefinitionsArgs, 'scope'>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
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
  quickReplyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type RotateWebhookSecretPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
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
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavedFilterPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedFilterPayload'] = ResolversParentTypes['SavedFilterPayload']> = {
  savedFilter?: Resolver<Maybe<ResolversTypes['SavedFilter']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ScheduleMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduleMessagePayload'] = ResolversParentTypes['ScheduleMessagePayload']> = {
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ScheduledMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduledMessagePayload'] = ResolversParentTypes['ScheduledMessagePayload']> = {
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
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

export type StartProcessPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartProcessPayload'] = ResolversParentTypes['StartProcessPayload']> = {
  runs?: Resolver<Array<ResolversTypes['ProcessRun']>, ParentType, ContextType>;
  started?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  broadcastUpdated?: SubscriptionResolver<ResolversTypes['Broadcast'], "broadcastUpdated", ParentType, ContextType, RequireFields<SubscriptionBroadcastUpdatedArgs, 'id'>>;
  clientJobUpdated?: SubscriptionResolver<ResolversTypes['ClientJob'], "clientJobUpdated", ParentType, ContextType, RequireFields<SubscriptionClientJobUpdatedArgs, 'jobId'>>;
  clientUpdated?: SubscriptionResolver<ResolversTypes['ClientUpdate'], "clientUpdated", ParentType, ContextType, RequireFields<SubscriptionClientUpdatedArgs, 'clientId'>>;
  clientsChanged?: SubscriptionResolver<ResolversTypes['ClientsChanged'], "clientsChanged", ParentType, ContextType>;
  conversationActivity?: SubscriptionResolver<ResolversTypes['ConversationActivity'], "conversationActivity", ParentType, ContextType, RequireFields<SubscriptionConversationActivityArgs, 'conversationId'>>;
  conversationMessages?: SubscriptionResolver<ResolversTypes['Message'], "conversationMessages", ParentType, ContextType, RequireFields<SubscriptionConversationMessagesArgs, 'conversationId'>>;
  conversationTimeline?: SubscriptionResolver<ResolversTypes['TimelineItem'], "conversationTimeline", ParentType, ContextType, RequireFields<SubscriptionConversationTimelineArgs, 'conversationId'>>;
  inboxEvents?: SubscriptionResolver<ResolversTypes['InboxEvent'], "inboxEvents", ParentType, ContextType, Partial<SubscriptionInboxEventsArgs>>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType, Partial<SubscriptionNotificationAddedArgs>>;
  operatorPresence?: SubscriptionResolver<ResolversTypes['Operator'], "operatorPresence", ParentType, ContextType>;
  processCountersUpdated?: SubscriptionResolver<ResolversTypes['Process'], "processCountersUpdated", ParentType, ContextType, RequireFields<SubscriptionProcessCountersUpdatedArgs, 'processId'>>;
  processRunUpdated?: SubscriptionResolver<ResolversTypes['ProcessRun'], "processRunUpdated", ParentType, ContextType, RequireFields<SubscriptionProcessRunUpdatedArgs, 'clientId'>>;
  taskEvents?: SubscriptionResolver<ResolversTypes['TaskEvent'], "taskEvents", ParentType, ContextType, Partial<SubscriptionTaskEventsArgs>>;
  widgetMessages?: SubscriptionResolver<ResolversTypes['WidgetMessage'], "widgetMessages", ParentType, ContextType, Partial<SubscriptionWidgetMessagesArgs>>;
};

export type SystemVariableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SystemVariable'] = ResolversParentTypes['SystemVariable']> = {
  inQuickReplies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onClientCard?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
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
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  viewerCanOpenInbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TeamPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamPayload'] = ResolversParentTypes['TeamPayload']> = {
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TestChannelPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TestChannelPayload'] = ResolversParentTypes['TestChannelPayload']> = {
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TestProcessDraftPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TestProcessDraftPayload'] = ResolversParentTypes['TestProcessDraftPayload']> = {
  problems?: Resolver<Array<ResolversTypes['ProcessProblem']>, ParentType, ContextType>;
  process?: Resolver<Maybe<ResolversTypes['Process']>, ParentType, ContextType>;
  test?: Resolver<Maybe<ResolversTypes['ProcessTestRun']>, ParentType, ContextType>;
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
  reason?: Resolver<ResolversTypes['UserErrorReason'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['UserErrorValue']>, ParentType, ContextType>;
};

export type UserErrorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserErrorValue'] = ResolversParentTypes['UserErrorValue']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['VariableType'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  can?: Resolver<ResolversTypes['Permissions'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  replayOf?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  responseTimeMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryPayload'] = ResolversParentTypes['WebhookDeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookEndpointDeliveriesArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpointPayload'] = ResolversParentTypes['WebhookEndpointPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type WidgetFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetFile'] = ResolversParentTypes['WidgetFile']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FileKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WidgetIntroducePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetIntroducePayload'] = ResolversParentTypes['WidgetIntroducePayload']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WidgetMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetMessage'] = ResolversParentTypes['WidgetMessage']> = {
  attachments?: Resolver<Array<ResolversTypes['WidgetFile']>, ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buttons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['WidgetMessage']>, ParentType, ContextType>;
  preChatFields?: Resolver<Array<ResolversTypes['PreChatField']>, ParentType, ContextType>;
  visitorToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WidgetStartPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WidgetStartPayload'] = ResolversParentTypes['WidgetStartPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['WidgetSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ApiToken?: ApiTokenResolvers<ContextType>;
  Broadcast?: BroadcastResolvers<ContextType>;
  BroadcastConnection?: BroadcastConnectionResolvers<ContextType>;
  BroadcastEdge?: BroadcastEdgeResolvers<ContextType>;
  BroadcastPayload?: BroadcastPayloadResolvers<ContextType>;
  BroadcastRecipient?: BroadcastRecipientResolvers<ContextType>;
  BroadcastRecipientConnection?: BroadcastRecipientConnectionResolvers<ContextType>;
  BroadcastRecipientEdge?: BroadcastRecipientEdgeResolvers<ContextType>;
  BulkClientActionPayload?: BulkClientActionPayloadResolvers<ContextType>;
  ChangeMyPasswordPayload?: ChangeMyPasswordPayloadResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  ChannelCapabilities?: ChannelCapabilitiesResolvers<ContextType>;
  ChannelConnectField?: ChannelConnectFieldResolvers<ContextType>;
  ChannelHealth?: ChannelHealthResolvers<ContextType>;
  ChannelKindInfo?: ChannelKindInfoResolvers<ContextType>;
  ChannelPayload?: ChannelPayloadResolvers<ContextType>;
  ChannelSetting?: ChannelSettingResolvers<ContextType>;
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
  CreateWebhookEndpointPayload?: CreateWebhookEndpointPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  DealPayload?: DealPayloadResolvers<ContextType>;
  DeleteLabelPayload?: DeleteLabelPayloadResolvers<ContextType>;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  DeleteVariableDefinitionPayload?: DeleteVariableDefinitionPayloadResolvers<ContextType>;
  DeleteWebhookEndpointPayload?: DeleteWebhookEndpointPayloadResolvers<ContextType>;
  DeliveryStatus?: DeliveryStatusResolvers<ContextType>;
  File?: FileResolvers<ContextType>;
  FileConnection?: FileConnectionResolvers<ContextType>;
  FileEdge?: FileEdgeResolvers<ContextType>;
  FileLibraryUsage?: FileLibraryUsageResolvers<ContextType>;
  FilledQuickReply?: FilledQuickReplyResolvers<ContextType>;
  Funnel?: FunnelResolvers<ContextType>;
  FunnelPayload?: FunnelPayloadResolvers<ContextType>;
  FunnelStage?: FunnelStageResolvers<ContextType>;
  Gateway?: GatewayResolvers<ContextType>;
  InboxEvent?: InboxEventResolvers<ContextType>;
  JSON?: GraphQLScalarType;
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
  MessageTemplate?: MessageTemplateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OperatorPayload?: OperatorPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Permissions?: PermissionsResolvers<ContextType>;
  PresenceTime?: PresenceTimeResolvers<ContextType>;
  Process?: ProcessResolvers<ContextType>;
  ProcessBlock?: ProcessBlockResolvers<ContextType>;
  ProcessPayload?: ProcessPayloadResolvers<ContextType>;
  ProcessPendingSend?: ProcessPendingSendResolvers<ContextType>;
  ProcessProblem?: ProcessProblemResolvers<ContextType>;
  ProcessRun?: ProcessRunResolvers<ContextType>;
  ProcessRunConnection?: ProcessRunConnectionResolvers<ContextType>;
  ProcessRunEdge?: ProcessRunEdgeResolvers<ContextType>;
  ProcessRunPayload?: ProcessRunPayloadResolvers<ContextType>;
  ProcessRunStep?: ProcessRunStepResolvers<ContextType>;
  ProcessTestRun?: ProcessTestRunResolvers<ContextType>;
  ProcessVersion?: ProcessVersionResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  PurgeClientPayload?: PurgeClientPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuickReply?: QuickReplyResolvers<ContextType>;
  QuickReplyFolder?: QuickReplyFolderResolvers<ContextType>;
  QuickReplyFolderPayload?: QuickReplyFolderPayloadResolvers<ContextType>;
  QuickReplyPayload?: QuickReplyPayloadResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  SalesTotal?: SalesTotalResolvers<ContextType>;
  SaveDraftPayload?: SaveDraftPayloadResolvers<ContextType>;
  SavedCondition?: SavedConditionResolvers<ContextType>;
  SavedConversationFilter?: SavedConversationFilterResolvers<ContextType>;
  SavedFilter?: SavedFilterResolvers<ContextType>;
  SavedFilterPayload?: SavedFilterPayloadResolvers<ContextType>;
  ScheduleMessagePayload?: ScheduleMessagePayloadResolvers<ContextType>;
  ScheduledMessagePayload?: ScheduledMessagePayloadResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SendMessagePayload?: SendMessagePayloadResolvers<ContextType>;
  SetTypingPayload?: SetTypingPayloadResolvers<ContextType>;
  StartProcessPayload?: StartProcessPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SystemVariable?: SystemVariableResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskEvent?: TaskEventResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamPayload?: TeamPayloadResolvers<ContextType>;
  TestChannelPayload?: TestChannelPayloadResolvers<ContextType>;
  TestProcessDraftPayload?: TestProcessDraftPayloadResolvers<ContextType>;
  TextSegment?: TextSegmentResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  UpdateProjectSettingsPayload?: UpdateProjectSettingsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserErrorValue?: UserErrorValueResolvers<ContextType>;
  VariableDefinition?: VariableDefinitionResolvers<ContextType>;
  VariableDefinitionPayload?: VariableDefinitionPayloadResolvers<ContextType>;
  VariableValue?: VariableValueResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryPayload?: WebhookDeliveryPayloadResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointPayload?: WebhookEndpointPayloadResolvers<ContextType>;
  WidgetFile?: WidgetFileResolvers<ContextType>;
  WidgetIntroducePayload?: WidgetIntroducePayloadResolvers<ContextType>;
  WidgetMessage?: WidgetMessageResolvers<ContextType>;
  WidgetSendPayload?: WidgetSendPayloadResolvers<ContextType>;
  WidgetSession?: WidgetSessionResolvers<ContextType>;
  WidgetStartPayload?: WidgetStartPayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
