import { AuthToken } from '../auth/auth-token.entity.ts';
import { Channel } from '../channels/channel.entity.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { Comment } from '../conversations/comment.entity.ts';
import { SavedFilter } from '../conversations/saved-filter.entity.ts';
import { ConversationEvent } from '../conversations/conversation-event.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Message } from '../messages/message.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Notification } from '../operators/notification.entity.ts';
import { PresencePeriod } from '../operators/presence-period.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Draft, QuickReply, QuickReplyFolder } from '../quick-replies/quick-reply.entity.ts';

export const entities = [Project, Operator, AuthToken, Channel, Client, ClientChannel, Conversation, ConversationEvent, Message, PresencePeriod, Comment, Notification, QuickReplyFolder, QuickReply, Draft, SavedFilter];
