import { AuthToken } from '../auth/auth-token.entity.ts';
import { Channel } from '../channels/channel.entity.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { Comment } from '../conversations/comment.entity.ts';
import { SavedFilter } from '../conversations/saved-filter.entity.ts';
import { ConversationEvent } from '../conversations/conversation-event.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Message } from '../messages/message.entity.ts';
import { InboundEvent } from '../channels/inbound/inbound-event.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Notification } from '../operators/notification.entity.ts';
import { PresenceLease } from '../operators/presence-lease.entity.ts';
import { PresencePeriod } from '../operators/presence-period.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { ClientActivity } from '../clients/client-activity.entity.ts';
import { ClientJob } from '../audience/client-job.entity.ts';
import { Broadcast, BroadcastRecipient } from '../broadcasts/broadcast.entity.ts';
import { Process, ProcessRun, ProcessRunStep, ProcessTest, ProcessVersion } from '../processes/process.entity.ts';
import { Deal } from '../deals/deal.entity.ts';
import { Funnel, FunnelStage } from '../deals/funnel.entity.ts';
import { StoredFile } from '../files/file.entity.ts';
import { ClientLabel, Label } from '../labels/label.entity.ts';
import { Task } from '../tasks/task.entity.ts';
import { Team, TeamMember } from '../teams/team.entity.ts';
import { VariableDefinition } from '../variables/variable-definition.entity.ts';
import { WebhookDelivery, WebhookEndpoint } from '../webhooks/webhook.entity.ts';
import { Draft, QuickReply, QuickReplyFolder } from '../quick-replies/quick-reply.entity.ts';

export const entities = [Project, Operator, AuthToken, Channel, Client, ClientChannel, Conversation, ConversationEvent, Message, PresencePeriod, PresenceLease, Comment, Notification, QuickReplyFolder, QuickReply, Draft, SavedFilter,
  Team, TeamMember, Label, ClientLabel, VariableDefinition, Funnel, FunnelStage, Deal, Task, ClientActivity, StoredFile, ClientJob,
  Broadcast, BroadcastRecipient, Process, ProcessVersion, ProcessRun, ProcessRunStep, ProcessTest, InboundEvent,
  WebhookEndpoint, WebhookDelivery,
];
