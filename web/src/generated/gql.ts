/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AudienceClient on Client {\n    id\n    name\n    avatarUrl\n    phone\n    email\n    createdAt\n    lastActivityAt\n    archived\n    blocked\n    deletedAt\n    owner {\n      id\n      name\n      avatarUrl\n    }\n    tags {\n      id\n      name\n      color\n    }\n    lists {\n      id\n      name\n      color\n    }\n  }\n": typeof types.AudienceClientFragmentDoc,
    "\n  query AudienceClients($first: Int, $after: String, $filter: ClientFilter, $order: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        node {\n          ...AudienceClient\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AudienceClientsDocument,
    "\n  query AudienceCounts($active: ClientFilter, $archived: ClientFilter, $blocked: ClientFilter, $deleted: ClientFilter, $all: ClientFilter) {\n    active: clients(first: 1, filter: $active) {\n      totalCount\n    }\n    archived: clients(first: 1, filter: $archived) {\n      totalCount\n    }\n    blocked: clients(first: 1, filter: $blocked) {\n      totalCount\n    }\n    deleted: clients(first: 1, filter: $deleted) {\n      totalCount\n    }\n    all: clients(first: 1, filter: $all) {\n      totalCount\n    }\n  }\n": typeof types.AudienceCountsDocument,
    "\n  query AudienceRows($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Client {\n        ...AudienceClient\n      }\n    }\n  }\n": typeof types.AudienceRowsDocument,
    "\n  query BroadcastRecipients($id: ID!, $status: BroadcastRecipientStatus, $after: String) {\n    broadcast(id: $id) {\n      id\n      recipients(first: 50, status: $status, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            status\n            skipReason\n            failureReason\n            processedAt\n            client {\n              id\n              name\n            }\n            channel {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BroadcastRecipientsDocument,
    "\n  subscription BroadcastUpdated($id: ID!) {\n    broadcastUpdated(id: $id) {\n      ...Broadcast\n    }\n  }\n": typeof types.BroadcastUpdatedDocument,
    "\n  fragment Broadcast on Broadcast {\n    id\n    text\n    status\n    channelRule\n    channel {\n      id\n      name\n    }\n    sendAt\n    ratePerSecond\n    total\n    sent\n    failed\n    skipped\n    pending\n    resultsCsvUrl\n    viewerCanControl\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    startedAt\n    finishedAt\n  }\n": typeof types.BroadcastFragmentDoc,
    "\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...Broadcast\n    }\n  }\n": typeof types.BroadcastDocument,
    "\n  query Broadcasts {\n    broadcasts(first: 20) {\n      edges {\n        node {\n          ...Broadcast\n        }\n      }\n    }\n  }\n": typeof types.BroadcastsDocument,
    "\n  mutation CancelBroadcast($input: BroadcastControlInput!) {\n    cancelBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CancelBroadcastDocument,
    "\n  mutation PauseBroadcast($input: BroadcastControlInput!) {\n    pauseBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PauseBroadcastDocument,
    "\n  mutation ResumeBroadcast($input: BroadcastControlInput!) {\n    resumeBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResumeBroadcastDocument,
    "\n  mutation StartBroadcast($input: StartBroadcastInput!) {\n    startBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartBroadcastDocument,
    "\n  query PublishedProcesses {\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n": typeof types.PublishedProcessesDocument,
    "\n  mutation BulkAddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BulkAddClientLabelsDocument,
    "\n  mutation BulkClientAction($input: BulkClientActionInput!) {\n    bulkClientAction(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BulkClientActionDocument,
    "\n  mutation AudienceCreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      label {\n        id\n        kind\n        name\n        color\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AudienceCreateLabelDocument,
    "\n  mutation BulkRemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BulkRemoveClientLabelsDocument,
    "\n  query ClientDetails($id: ID!) {\n    client(id: $id) {\n      ...AudienceClient\n      sourceChannel {\n        id\n        name\n        kind\n      }\n      conversations(first: 20) {\n        edges {\n          node {\n            id\n            status\n            channel {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientDetailsDocument,
    "\n  subscription ClientsChanged {\n    clientsChanged {\n      clientIds\n    }\n  }\n": typeof types.ClientsChangedDocument,
    "\n  subscription ClientJobUpdated($jobId: ID!) {\n    clientJobUpdated(jobId: $jobId) {\n      ...ClientJob\n    }\n  }\n": typeof types.ClientJobUpdatedDocument,
    "\n  fragment ClientJob on ClientJob {\n    id\n    kind\n    status\n    total\n    processed\n    created\n    updated\n    errors {\n      row\n      message\n    }\n    failureReason\n    file {\n      id\n      name\n      url\n      downloadUrl\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    finishedAt\n  }\n": typeof types.ClientJobFragmentDoc,
    "\n  query ClientJobNode($id: ID!) {\n    node(id: $id) {\n      ... on ClientJob {\n        ...ClientJob\n      }\n    }\n  }\n": typeof types.ClientJobNodeDocument,
    "\n  query ClientJobs {\n    clientJobs(first: 5) {\n      edges {\n        node {\n          ...ClientJob\n        }\n      }\n    }\n  }\n": typeof types.ClientJobsDocument,
    "\n  mutation ExportClients($input: ExportClientsInput!) {\n    exportClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ExportClientsDocument,
    "\n  mutation ImportClients($input: ImportClientsInput!) {\n    importClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ImportClientsDocument,
    "\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationActivity(conversationId: $conversationId) {\n      viewing\n      typing\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConversationActivityDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      typing\n    }\n  }\n": typeof types.SetTypingDocument,
    "\n  fragment ConversationListItem on Conversation {\n    id\n    status\n    unreadCount\n    scheduledCount\n    pinned\n    archived\n    closedAt\n    lastActivityAt\n    createdAt\n    revision\n    # Why a reply would be refused now (a blocked client…): the composer says so before anything is typed.\n    replyRefusal\n    channel {\n      id\n      kind\n      name\n    }\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    team {\n      id\n      name\n    }\n    lastMessage {\n      id\n      text\n      senderKind\n      direction\n      status\n      createdAt\n      deletedAt\n      author {\n        id\n        name\n      }\n    }\n    client {\n      id\n      name\n      avatarUrl\n      phone\n      email\n      createdAt\n      lastActivityAt\n      # The Important section: clients with an open task.\n      openTaskCount\n      ...ClientControls\n      channels {\n        id\n        platformId\n        # Set while the client blocked the bot there: the chat window's header says so.\n        unreachableAt\n        channel {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ConversationListItemFragmentDoc,
    "\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter, $order: ConversationOrder) {\n    conversations(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        cursor\n        node {\n          ...ConversationListItem\n          # Set only with filter.search, when a message matched (not the client).\n          searchHit {\n            ...SearchHit\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  subscription InboxEvents($after: String) {\n    inboxEvents(after: $after) {\n      kind\n      conversation {\n        ...ConversationListItem\n      }\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n": typeof types.InboxEventsDocument,
    "\n  query PinnedConversations($filter: ConversationFilter) {\n    pinnedConversations(filter: $filter) {\n      ...ConversationListItem\n    }\n  }\n": typeof types.PinnedConversationsDocument,
    "\n  fragment SearchHit on SearchHit {\n    message {\n      id\n      createdAt\n    }\n    highlight {\n      text\n      match\n    }\n  }\n": typeof types.SearchHitFragmentDoc,
    "\n  mutation DeleteLibraryFile($input: FileInput!) {\n    deleteLibraryFile(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteLibraryFileDocument,
    "\n  fragment FileItem on File {\n    id\n    kind\n    name\n    contentType\n    size\n    url\n    downloadUrl\n    createdAt\n  }\n": typeof types.FileItemFragmentDoc,
    "\n  query FileLibrary {\n    fileLibrary(first: 100) {\n      edges {\n        node {\n          ...FileItem\n        }\n      }\n    }\n    fileLibraryUsage {\n      count\n      limit\n    }\n  }\n": typeof types.FileLibraryDocument,
    "\n  query ChannelCapabilities($id: ID!) {\n    node(id: $id) { id ... on Channel { capabilities { subject templates } } }\n  }\n": typeof types.ChannelCapabilitiesDocument,
    "\n  query ChannelTemplates($id: ID!) {\n    node(id: $id) { id ... on Channel { templates { name language text parameters } } }\n  }\n": typeof types.ChannelTemplatesDocument,
    "\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    direction\n    senderKind\n    text\n    buttons\n    status\n    failureReason\n    failureCode\n    createdAt\n    scheduledAt\n    viewerCanChangeSchedule\n    sentAt\n    deliveredAt\n    readAt\n    pinned\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      avatarUrl\n    }\n    attachments {\n      ...FileItem\n    }\n  }\n": typeof types.ChatMessageFragmentDoc,
    "\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    activityType: type\n    summary\n    data\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.ClientActivityEntryFragmentDoc,
    "\n  query ConversationDraft($id: ID!) {\n    conversation(id: $id) {\n      id\n      draft\n    }\n  }\n": typeof types.ConversationDraftDocument,
    "\n  subscription ConversationTimeline($conversationId: ID!, $after: String) {\n    conversationTimeline(conversationId: $conversationId, after: $after) {\n      ...TimelineItem\n    }\n  }\n": typeof types.ConversationTimelineDocument,
    "\n  query Conversation($id: ID!, $first: Int!) {\n    conversation(id: $id) {\n      ...ConversationListItem\n      pinnedComments {\n        ...Comment\n      }\n      pinnedMessages {\n        ...ChatMessage\n      }\n      timeline(first: $first) {\n        ...TimelinePage\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query OlderTimeline($id: ID!, $first: Int!, $after: String!) {\n    conversation(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        ...TimelinePage\n      }\n    }\n  }\n": typeof types.OlderTimelineDocument,
    "\n  mutation OpenClientChannel($input: OpenClientChannelInput!) {\n    openClientChannel(input: $input) { conversation { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.OpenClientChannelDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      draft\n    }\n  }\n": typeof types.SaveDraftDocument,
    "\n  query SearchMessages($id: ID!, $text: String!) {\n    conversation(id: $id) {\n      id\n      searchMessages(text: $text) {\n        ...SearchHit\n      }\n    }\n  }\n": typeof types.SearchMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  fragment TimelineEvent on ConversationEvent {\n    id\n    type\n    comment\n    createdAt\n    scheduledAt\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.TimelineEventFragmentDoc,
    "\n  fragment TimelineItem on TimelineItem {\n    __typename\n    ... on Message {\n      ...ChatMessage\n    }\n    ... on ConversationEvent {\n      ...TimelineEvent\n    }\n    ... on Comment {\n      ...Comment\n    }\n    ... on ClientActivity {\n      ...ClientActivityEntry\n    }\n  }\n": typeof types.TimelineItemFragmentDoc,
    "\n  fragment TimelinePage on TimelineConnection {\n    edges {\n      node {\n        ...TimelineItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.TimelinePageFragmentDoc,
    "\n  mutation BlockClient($input: ClientInput!) {\n    blockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BlockClientDocument,
    "\n  fragment ClientControls on Client {\n    id\n    botActive\n    botPausedUntil\n    blocked\n  }\n": typeof types.ClientControlsFragmentDoc,
    "\n  mutation AddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.AddClientLabelsDocument,
    "\n  mutation AddClientNote($input: AddClientNoteInput!) {\n    addClientNote(input: $input) { comment { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.AddClientNoteDocument,
    "\n  mutation ArchiveClient($input: ClientInput!) {\n    archiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.ArchiveClientDocument,
    "\n  query ClientCrm($id: ID!) {\n    me {\n      operator {\n        id\n      }\n      can {\n        deleteClients\n        purgeClients\n      }\n    }\n    client(id: $id) {\n      id\n      name\n      phone\n      email\n      country\n      archived\n      blocked\n      deletedAt\n      ownedByMe\n      viewerCanTake\n      viewerCanSetOwner\n      owner {\n        id\n        name\n      }\n      tracking {\n        source\n        campaign\n        ad\n        adSet\n        tag\n      }\n      sourceChannel {\n        kind\n        name\n      }\n      sales {\n        currency\n        count\n        amount\n      }\n      tags {\n        id\n        name\n        color\n      }\n      lists {\n        id\n        name\n        color\n      }\n      variables {\n        key\n        name\n        type\n        value\n        at\n        system\n      }\n      deals(first: 50) {\n        edges {\n          node {\n              id\n              title\n              budget\n              currency\n              status\n              closedAt\n              stage {\n                id\n                name\n              }\n              funnel {\n                id\n                name\n              }\n              responsible {\n                id\n                name\n              }\n          }\n        }\n      }\n      stages {\n        funnel {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n      duplicates {\n        id\n        name\n        phone\n        email\n      }\n      notes(first: 20) {\n        edges {\n          node {\n            id\n            text\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 20) {\n        edges {\n          node {\n            id\n            type\n            summary\n            data\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n      clientCount\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n      clientCount\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        responsible {\n          id\n          name\n        }\n      }\n    }\n    operators {\n      id\n      name\n    }\n  }\n": typeof types.ClientCrmDocument,
    "\n  subscription ClientUpdated($clientId: ID!, $after: String) {\n    clientUpdated(clientId: $clientId, after: $after) {\n      client {\n        id\n      }\n    }\n  }\n": typeof types.ClientUpdatedDocument,
    "\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.CloseDealDocument,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.CreateDealDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.CreateLabelDocument,
    "\n  mutation DeleteClient($input: ClientInput!) {\n    deleteClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.DeleteClientDocument,
    "\n  mutation DeleteLabel($input: LabelInput!) {\n    deleteLabel(input: $input) { deletedLabelId userErrors { ...UserErrorFields } }\n  }\n": typeof types.DeleteLabelDocument,
    "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.MergeClientsDocument,
    "\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.MoveDealDocument,
    "\n  mutation PurgeClient($input: ClientInput!) {\n    purgeClient(input: $input) { purgedClientId userErrors { ...UserErrorFields } }\n  }\n": typeof types.PurgeClientDocument,
    "\n  mutation RemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.RemoveClientLabelsDocument,
    "\n  mutation ReopenDeal($input: DealInput!) {\n    reopenDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.ReopenDealDocument,
    "\n  mutation RestoreClient($input: ClientInput!) {\n    restoreClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.RestoreClientDocument,
    "\n  mutation SetClientOwner($input: SetClientOwnerInput!) {\n    setClientOwner(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.SetClientOwnerDocument,
    "\n  mutation SetClientVariables($input: SetClientVariablesInput!) {\n    setClientVariables(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.SetClientVariablesDocument,
    "\n  mutation TakeClient($input: ClientInput!) {\n    takeClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.TakeClientDocument,
    "\n  mutation UnarchiveClient($input: ClientInput!) {\n    unarchiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.UnarchiveClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n": typeof types.UpdateLabelDocument,
    "\n  query ClientFiles($clientId: ID!, $first: Int!, $after: String, $kind: FileKind) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        files(first: $first, after: $after, kind: $kind) {\n          edges {\n            node {\n              ...FileItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientFilesDocument,
    "\n  mutation PauseBot($input: PauseBotInput!) {\n    pauseBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PauseBotDocument,
    "\n  mutation ResumeBot($input: ClientInput!) {\n    resumeBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResumeBotDocument,
    "\n  subscription ClientTaskEvents($clientId: ID!, $after: String) {\n    taskEvents(clientId: $clientId, after: $after) {\n      kind\n      taskId\n    }\n  }\n": typeof types.ClientTaskEventsDocument,
    "\n  query ClientTasks($clientId: ID!, $includeCompleted: Boolean!) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        openTaskCount\n        tasks(includeCompleted: $includeCompleted) {\n          ...TaskItem\n        }\n      }\n    }\n  }\n": typeof types.ClientTasksDocument,
    "\n  mutation CompleteTask($input: TaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation DeleteTask($input: TaskInput!) {\n    deleteTask(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteTaskDocument,
    "\n  mutation ReopenTask($input: TaskInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReopenTaskDocument,
    "\n  fragment TaskItem on Task {\n    id\n    title\n    description\n    priority\n    dueAt\n    completed\n    completedAt\n    overdue\n    viewerCanEdit\n    viewerCanDelete\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n": typeof types.TaskItemFragmentDoc,
    "\n  mutation UnblockClient($input: ClientInput!) {\n    unblockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnblockClientDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  fragment Comment on Comment {\n    id\n    # Aliased: Message.text is non-null, and both sit in the TimelineItem union.\n    body: text\n    pinned\n    viewerCanEdit\n    viewerCanDelete\n    editedAt\n    deletedAt\n    createdAt\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n  }\n": typeof types.CommentFragmentDoc,
    "\n  mutation DeleteComment($input: CommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation PinComment($input: PinCommentInput!) {\n    pinComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PinCommentDocument,
    "\n  mutation ArchiveConversation($input: ArchiveConversationInput!) {\n    archiveConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.ArchiveConversationDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.AssignConversationDocument,
    "\n  mutation CloseConversation($input: ConversationInput!) {\n    closeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.CloseConversationDocument,
    "\n  fragment ConversationActionPayload on ConversationPayload {\n    conversation {\n      ...ConversationListItem\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n": typeof types.ConversationActionPayloadFragmentDoc,
    "\n  query ConversationPermissions($id: ID!) {\n    conversation(id: $id) {\n      id\n      viewerCanTake\n      viewerCanAssign\n    }\n  }\n": typeof types.ConversationPermissionsDocument,
    "\n  mutation MarkConversationRead($input: ConversationInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation MarkConversationUnread($input: ConversationInput!) {\n    markConversationUnread(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.MarkConversationUnreadDocument,
    "\n  query Operators {\n    operators {\n      id\n      name\n      avatarUrl\n      role\n    }\n  }\n": typeof types.OperatorsDocument,
    "\n  mutation PinConversation($input: PinConversationInput!) {\n    pinConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.PinConversationDocument,
    "\n  mutation ReopenConversation($input: ConversationInput!) {\n    reopenConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.ReopenConversationDocument,
    "\n  mutation TakeConversation($input: ConversationInput!) {\n    takeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.TakeConversationDocument,
    "\n  mutation TransferConversation($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": typeof types.TransferConversationDocument,
    "\n  mutation DeleteFilter($input: SavedFilterInput!) {\n    deleteFilter(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteFilterDocument,
    "\n  mutation DuplicateFilter($input: DuplicateFilterInput!) {\n    duplicateFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DuplicateFilterDocument,
    "\n  query FilterOptions {\n    operators {\n      id\n      name\n    }\n    me {\n      project {\n        channels {\n          id\n          name\n          kind\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n      }\n    }\n    variableDefinitions(scope: CLIENT) {\n      id\n      key\n      name\n      type\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  mutation SaveFilter($input: SaveFilterInput!) {\n    saveFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SaveFilterDocument,
    "\n  fragment SavedFilter on SavedFilter {\n    id\n    name\n    shared\n    viewerCanEdit\n    owner {\n      id\n      name\n    }\n    filter {\n      section\n      search\n      match\n      conditions {\n        field\n        anyOf\n        allOf\n        is\n        from\n        to\n        variable\n        equals\n        contains\n        min\n        max\n      }\n    }\n  }\n": typeof types.SavedFilterFragmentDoc,
    "\n  query SavedFilters {\n    savedFilters {\n      ...SavedFilter\n    }\n  }\n": typeof types.SavedFiltersDocument,
    "\n  query DeliveryStatus {\n    deliveryStatus {\n      workers\n      queued\n      oldestQueuedAt\n      delayed\n    }\n  }\n": typeof types.DeliveryStatusDocument,
    "\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      project {\n        id\n        name\n        timeZone\n      }\n      operator {\n        id\n        name\n        email\n        role\n        avatarUrl\n        presence\n        readOnOpen\n        locale\n      }\n    }\n    gateway {\n      url\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      operator {\n        id\n        readOnOpen\n        locale\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateMySettingsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation DeleteMessage($input: MessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation ForwardMessage($input: ForwardMessageInput!) {\n    forwardMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ForwardMessageDocument,
    "\n  query MessagePermissions($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        __typename\n        id\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n": typeof types.MessagePermissionsDocument,
    "\n  mutation PinMessage($input: PinMessageInput!) {\n    pinMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PinMessageDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded($after: String) {\n    notificationAdded(after: $after) {\n      ...Notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment Notification on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    comment {\n      id\n      text\n    }\n    conversation {\n      id\n      client {\n        id\n        name\n      }\n    }\n    webhookEndpoint {\n      id\n      url\n    }\n    task {\n      id\n      title\n      dueAt\n      client {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NotificationFragmentDoc,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...Notification\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription OperatorPresence {\n    operatorPresence {\n      ...TeamMember\n    }\n  }\n": typeof types.OperatorPresenceDocument,
    "\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input) {\n      operator {\n        id\n        presence\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetPresenceDocument,
    "\n  fragment TeamMember on Operator {\n    id\n    name\n    avatarUrl\n    role\n    presence\n  }\n": typeof types.TeamMemberFragmentDoc,
    "\n  query TeamPresence {\n    operators {\n      ...TeamMember\n    }\n  }\n": typeof types.TeamPresenceDocument,
    "\n  query ClientProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        processRuns {\n          ...ProcessRunItem\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ClientProcessesDocument,
    "\n  query ConversationProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        client {\n          id\n          processRuns {\n            id\n            status\n            process {\n              id\n            }\n          }\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n": typeof types.ConversationProcessesDocument,
    "\n  subscription ProcessRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessRunItem\n    }\n  }\n": typeof types.ProcessRunUpdatedDocument,
    "\n  fragment ProcessRunItem on ProcessRun {\n    id\n    status\n    blockEnteredAt\n    waitingFor\n    waitUntil\n    error\n    viewerCanSteer\n    process {\n      id\n      name\n    }\n    block {\n      blockId\n      number\n      name\n      type\n    }\n    version {\n      id\n      version\n    }\n  }\n": typeof types.ProcessRunItemFragmentDoc,
    "\n  mutation StartProcess($input: StartProcessInput!) {\n    startProcess(input: $input) {\n      started\n      runs {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartProcessDocument,
    "\n  mutation SteerProcessRun($input: SteerProcessRunInput!) {\n    steerProcessRun(input: $input) {\n      run {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SteerProcessRunDocument,
    "\n  query VersionBlocks($id: ID!) {\n    node(id: $id) {\n      ... on ProcessVersion {\n        id\n        blocks {\n          blockId\n          number\n          name\n          type\n          color\n          description\n          text\n        }\n      }\n    }\n  }\n": typeof types.VersionBlocksDocument,
    "\n  mutation CreateQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateQuickReplyDocument,
    "\n  query FillQuickReply($quickReplyId: ID!, $conversationId: ID!) {\n    fillQuickReply(quickReplyId: $quickReplyId, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n": typeof types.FillQuickReplyDocument,
    "\n  query QuickReplies($search: String) {\n    quickReplyFolders {\n      id\n      name\n    }\n    quickReplies(search: $search) {\n      id\n      title\n      text\n      folder {\n        id\n      }\n    }\n  }\n": typeof types.QuickRepliesDocument,
    "\n  query QuickReplyForm {\n    quickReplyFolders { id name }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n": typeof types.QuickReplyFormDocument,
    "\n  query ClientScheduled($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        scheduledMessages {\n          ...ChatMessage\n        }\n        pendingProcessSends {\n          ...ProcessPendingSendItem\n        }\n      }\n    }\n  }\n": typeof types.ClientScheduledDocument,
    "\n  query FillText($text: String!, $conversationId: ID!) {\n    fillText(text: $text, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n": typeof types.FillTextDocument,
    "\n  fragment ProcessPendingSendItem on ProcessPendingSend {\n    sendAt\n    text\n    run {\n      id\n      viewerCanSteer\n      process {\n        id\n        name\n      }\n    }\n    delay {\n      blockId\n      number\n      name\n    }\n    next {\n      blockId\n      number\n      name\n      type\n    }\n  }\n": typeof types.ProcessPendingSendItemFragmentDoc,
    "\n  query ScheduledMessages($first: Int, $after: String, $filter: ScheduledMessagesFilter) {\n    scheduledMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...ChatMessage\n          conversation {\n            id\n            client {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ScheduledMessagesDocument,
    "\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ScheduleMessageDocument,
    "\n  mutation RescheduleMessage($input: RescheduleMessageInput!) {\n    rescheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RescheduleMessageDocument,
    "\n  mutation SendScheduledMessageNow($input: ScheduledMessageInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SendScheduledMessageNowDocument,
    "\n  mutation CancelScheduledMessage($input: ScheduledMessageInput!) {\n    cancelScheduledMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CancelScheduledMessageDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      viewerCanOpenInbox\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation CreateProcess($input: CreateProcessInput!) {\n    createProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": typeof types.CreateProcessDocument,
    "\n  mutation DeleteProcess($input: ProcessInput!) {\n    deleteProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": typeof types.DeleteProcessDocument,
    "\n  fragment ProcessCounters on Process {\n    id\n    activeRuns\n    published {\n      id\n      blocks {\n        blockId\n        activeCount\n        enteredToday\n      }\n    }\n  }\n": typeof types.ProcessCountersFragmentDoc,
    "\n  query ProcessCounters($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessCounters\n      }\n    }\n  }\n": typeof types.ProcessCountersDocument,
    "\n  subscription ProcessCountersUpdated($processId: ID!) {\n    processCountersUpdated(processId: $processId) {\n      ...ProcessCounters\n    }\n  }\n": typeof types.ProcessCountersUpdatedDocument,
    "\n  fragment ProcessFields on Process {\n    id\n    name\n    hasUnpublishedChanges\n    activeRuns\n    updatedAt\n    viewerCanEdit\n    published {\n      id\n      version\n    }\n  }\n": typeof types.ProcessFieldsFragmentDoc,
    "\n  fragment ProcessProblemFields on ProcessProblem {\n    code\n    blockId\n    detail\n  }\n": typeof types.ProcessProblemFieldsFragmentDoc,
    "\n  fragment ProcessPayloadFields on ProcessPayload {\n    process {\n      ...ProcessFields\n      draft\n    }\n    problems {\n      ...ProcessProblemFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n": typeof types.ProcessPayloadFieldsFragmentDoc,
    "\n  query ProcessProblems($processId: ID!) {\n    processProblems(processId: $processId) {\n      code\n      blockId\n      detail\n    }\n  }\n": typeof types.ProcessProblemsDocument,
    "\n  fragment ProcessTestRunFields on ProcessRun {\n    id\n    status\n    waitingFor\n    block {\n      blockId\n      number\n    }\n  }\n": typeof types.ProcessTestRunFieldsFragmentDoc,
    "\n  subscription ProcessTestRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessTestRunFields\n    }\n  }\n": typeof types.ProcessTestRunUpdatedDocument,
    "\n  query Process($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessFields\n        draft\n        versions {\n          id\n          version\n          definition\n          publishedAt\n          publishedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProcessDocument,
    "\n  query Processes {\n    processes {\n      ...ProcessFields\n    }\n  }\n": typeof types.ProcessesDocument,
    "\n  mutation PublishProcess($input: ProcessInput!) {\n    publishProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": typeof types.PublishProcessDocument,
    "\n  mutation RestoreProcessVersion($input: RestoreProcessVersionInput!) {\n    restoreProcessVersion(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": typeof types.RestoreProcessVersionDocument,
    "\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": typeof types.SaveProcessDraftDocument,
    "\n  mutation StopProcessTest($input: ProcessInput!) {\n    stopProcessTest(input: $input) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StopProcessTestDocument,
    "\n  mutation TestProcessDraft($input: TestProcessDraftInput!) {\n    testProcessDraft(input: $input) {\n      test {\n        widgetKey\n        visitorToken\n        run {\n          ...ProcessTestRunFields\n          client {\n            id\n            name\n          }\n        }\n      }\n      problems {\n        ...ProcessProblemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TestProcessDraftDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      changed\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query ApiTokens {\n    apiTokens { id name createdAt }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken { id }\n      token\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation PauseChannel($input: ChannelInput!) {\n    pauseChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n": typeof types.PauseChannelDocument,
    "\n  mutation ResumeChannel($input: ChannelInput!) {\n    resumeChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n": typeof types.ResumeChannelDocument,
    "\n  mutation DisconnectChannel($input: ChannelInput!) {\n    disconnectChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n": typeof types.DisconnectChannelDocument,
    "\n  mutation TestChannel($input: TestChannelInput!) {\n    testChannel(input: $input) { sent userErrors { ...UserErrorFields } }\n  }\n": typeof types.TestChannelDocument,
    "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateChannelDocument,
    "\n  mutation RenameChannel($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.RenameChannelDocument,
    "\n  mutation SetChannelLocale($input: SetChannelLocaleInput!) {\n    setChannelLocale(input: $input) {\n      channel { id locale }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.SetChannelLocaleDocument,
    "\n  mutation SetChannelPreChat($input: SetChannelPreChatInput!) {\n    setChannelPreChat(input: $input) {\n      channel { id preChatFields }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.SetChannelPreChatDocument,
    "\n  query SettingsChannels {\n    me {\n      project {\n        id\n        channels {\n          id kind name publicKey widgetUrl locale preChatFields status webhookUrl\n          settings { name value }\n          health { connectedAt lastInboundAt lastError lastErrorAt }\n        }\n      }\n    }\n    channelKinds { kind connectable fields { name secret optional } }\n  }\n": typeof types.SettingsChannelsDocument,
    "\n  mutation AddFunnelStage($input: AddFunnelStageInput!) {\n    addFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.AddFunnelStageDocument,
    "\n  mutation CreateFunnel($input: CreateFunnelInput!) {\n    createFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateFunnelDocument,
    "\n  mutation DeleteFunnelStage($input: DeleteFunnelStageInput!) {\n    deleteFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeleteFunnelStageDocument,
    "\n  mutation DeleteFunnel($input: DeleteFunnelInput!) {\n    deleteFunnel(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeleteFunnelDocument,
    "\n  mutation RenameFunnel($input: UpdateFunnelInput!) {\n    renameFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.RenameFunnelDocument,
    "\n  mutation ReorderFunnelStages($input: ReorderFunnelStagesInput!) {\n    reorderFunnelStages(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.ReorderFunnelStagesDocument,
    "\n  query SettingsFunnels {\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        position\n        dealCount\n        responsible { id }\n      }\n    }\n    operators { id name }\n  }\n": typeof types.SettingsFunnelsDocument,
    "\n  mutation UpdateFunnelStage($input: UpdateFunnelStageInput!) {\n    updateFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.UpdateFunnelStageDocument,
    "\n  query ProjectSettings {\n    me {\n      project { id name timeZone autoCloseAfterMinutes }\n    }\n  }\n": typeof types.ProjectSettingsDocument,
    "\n  mutation UpdateProjectSettings($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project { id name timeZone autoCloseAfterMinutes }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.UpdateProjectSettingsDocument,
    "\n  query MessageDeletion {\n    me {\n      project {\n        id\n        messageDeletionRoles\n      }\n    }\n  }\n": typeof types.MessageDeletionDocument,
    "\n  mutation SetMessageDeletionRoles($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project {\n        id\n        messageDeletionRoles\n      }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.SetMessageDeletionRolesDocument,
    "\n  mutation CreateOperator($input: CreateOperatorInput!) {\n    createOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateOperatorDocument,
    "\n  mutation DeactivateOperator($input: OperatorIdInput!) {\n    deactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeactivateOperatorDocument,
    "\n  mutation ReactivateOperator($input: OperatorIdInput!) {\n    reactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.ReactivateOperatorDocument,
    "\n  mutation SetOperatorCapacity($input: SetOperatorCapacityInput!) {\n    setOperatorCapacity(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetOperatorCapacityDocument,
    "\n  query SettingsOperators {\n    operators(includeDeactivated: true) { id name email role presence capacity deactivatedAt }\n    me {\n      operator { id }\n      can { manageOwners }\n    }\n  }\n": typeof types.SettingsOperatorsDocument,
    "\n  mutation UpdateOperator($input: UpdateOperatorInput!) {\n    updateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.UpdateOperatorDocument,
    "\n  mutation CreateQuickReplyFolder($input: CreateQuickReplyFolderInput!) {\n    createQuickReplyFolder(input: $input) {\n      folder { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateQuickReplyFolderDocument,
    "\n  mutation DeleteQuickReplyFolder($input: QuickReplyFolderInput!) {\n    deleteQuickReplyFolder(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeleteQuickReplyFolderDocument,
    "\n  mutation DeleteQuickReply($input: QuickReplyInput!) {\n    deleteQuickReply(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeleteQuickReplyDocument,
    "\n  mutation RenameQuickReplyFolder($input: RenameQuickReplyFolderInput!) {\n    renameQuickReplyFolder(input: $input) {\n      folder { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.RenameQuickReplyFolderDocument,
    "\n  mutation SaveQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.SaveQuickReplyDocument,
    "\n  query SettingsQuickReplies($search: String, $folderId: ID) {\n    quickReplyFolders { id name quickReplyCount }\n    quickReplies(search: $search, folderId: $folderId) {\n      id\n      title\n      text\n      folder { id name }\n    }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n": typeof types.SettingsQuickRepliesDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation DeleteTeam($input: TeamInput!) {\n    deleteTeam(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeleteTeamDocument,
    "\n  mutation RenameTeam($input: RenameTeamInput!) {\n    renameTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.RenameTeamDocument,
    "\n  mutation SetTeamMembers($input: SetTeamMembersInput!) {\n    setTeamMembers(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.SetTeamMembersDocument,
    "\n  query SettingsTeams {\n    teams {\n      id\n      name\n      members { id }\n    }\n    operators { id name }\n  }\n": typeof types.SettingsTeamsDocument,
    "\n  mutation CreateVariable($input: CreateVariableDefinitionInput!) {\n    createVariableDefinition(input: $input) {\n      definition { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateVariableDocument,
    "\n  mutation DeleteVariable($input: VariableDefinitionInput!) {\n    deleteVariableDefinition(input: $input) {\n      deletedDefinitionId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeleteVariableDocument,
    "\n  mutation RenameVariable($input: UpdateVariableDefinitionInput!) {\n    updateVariableDefinition(input: $input) {\n      definition { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.RenameVariableDocument,
    "\n  query SettingsVariables {\n    clientVariables: variableDefinitions(scope: CLIENT) { id key name type }\n    dealVariables: variableDefinitions(scope: DEAL) { id key name type }\n    systemVariables { key name inQuickReplies onClientCard }\n  }\n": typeof types.SettingsVariablesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.PingWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  mutation RotateWebhookSecret($input: WebhookEndpointInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id enabled }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      createdAt\n      deliveries(first: 10) {\n        edges {\n          node { id type status attempts statusCode responseTimeMs error nextAttemptAt createdAt replayOf { id } }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query Permissions {\n    me {\n      project {\n        id\n      }\n      can {\n        manageProject\n        manageOperators\n        manageOwners\n        manageChannels\n        manageApiTokens\n        manageWebhooks\n        manageTeams\n        manageFunnels\n        manageVariables\n        manageQuickReplies\n        manageFileLibrary\n        manageCapacity\n        viewPresenceReport\n        importExportClients\n        viewAllScheduledMessages\n        sendBroadcasts\n        viewAllTeamInboxes\n        assignAnyConversation\n        assignAnyClientOwner\n        changeAnyTask\n        moderateComments\n        manageSharedFilters\n        deleteClients\n        purgeClients\n        deleteMessages\n        editProcesses\n        startProcesses\n        steerProcessRuns\n      }\n    }\n  }\n": typeof types.PermissionsDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    reason\n    message\n    field\n    values {\n      name\n      value\n    }\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  mutation WidgetIntroduce($input: WidgetIntroduceInput!) {\n    widgetIntroduce(input: $input) {\n      name\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.WidgetIntroduceDocument,
    "\n  fragment WidgetChatMessage on WidgetMessage {\n    id\n    direction\n    senderKind\n    authorName\n    text\n    buttons\n    createdAt\n    editedAt\n    deleted\n    attachments {\n      kind\n      name\n      contentType\n      size\n      url\n      downloadUrl\n    }\n  }\n": typeof types.WidgetChatMessageFragmentDoc,
    "\n  subscription WidgetMessages($after: String) {\n    widgetMessages(after: $after) {\n      ...WidgetChatMessage\n    }\n  }\n": typeof types.WidgetMessagesDocument,
    "\n  mutation WidgetSend($input: WidgetSendInput!) {\n    widgetSend(input: $input) {\n      message {\n        ...WidgetChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.WidgetSendDocument,
    "\n  mutation WidgetStart($input: WidgetStartInput!) {\n    widgetStart(input: $input) {\n      session {\n        visitorToken\n        channelName\n        locale\n        preChatFields\n        cursor\n        messages {\n          ...WidgetChatMessage\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.WidgetStartDocument,
};
const documents: Documents = {
    "\n  fragment AudienceClient on Client {\n    id\n    name\n    avatarUrl\n    phone\n    email\n    createdAt\n    lastActivityAt\n    archived\n    blocked\n    deletedAt\n    owner {\n      id\n      name\n      avatarUrl\n    }\n    tags {\n      id\n      name\n      color\n    }\n    lists {\n      id\n      name\n      color\n    }\n  }\n": types.AudienceClientFragmentDoc,
    "\n  query AudienceClients($first: Int, $after: String, $filter: ClientFilter, $order: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        node {\n          ...AudienceClient\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AudienceClientsDocument,
    "\n  query AudienceCounts($active: ClientFilter, $archived: ClientFilter, $blocked: ClientFilter, $deleted: ClientFilter, $all: ClientFilter) {\n    active: clients(first: 1, filter: $active) {\n      totalCount\n    }\n    archived: clients(first: 1, filter: $archived) {\n      totalCount\n    }\n    blocked: clients(first: 1, filter: $blocked) {\n      totalCount\n    }\n    deleted: clients(first: 1, filter: $deleted) {\n      totalCount\n    }\n    all: clients(first: 1, filter: $all) {\n      totalCount\n    }\n  }\n": types.AudienceCountsDocument,
    "\n  query AudienceRows($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Client {\n        ...AudienceClient\n      }\n    }\n  }\n": types.AudienceRowsDocument,
    "\n  query BroadcastRecipients($id: ID!, $status: BroadcastRecipientStatus, $after: String) {\n    broadcast(id: $id) {\n      id\n      recipients(first: 50, status: $status, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            status\n            skipReason\n            failureReason\n            processedAt\n            client {\n              id\n              name\n            }\n            channel {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BroadcastRecipientsDocument,
    "\n  subscription BroadcastUpdated($id: ID!) {\n    broadcastUpdated(id: $id) {\n      ...Broadcast\n    }\n  }\n": types.BroadcastUpdatedDocument,
    "\n  fragment Broadcast on Broadcast {\n    id\n    text\n    status\n    channelRule\n    channel {\n      id\n      name\n    }\n    sendAt\n    ratePerSecond\n    total\n    sent\n    failed\n    skipped\n    pending\n    resultsCsvUrl\n    viewerCanControl\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    startedAt\n    finishedAt\n  }\n": types.BroadcastFragmentDoc,
    "\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...Broadcast\n    }\n  }\n": types.BroadcastDocument,
    "\n  query Broadcasts {\n    broadcasts(first: 20) {\n      edges {\n        node {\n          ...Broadcast\n        }\n      }\n    }\n  }\n": types.BroadcastsDocument,
    "\n  mutation CancelBroadcast($input: BroadcastControlInput!) {\n    cancelBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CancelBroadcastDocument,
    "\n  mutation PauseBroadcast($input: BroadcastControlInput!) {\n    pauseBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PauseBroadcastDocument,
    "\n  mutation ResumeBroadcast($input: BroadcastControlInput!) {\n    resumeBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResumeBroadcastDocument,
    "\n  mutation StartBroadcast($input: StartBroadcastInput!) {\n    startBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartBroadcastDocument,
    "\n  query PublishedProcesses {\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n": types.PublishedProcessesDocument,
    "\n  mutation BulkAddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BulkAddClientLabelsDocument,
    "\n  mutation BulkClientAction($input: BulkClientActionInput!) {\n    bulkClientAction(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BulkClientActionDocument,
    "\n  mutation AudienceCreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      label {\n        id\n        kind\n        name\n        color\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AudienceCreateLabelDocument,
    "\n  mutation BulkRemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BulkRemoveClientLabelsDocument,
    "\n  query ClientDetails($id: ID!) {\n    client(id: $id) {\n      ...AudienceClient\n      sourceChannel {\n        id\n        name\n        kind\n      }\n      conversations(first: 20) {\n        edges {\n          node {\n            id\n            status\n            channel {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ClientDetailsDocument,
    "\n  subscription ClientsChanged {\n    clientsChanged {\n      clientIds\n    }\n  }\n": types.ClientsChangedDocument,
    "\n  subscription ClientJobUpdated($jobId: ID!) {\n    clientJobUpdated(jobId: $jobId) {\n      ...ClientJob\n    }\n  }\n": types.ClientJobUpdatedDocument,
    "\n  fragment ClientJob on ClientJob {\n    id\n    kind\n    status\n    total\n    processed\n    created\n    updated\n    errors {\n      row\n      message\n    }\n    failureReason\n    file {\n      id\n      name\n      url\n      downloadUrl\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    finishedAt\n  }\n": types.ClientJobFragmentDoc,
    "\n  query ClientJobNode($id: ID!) {\n    node(id: $id) {\n      ... on ClientJob {\n        ...ClientJob\n      }\n    }\n  }\n": types.ClientJobNodeDocument,
    "\n  query ClientJobs {\n    clientJobs(first: 5) {\n      edges {\n        node {\n          ...ClientJob\n        }\n      }\n    }\n  }\n": types.ClientJobsDocument,
    "\n  mutation ExportClients($input: ExportClientsInput!) {\n    exportClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ExportClientsDocument,
    "\n  mutation ImportClients($input: ImportClientsInput!) {\n    importClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ImportClientsDocument,
    "\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationActivity(conversationId: $conversationId) {\n      viewing\n      typing\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ConversationActivityDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      typing\n    }\n  }\n": types.SetTypingDocument,
    "\n  fragment ConversationListItem on Conversation {\n    id\n    status\n    unreadCount\n    scheduledCount\n    pinned\n    archived\n    closedAt\n    lastActivityAt\n    createdAt\n    revision\n    # Why a reply would be refused now (a blocked client…): the composer says so before anything is typed.\n    replyRefusal\n    channel {\n      id\n      kind\n      name\n    }\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    team {\n      id\n      name\n    }\n    lastMessage {\n      id\n      text\n      senderKind\n      direction\n      status\n      createdAt\n      deletedAt\n      author {\n        id\n        name\n      }\n    }\n    client {\n      id\n      name\n      avatarUrl\n      phone\n      email\n      createdAt\n      lastActivityAt\n      # The Important section: clients with an open task.\n      openTaskCount\n      ...ClientControls\n      channels {\n        id\n        platformId\n        # Set while the client blocked the bot there: the chat window's header says so.\n        unreachableAt\n        channel {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ConversationListItemFragmentDoc,
    "\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter, $order: ConversationOrder) {\n    conversations(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        cursor\n        node {\n          ...ConversationListItem\n          # Set only with filter.search, when a message matched (not the client).\n          searchHit {\n            ...SearchHit\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  subscription InboxEvents($after: String) {\n    inboxEvents(after: $after) {\n      kind\n      conversation {\n        ...ConversationListItem\n      }\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n": types.InboxEventsDocument,
    "\n  query PinnedConversations($filter: ConversationFilter) {\n    pinnedConversations(filter: $filter) {\n      ...ConversationListItem\n    }\n  }\n": types.PinnedConversationsDocument,
    "\n  fragment SearchHit on SearchHit {\n    message {\n      id\n      createdAt\n    }\n    highlight {\n      text\n      match\n    }\n  }\n": types.SearchHitFragmentDoc,
    "\n  mutation DeleteLibraryFile($input: FileInput!) {\n    deleteLibraryFile(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteLibraryFileDocument,
    "\n  fragment FileItem on File {\n    id\n    kind\n    name\n    contentType\n    size\n    url\n    downloadUrl\n    createdAt\n  }\n": types.FileItemFragmentDoc,
    "\n  query FileLibrary {\n    fileLibrary(first: 100) {\n      edges {\n        node {\n          ...FileItem\n        }\n      }\n    }\n    fileLibraryUsage {\n      count\n      limit\n    }\n  }\n": types.FileLibraryDocument,
    "\n  query ChannelCapabilities($id: ID!) {\n    node(id: $id) { id ... on Channel { capabilities { subject templates } } }\n  }\n": types.ChannelCapabilitiesDocument,
    "\n  query ChannelTemplates($id: ID!) {\n    node(id: $id) { id ... on Channel { templates { name language text parameters } } }\n  }\n": types.ChannelTemplatesDocument,
    "\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    direction\n    senderKind\n    text\n    buttons\n    status\n    failureReason\n    failureCode\n    createdAt\n    scheduledAt\n    viewerCanChangeSchedule\n    sentAt\n    deliveredAt\n    readAt\n    pinned\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      avatarUrl\n    }\n    attachments {\n      ...FileItem\n    }\n  }\n": types.ChatMessageFragmentDoc,
    "\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    activityType: type\n    summary\n    data\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": types.ClientActivityEntryFragmentDoc,
    "\n  query ConversationDraft($id: ID!) {\n    conversation(id: $id) {\n      id\n      draft\n    }\n  }\n": types.ConversationDraftDocument,
    "\n  subscription ConversationTimeline($conversationId: ID!, $after: String) {\n    conversationTimeline(conversationId: $conversationId, after: $after) {\n      ...TimelineItem\n    }\n  }\n": types.ConversationTimelineDocument,
    "\n  query Conversation($id: ID!, $first: Int!) {\n    conversation(id: $id) {\n      ...ConversationListItem\n      pinnedComments {\n        ...Comment\n      }\n      pinnedMessages {\n        ...ChatMessage\n      }\n      timeline(first: $first) {\n        ...TimelinePage\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query OlderTimeline($id: ID!, $first: Int!, $after: String!) {\n    conversation(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        ...TimelinePage\n      }\n    }\n  }\n": types.OlderTimelineDocument,
    "\n  mutation OpenClientChannel($input: OpenClientChannelInput!) {\n    openClientChannel(input: $input) { conversation { id } userErrors { ...UserErrorFields } }\n  }\n": types.OpenClientChannelDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      draft\n    }\n  }\n": types.SaveDraftDocument,
    "\n  query SearchMessages($id: ID!, $text: String!) {\n    conversation(id: $id) {\n      id\n      searchMessages(text: $text) {\n        ...SearchHit\n      }\n    }\n  }\n": types.SearchMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  fragment TimelineEvent on ConversationEvent {\n    id\n    type\n    comment\n    createdAt\n    scheduledAt\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.TimelineEventFragmentDoc,
    "\n  fragment TimelineItem on TimelineItem {\n    __typename\n    ... on Message {\n      ...ChatMessage\n    }\n    ... on ConversationEvent {\n      ...TimelineEvent\n    }\n    ... on Comment {\n      ...Comment\n    }\n    ... on ClientActivity {\n      ...ClientActivityEntry\n    }\n  }\n": types.TimelineItemFragmentDoc,
    "\n  fragment TimelinePage on TimelineConnection {\n    edges {\n      node {\n        ...TimelineItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.TimelinePageFragmentDoc,
    "\n  mutation BlockClient($input: ClientInput!) {\n    blockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BlockClientDocument,
    "\n  fragment ClientControls on Client {\n    id\n    botActive\n    botPausedUntil\n    blocked\n  }\n": types.ClientControlsFragmentDoc,
    "\n  mutation AddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n": types.AddClientLabelsDocument,
    "\n  mutation AddClientNote($input: AddClientNoteInput!) {\n    addClientNote(input: $input) { comment { id } userErrors { ...UserErrorFields } }\n  }\n": types.AddClientNoteDocument,
    "\n  mutation ArchiveClient($input: ClientInput!) {\n    archiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.ArchiveClientDocument,
    "\n  query ClientCrm($id: ID!) {\n    me {\n      operator {\n        id\n      }\n      can {\n        deleteClients\n        purgeClients\n      }\n    }\n    client(id: $id) {\n      id\n      name\n      phone\n      email\n      country\n      archived\n      blocked\n      deletedAt\n      ownedByMe\n      viewerCanTake\n      viewerCanSetOwner\n      owner {\n        id\n        name\n      }\n      tracking {\n        source\n        campaign\n        ad\n        adSet\n        tag\n      }\n      sourceChannel {\n        kind\n        name\n      }\n      sales {\n        currency\n        count\n        amount\n      }\n      tags {\n        id\n        name\n        color\n      }\n      lists {\n        id\n        name\n        color\n      }\n      variables {\n        key\n        name\n        type\n        value\n        at\n        system\n      }\n      deals(first: 50) {\n        edges {\n          node {\n              id\n              title\n              budget\n              currency\n              status\n              closedAt\n              stage {\n                id\n                name\n              }\n              funnel {\n                id\n                name\n              }\n              responsible {\n                id\n                name\n              }\n          }\n        }\n      }\n      stages {\n        funnel {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n      duplicates {\n        id\n        name\n        phone\n        email\n      }\n      notes(first: 20) {\n        edges {\n          node {\n            id\n            text\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 20) {\n        edges {\n          node {\n            id\n            type\n            summary\n            data\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n      clientCount\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n      clientCount\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        responsible {\n          id\n          name\n        }\n      }\n    }\n    operators {\n      id\n      name\n    }\n  }\n": types.ClientCrmDocument,
    "\n  subscription ClientUpdated($clientId: ID!, $after: String) {\n    clientUpdated(clientId: $clientId, after: $after) {\n      client {\n        id\n      }\n    }\n  }\n": types.ClientUpdatedDocument,
    "\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": types.CloseDealDocument,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": types.CreateDealDocument,
    "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n": types.CreateLabelDocument,
    "\n  mutation DeleteClient($input: ClientInput!) {\n    deleteClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.DeleteClientDocument,
    "\n  mutation DeleteLabel($input: LabelInput!) {\n    deleteLabel(input: $input) { deletedLabelId userErrors { ...UserErrorFields } }\n  }\n": types.DeleteLabelDocument,
    "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.MergeClientsDocument,
    "\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": types.MoveDealDocument,
    "\n  mutation PurgeClient($input: ClientInput!) {\n    purgeClient(input: $input) { purgedClientId userErrors { ...UserErrorFields } }\n  }\n": types.PurgeClientDocument,
    "\n  mutation RemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n": types.RemoveClientLabelsDocument,
    "\n  mutation ReopenDeal($input: DealInput!) {\n    reopenDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n": types.ReopenDealDocument,
    "\n  mutation RestoreClient($input: ClientInput!) {\n    restoreClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.RestoreClientDocument,
    "\n  mutation SetClientOwner($input: SetClientOwnerInput!) {\n    setClientOwner(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.SetClientOwnerDocument,
    "\n  mutation SetClientVariables($input: SetClientVariablesInput!) {\n    setClientVariables(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.SetClientVariablesDocument,
    "\n  mutation TakeClient($input: ClientInput!) {\n    takeClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.TakeClientDocument,
    "\n  mutation UnarchiveClient($input: ClientInput!) {\n    unarchiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.UnarchiveClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n": types.UpdateClientDocument,
    "\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n": types.UpdateLabelDocument,
    "\n  query ClientFiles($clientId: ID!, $first: Int!, $after: String, $kind: FileKind) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        files(first: $first, after: $after, kind: $kind) {\n          edges {\n            node {\n              ...FileItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.ClientFilesDocument,
    "\n  mutation PauseBot($input: PauseBotInput!) {\n    pauseBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PauseBotDocument,
    "\n  mutation ResumeBot($input: ClientInput!) {\n    resumeBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResumeBotDocument,
    "\n  subscription ClientTaskEvents($clientId: ID!, $after: String) {\n    taskEvents(clientId: $clientId, after: $after) {\n      kind\n      taskId\n    }\n  }\n": types.ClientTaskEventsDocument,
    "\n  query ClientTasks($clientId: ID!, $includeCompleted: Boolean!) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        openTaskCount\n        tasks(includeCompleted: $includeCompleted) {\n          ...TaskItem\n        }\n      }\n    }\n  }\n": types.ClientTasksDocument,
    "\n  mutation CompleteTask($input: TaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation DeleteTask($input: TaskInput!) {\n    deleteTask(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteTaskDocument,
    "\n  mutation ReopenTask($input: TaskInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReopenTaskDocument,
    "\n  fragment TaskItem on Task {\n    id\n    title\n    description\n    priority\n    dueAt\n    completed\n    completedAt\n    overdue\n    viewerCanEdit\n    viewerCanDelete\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n": types.TaskItemFragmentDoc,
    "\n  mutation UnblockClient($input: ClientInput!) {\n    unblockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnblockClientDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  fragment Comment on Comment {\n    id\n    # Aliased: Message.text is non-null, and both sit in the TimelineItem union.\n    body: text\n    pinned\n    viewerCanEdit\n    viewerCanDelete\n    editedAt\n    deletedAt\n    createdAt\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n  }\n": types.CommentFragmentDoc,
    "\n  mutation DeleteComment($input: CommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation PinComment($input: PinCommentInput!) {\n    pinComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PinCommentDocument,
    "\n  mutation ArchiveConversation($input: ArchiveConversationInput!) {\n    archiveConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.ArchiveConversationDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.AssignConversationDocument,
    "\n  mutation CloseConversation($input: ConversationInput!) {\n    closeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.CloseConversationDocument,
    "\n  fragment ConversationActionPayload on ConversationPayload {\n    conversation {\n      ...ConversationListItem\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n": types.ConversationActionPayloadFragmentDoc,
    "\n  query ConversationPermissions($id: ID!) {\n    conversation(id: $id) {\n      id\n      viewerCanTake\n      viewerCanAssign\n    }\n  }\n": types.ConversationPermissionsDocument,
    "\n  mutation MarkConversationRead($input: ConversationInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation MarkConversationUnread($input: ConversationInput!) {\n    markConversationUnread(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.MarkConversationUnreadDocument,
    "\n  query Operators {\n    operators {\n      id\n      name\n      avatarUrl\n      role\n    }\n  }\n": types.OperatorsDocument,
    "\n  mutation PinConversation($input: PinConversationInput!) {\n    pinConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.PinConversationDocument,
    "\n  mutation ReopenConversation($input: ConversationInput!) {\n    reopenConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.ReopenConversationDocument,
    "\n  mutation TakeConversation($input: ConversationInput!) {\n    takeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.TakeConversationDocument,
    "\n  mutation TransferConversation($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n": types.TransferConversationDocument,
    "\n  mutation DeleteFilter($input: SavedFilterInput!) {\n    deleteFilter(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteFilterDocument,
    "\n  mutation DuplicateFilter($input: DuplicateFilterInput!) {\n    duplicateFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DuplicateFilterDocument,
    "\n  query FilterOptions {\n    operators {\n      id\n      name\n    }\n    me {\n      project {\n        channels {\n          id\n          name\n          kind\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n      }\n    }\n    variableDefinitions(scope: CLIENT) {\n      id\n      key\n      name\n      type\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  mutation SaveFilter($input: SaveFilterInput!) {\n    saveFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SaveFilterDocument,
    "\n  fragment SavedFilter on SavedFilter {\n    id\n    name\n    shared\n    viewerCanEdit\n    owner {\n      id\n      name\n    }\n    filter {\n      section\n      search\n      match\n      conditions {\n        field\n        anyOf\n        allOf\n        is\n        from\n        to\n        variable\n        equals\n        contains\n        min\n        max\n      }\n    }\n  }\n": types.SavedFilterFragmentDoc,
    "\n  query SavedFilters {\n    savedFilters {\n      ...SavedFilter\n    }\n  }\n": types.SavedFiltersDocument,
    "\n  query DeliveryStatus {\n    deliveryStatus {\n      workers\n      queued\n      oldestQueuedAt\n      delayed\n    }\n  }\n": types.DeliveryStatusDocument,
    "\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      project {\n        id\n        name\n        timeZone\n      }\n      operator {\n        id\n        name\n        email\n        role\n        avatarUrl\n        presence\n        readOnOpen\n        locale\n      }\n    }\n    gateway {\n      url\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      operator {\n        id\n        readOnOpen\n        locale\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateMySettingsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation DeleteMessage($input: MessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation ForwardMessage($input: ForwardMessageInput!) {\n    forwardMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ForwardMessageDocument,
    "\n  query MessagePermissions($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        __typename\n        id\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n": types.MessagePermissionsDocument,
    "\n  mutation PinMessage($input: PinMessageInput!) {\n    pinMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PinMessageDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded($after: String) {\n    notificationAdded(after: $after) {\n      ...Notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment Notification on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    comment {\n      id\n      text\n    }\n    conversation {\n      id\n      client {\n        id\n        name\n      }\n    }\n    webhookEndpoint {\n      id\n      url\n    }\n    task {\n      id\n      title\n      dueAt\n      client {\n        id\n        name\n      }\n    }\n  }\n": types.NotificationFragmentDoc,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...Notification\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  subscription OperatorPresence {\n    operatorPresence {\n      ...TeamMember\n    }\n  }\n": types.OperatorPresenceDocument,
    "\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input) {\n      operator {\n        id\n        presence\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetPresenceDocument,
    "\n  fragment TeamMember on Operator {\n    id\n    name\n    avatarUrl\n    role\n    presence\n  }\n": types.TeamMemberFragmentDoc,
    "\n  query TeamPresence {\n    operators {\n      ...TeamMember\n    }\n  }\n": types.TeamPresenceDocument,
    "\n  query ClientProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        processRuns {\n          ...ProcessRunItem\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n        version\n      }\n    }\n  }\n": types.ClientProcessesDocument,
    "\n  query ConversationProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        client {\n          id\n          processRuns {\n            id\n            status\n            process {\n              id\n            }\n          }\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n": types.ConversationProcessesDocument,
    "\n  subscription ProcessRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessRunItem\n    }\n  }\n": types.ProcessRunUpdatedDocument,
    "\n  fragment ProcessRunItem on ProcessRun {\n    id\n    status\n    blockEnteredAt\n    waitingFor\n    waitUntil\n    error\n    viewerCanSteer\n    process {\n      id\n      name\n    }\n    block {\n      blockId\n      number\n      name\n      type\n    }\n    version {\n      id\n      version\n    }\n  }\n": types.ProcessRunItemFragmentDoc,
    "\n  mutation StartProcess($input: StartProcessInput!) {\n    startProcess(input: $input) {\n      started\n      runs {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartProcessDocument,
    "\n  mutation SteerProcessRun($input: SteerProcessRunInput!) {\n    steerProcessRun(input: $input) {\n      run {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SteerProcessRunDocument,
    "\n  query VersionBlocks($id: ID!) {\n    node(id: $id) {\n      ... on ProcessVersion {\n        id\n        blocks {\n          blockId\n          number\n          name\n          type\n          color\n          description\n          text\n        }\n      }\n    }\n  }\n": types.VersionBlocksDocument,
    "\n  mutation CreateQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateQuickReplyDocument,
    "\n  query FillQuickReply($quickReplyId: ID!, $conversationId: ID!) {\n    fillQuickReply(quickReplyId: $quickReplyId, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n": types.FillQuickReplyDocument,
    "\n  query QuickReplies($search: String) {\n    quickReplyFolders {\n      id\n      name\n    }\n    quickReplies(search: $search) {\n      id\n      title\n      text\n      folder {\n        id\n      }\n    }\n  }\n": types.QuickRepliesDocument,
    "\n  query QuickReplyForm {\n    quickReplyFolders { id name }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n": types.QuickReplyFormDocument,
    "\n  query ClientScheduled($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        scheduledMessages {\n          ...ChatMessage\n        }\n        pendingProcessSends {\n          ...ProcessPendingSendItem\n        }\n      }\n    }\n  }\n": types.ClientScheduledDocument,
    "\n  query FillText($text: String!, $conversationId: ID!) {\n    fillText(text: $text, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n": types.FillTextDocument,
    "\n  fragment ProcessPendingSendItem on ProcessPendingSend {\n    sendAt\n    text\n    run {\n      id\n      viewerCanSteer\n      process {\n        id\n        name\n      }\n    }\n    delay {\n      blockId\n      number\n      name\n    }\n    next {\n      blockId\n      number\n      name\n      type\n    }\n  }\n": types.ProcessPendingSendItemFragmentDoc,
    "\n  query ScheduledMessages($first: Int, $after: String, $filter: ScheduledMessagesFilter) {\n    scheduledMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...ChatMessage\n          conversation {\n            id\n            client {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ScheduledMessagesDocument,
    "\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ScheduleMessageDocument,
    "\n  mutation RescheduleMessage($input: RescheduleMessageInput!) {\n    rescheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RescheduleMessageDocument,
    "\n  mutation SendScheduledMessageNow($input: ScheduledMessageInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SendScheduledMessageNowDocument,
    "\n  mutation CancelScheduledMessage($input: ScheduledMessageInput!) {\n    cancelScheduledMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CancelScheduledMessageDocument,
    "\n  query Teams {\n    teams {\n      id\n      name\n      viewerCanOpenInbox\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation CreateProcess($input: CreateProcessInput!) {\n    createProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": types.CreateProcessDocument,
    "\n  mutation DeleteProcess($input: ProcessInput!) {\n    deleteProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": types.DeleteProcessDocument,
    "\n  fragment ProcessCounters on Process {\n    id\n    activeRuns\n    published {\n      id\n      blocks {\n        blockId\n        activeCount\n        enteredToday\n      }\n    }\n  }\n": types.ProcessCountersFragmentDoc,
    "\n  query ProcessCounters($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessCounters\n      }\n    }\n  }\n": types.ProcessCountersDocument,
    "\n  subscription ProcessCountersUpdated($processId: ID!) {\n    processCountersUpdated(processId: $processId) {\n      ...ProcessCounters\n    }\n  }\n": types.ProcessCountersUpdatedDocument,
    "\n  fragment ProcessFields on Process {\n    id\n    name\n    hasUnpublishedChanges\n    activeRuns\n    updatedAt\n    viewerCanEdit\n    published {\n      id\n      version\n    }\n  }\n": types.ProcessFieldsFragmentDoc,
    "\n  fragment ProcessProblemFields on ProcessProblem {\n    code\n    blockId\n    detail\n  }\n": types.ProcessProblemFieldsFragmentDoc,
    "\n  fragment ProcessPayloadFields on ProcessPayload {\n    process {\n      ...ProcessFields\n      draft\n    }\n    problems {\n      ...ProcessProblemFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n": types.ProcessPayloadFieldsFragmentDoc,
    "\n  query ProcessProblems($processId: ID!) {\n    processProblems(processId: $processId) {\n      code\n      blockId\n      detail\n    }\n  }\n": types.ProcessProblemsDocument,
    "\n  fragment ProcessTestRunFields on ProcessRun {\n    id\n    status\n    waitingFor\n    block {\n      blockId\n      number\n    }\n  }\n": types.ProcessTestRunFieldsFragmentDoc,
    "\n  subscription ProcessTestRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessTestRunFields\n    }\n  }\n": types.ProcessTestRunUpdatedDocument,
    "\n  query Process($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessFields\n        draft\n        versions {\n          id\n          version\n          definition\n          publishedAt\n          publishedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProcessDocument,
    "\n  query Processes {\n    processes {\n      ...ProcessFields\n    }\n  }\n": types.ProcessesDocument,
    "\n  mutation PublishProcess($input: ProcessInput!) {\n    publishProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": types.PublishProcessDocument,
    "\n  mutation RestoreProcessVersion($input: RestoreProcessVersionInput!) {\n    restoreProcessVersion(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": types.RestoreProcessVersionDocument,
    "\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n": types.SaveProcessDraftDocument,
    "\n  mutation StopProcessTest($input: ProcessInput!) {\n    stopProcessTest(input: $input) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StopProcessTestDocument,
    "\n  mutation TestProcessDraft($input: TestProcessDraftInput!) {\n    testProcessDraft(input: $input) {\n      test {\n        widgetKey\n        visitorToken\n        run {\n          ...ProcessTestRunFields\n          client {\n            id\n            name\n          }\n        }\n      }\n      problems {\n        ...ProcessProblemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TestProcessDraftDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      changed\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query ApiTokens {\n    apiTokens { id name createdAt }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken { id }\n      token\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation PauseChannel($input: ChannelInput!) {\n    pauseChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n": types.PauseChannelDocument,
    "\n  mutation ResumeChannel($input: ChannelInput!) {\n    resumeChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n": types.ResumeChannelDocument,
    "\n  mutation DisconnectChannel($input: ChannelInput!) {\n    disconnectChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n": types.DisconnectChannelDocument,
    "\n  mutation TestChannel($input: TestChannelInput!) {\n    testChannel(input: $input) { sent userErrors { ...UserErrorFields } }\n  }\n": types.TestChannelDocument,
    "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateChannelDocument,
    "\n  mutation RenameChannel($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.RenameChannelDocument,
    "\n  mutation SetChannelLocale($input: SetChannelLocaleInput!) {\n    setChannelLocale(input: $input) {\n      channel { id locale }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.SetChannelLocaleDocument,
    "\n  mutation SetChannelPreChat($input: SetChannelPreChatInput!) {\n    setChannelPreChat(input: $input) {\n      channel { id preChatFields }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.SetChannelPreChatDocument,
    "\n  query SettingsChannels {\n    me {\n      project {\n        id\n        channels {\n          id kind name publicKey widgetUrl locale preChatFields status webhookUrl\n          settings { name value }\n          health { connectedAt lastInboundAt lastError lastErrorAt }\n        }\n      }\n    }\n    channelKinds { kind connectable fields { name secret optional } }\n  }\n": types.SettingsChannelsDocument,
    "\n  mutation AddFunnelStage($input: AddFunnelStageInput!) {\n    addFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.AddFunnelStageDocument,
    "\n  mutation CreateFunnel($input: CreateFunnelInput!) {\n    createFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateFunnelDocument,
    "\n  mutation DeleteFunnelStage($input: DeleteFunnelStageInput!) {\n    deleteFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeleteFunnelStageDocument,
    "\n  mutation DeleteFunnel($input: DeleteFunnelInput!) {\n    deleteFunnel(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeleteFunnelDocument,
    "\n  mutation RenameFunnel($input: UpdateFunnelInput!) {\n    renameFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.RenameFunnelDocument,
    "\n  mutation ReorderFunnelStages($input: ReorderFunnelStagesInput!) {\n    reorderFunnelStages(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.ReorderFunnelStagesDocument,
    "\n  query SettingsFunnels {\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        position\n        dealCount\n        responsible { id }\n      }\n    }\n    operators { id name }\n  }\n": types.SettingsFunnelsDocument,
    "\n  mutation UpdateFunnelStage($input: UpdateFunnelStageInput!) {\n    updateFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.UpdateFunnelStageDocument,
    "\n  query ProjectSettings {\n    me {\n      project { id name timeZone autoCloseAfterMinutes }\n    }\n  }\n": types.ProjectSettingsDocument,
    "\n  mutation UpdateProjectSettings($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project { id name timeZone autoCloseAfterMinutes }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.UpdateProjectSettingsDocument,
    "\n  query MessageDeletion {\n    me {\n      project {\n        id\n        messageDeletionRoles\n      }\n    }\n  }\n": types.MessageDeletionDocument,
    "\n  mutation SetMessageDeletionRoles($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project {\n        id\n        messageDeletionRoles\n      }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.SetMessageDeletionRolesDocument,
    "\n  mutation CreateOperator($input: CreateOperatorInput!) {\n    createOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateOperatorDocument,
    "\n  mutation DeactivateOperator($input: OperatorIdInput!) {\n    deactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeactivateOperatorDocument,
    "\n  mutation ReactivateOperator($input: OperatorIdInput!) {\n    reactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.ReactivateOperatorDocument,
    "\n  mutation SetOperatorCapacity($input: SetOperatorCapacityInput!) {\n    setOperatorCapacity(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetOperatorCapacityDocument,
    "\n  query SettingsOperators {\n    operators(includeDeactivated: true) { id name email role presence capacity deactivatedAt }\n    me {\n      operator { id }\n      can { manageOwners }\n    }\n  }\n": types.SettingsOperatorsDocument,
    "\n  mutation UpdateOperator($input: UpdateOperatorInput!) {\n    updateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.UpdateOperatorDocument,
    "\n  mutation CreateQuickReplyFolder($input: CreateQuickReplyFolderInput!) {\n    createQuickReplyFolder(input: $input) {\n      folder { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateQuickReplyFolderDocument,
    "\n  mutation DeleteQuickReplyFolder($input: QuickReplyFolderInput!) {\n    deleteQuickReplyFolder(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeleteQuickReplyFolderDocument,
    "\n  mutation DeleteQuickReply($input: QuickReplyInput!) {\n    deleteQuickReply(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeleteQuickReplyDocument,
    "\n  mutation RenameQuickReplyFolder($input: RenameQuickReplyFolderInput!) {\n    renameQuickReplyFolder(input: $input) {\n      folder { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.RenameQuickReplyFolderDocument,
    "\n  mutation SaveQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.SaveQuickReplyDocument,
    "\n  query SettingsQuickReplies($search: String, $folderId: ID) {\n    quickReplyFolders { id name quickReplyCount }\n    quickReplies(search: $search, folderId: $folderId) {\n      id\n      title\n      text\n      folder { id name }\n    }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n": types.SettingsQuickRepliesDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation DeleteTeam($input: TeamInput!) {\n    deleteTeam(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeleteTeamDocument,
    "\n  mutation RenameTeam($input: RenameTeamInput!) {\n    renameTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.RenameTeamDocument,
    "\n  mutation SetTeamMembers($input: SetTeamMembersInput!) {\n    setTeamMembers(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.SetTeamMembersDocument,
    "\n  query SettingsTeams {\n    teams {\n      id\n      name\n      members { id }\n    }\n    operators { id name }\n  }\n": types.SettingsTeamsDocument,
    "\n  mutation CreateVariable($input: CreateVariableDefinitionInput!) {\n    createVariableDefinition(input: $input) {\n      definition { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateVariableDocument,
    "\n  mutation DeleteVariable($input: VariableDefinitionInput!) {\n    deleteVariableDefinition(input: $input) {\n      deletedDefinitionId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeleteVariableDocument,
    "\n  mutation RenameVariable($input: UpdateVariableDefinitionInput!) {\n    updateVariableDefinition(input: $input) {\n      definition { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.RenameVariableDocument,
    "\n  query SettingsVariables {\n    clientVariables: variableDefinitions(scope: CLIENT) { id key name type }\n    dealVariables: variableDefinitions(scope: DEAL) { id key name type }\n    systemVariables { key name inQuickReplies onClientCard }\n  }\n": types.SettingsVariablesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.PingWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  mutation RotateWebhookSecret($input: WebhookEndpointInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id enabled }\n      userErrors { ...UserErrorFields }\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      createdAt\n      deliveries(first: 10) {\n        edges {\n          node { id type status attempts statusCode responseTimeMs error nextAttemptAt createdAt replayOf { id } }\n        }\n        totalCount\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query Permissions {\n    me {\n      project {\n        id\n      }\n      can {\n        manageProject\n        manageOperators\n        manageOwners\n        manageChannels\n        manageApiTokens\n        manageWebhooks\n        manageTeams\n        manageFunnels\n        manageVariables\n        manageQuickReplies\n        manageFileLibrary\n        manageCapacity\n        viewPresenceReport\n        importExportClients\n        viewAllScheduledMessages\n        sendBroadcasts\n        viewAllTeamInboxes\n        assignAnyConversation\n        assignAnyClientOwner\n        changeAnyTask\n        moderateComments\n        manageSharedFilters\n        deleteClients\n        purgeClients\n        deleteMessages\n        editProcesses\n        startProcesses\n        steerProcessRuns\n      }\n    }\n  }\n": types.PermissionsDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    reason\n    message\n    field\n    values {\n      name\n      value\n    }\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  mutation WidgetIntroduce($input: WidgetIntroduceInput!) {\n    widgetIntroduce(input: $input) {\n      name\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.WidgetIntroduceDocument,
    "\n  fragment WidgetChatMessage on WidgetMessage {\n    id\n    direction\n    senderKind\n    authorName\n    text\n    buttons\n    createdAt\n    editedAt\n    deleted\n    attachments {\n      kind\n      name\n      contentType\n      size\n      url\n      downloadUrl\n    }\n  }\n": types.WidgetChatMessageFragmentDoc,
    "\n  subscription WidgetMessages($after: String) {\n    widgetMessages(after: $after) {\n      ...WidgetChatMessage\n    }\n  }\n": types.WidgetMessagesDocument,
    "\n  mutation WidgetSend($input: WidgetSendInput!) {\n    widgetSend(input: $input) {\n      message {\n        ...WidgetChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.WidgetSendDocument,
    "\n  mutation WidgetStart($input: WidgetStartInput!) {\n    widgetStart(input: $input) {\n      session {\n        visitorToken\n        channelName\n        locale\n        preChatFields\n        cursor\n        messages {\n          ...WidgetChatMessage\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.WidgetStartDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AudienceClient on Client {\n    id\n    name\n    avatarUrl\n    phone\n    email\n    createdAt\n    lastActivityAt\n    archived\n    blocked\n    deletedAt\n    owner {\n      id\n      name\n      avatarUrl\n    }\n    tags {\n      id\n      name\n      color\n    }\n    lists {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  fragment AudienceClient on Client {\n    id\n    name\n    avatarUrl\n    phone\n    email\n    createdAt\n    lastActivityAt\n    archived\n    blocked\n    deletedAt\n    owner {\n      id\n      name\n      avatarUrl\n    }\n    tags {\n      id\n      name\n      color\n    }\n    lists {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceClients($first: Int, $after: String, $filter: ClientFilter, $order: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        node {\n          ...AudienceClient\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudienceClients($first: Int, $after: String, $filter: ClientFilter, $order: ClientOrder) {\n    clients(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        node {\n          ...AudienceClient\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceCounts($active: ClientFilter, $archived: ClientFilter, $blocked: ClientFilter, $deleted: ClientFilter, $all: ClientFilter) {\n    active: clients(first: 1, filter: $active) {\n      totalCount\n    }\n    archived: clients(first: 1, filter: $archived) {\n      totalCount\n    }\n    blocked: clients(first: 1, filter: $blocked) {\n      totalCount\n    }\n    deleted: clients(first: 1, filter: $deleted) {\n      totalCount\n    }\n    all: clients(first: 1, filter: $all) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AudienceCounts($active: ClientFilter, $archived: ClientFilter, $blocked: ClientFilter, $deleted: ClientFilter, $all: ClientFilter) {\n    active: clients(first: 1, filter: $active) {\n      totalCount\n    }\n    archived: clients(first: 1, filter: $archived) {\n      totalCount\n    }\n    blocked: clients(first: 1, filter: $blocked) {\n      totalCount\n    }\n    deleted: clients(first: 1, filter: $deleted) {\n      totalCount\n    }\n    all: clients(first: 1, filter: $all) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceRows($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Client {\n        ...AudienceClient\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudienceRows($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Client {\n        ...AudienceClient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastRecipients($id: ID!, $status: BroadcastRecipientStatus, $after: String) {\n    broadcast(id: $id) {\n      id\n      recipients(first: 50, status: $status, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            status\n            skipReason\n            failureReason\n            processedAt\n            client {\n              id\n              name\n            }\n            channel {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastRecipients($id: ID!, $status: BroadcastRecipientStatus, $after: String) {\n    broadcast(id: $id) {\n      id\n      recipients(first: 50, status: $status, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            status\n            skipReason\n            failureReason\n            processedAt\n            client {\n              id\n              name\n            }\n            channel {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BroadcastUpdated($id: ID!) {\n    broadcastUpdated(id: $id) {\n      ...Broadcast\n    }\n  }\n"): (typeof documents)["\n  subscription BroadcastUpdated($id: ID!) {\n    broadcastUpdated(id: $id) {\n      ...Broadcast\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Broadcast on Broadcast {\n    id\n    text\n    status\n    channelRule\n    channel {\n      id\n      name\n    }\n    sendAt\n    ratePerSecond\n    total\n    sent\n    failed\n    skipped\n    pending\n    resultsCsvUrl\n    viewerCanControl\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment Broadcast on Broadcast {\n    id\n    text\n    status\n    channelRule\n    channel {\n      id\n      name\n    }\n    sendAt\n    ratePerSecond\n    total\n    sent\n    failed\n    skipped\n    pending\n    resultsCsvUrl\n    viewerCanControl\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...Broadcast\n    }\n  }\n"): (typeof documents)["\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...Broadcast\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Broadcasts {\n    broadcasts(first: 20) {\n      edges {\n        node {\n          ...Broadcast\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Broadcasts {\n    broadcasts(first: 20) {\n      edges {\n        node {\n          ...Broadcast\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBroadcast($input: BroadcastControlInput!) {\n    cancelBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBroadcast($input: BroadcastControlInput!) {\n    cancelBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseBroadcast($input: BroadcastControlInput!) {\n    pauseBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PauseBroadcast($input: BroadcastControlInput!) {\n    pauseBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeBroadcast($input: BroadcastControlInput!) {\n    resumeBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeBroadcast($input: BroadcastControlInput!) {\n    resumeBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBroadcast($input: StartBroadcastInput!) {\n    startBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartBroadcast($input: StartBroadcastInput!) {\n    startBroadcast(input: $input) {\n      broadcast {\n        ...Broadcast\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedProcesses {\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedProcesses {\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkClientAction($input: BulkClientActionInput!) {\n    bulkClientAction(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkClientAction($input: BulkClientActionInput!) {\n    bulkClientAction(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceCreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      label {\n        id\n        kind\n        name\n        color\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AudienceCreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) {\n      label {\n        id\n        kind\n        name\n        color\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkRemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkRemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) {\n      clients {\n        ...AudienceClient\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetails($id: ID!) {\n    client(id: $id) {\n      ...AudienceClient\n      sourceChannel {\n        id\n        name\n        kind\n      }\n      conversations(first: 20) {\n        edges {\n          node {\n            id\n            status\n            channel {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDetails($id: ID!) {\n    client(id: $id) {\n      ...AudienceClient\n      sourceChannel {\n        id\n        name\n        kind\n      }\n      conversations(first: 20) {\n        edges {\n          node {\n            id\n            status\n            channel {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientsChanged {\n    clientsChanged {\n      clientIds\n    }\n  }\n"): (typeof documents)["\n  subscription ClientsChanged {\n    clientsChanged {\n      clientIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientJobUpdated($jobId: ID!) {\n    clientJobUpdated(jobId: $jobId) {\n      ...ClientJob\n    }\n  }\n"): (typeof documents)["\n  subscription ClientJobUpdated($jobId: ID!) {\n    clientJobUpdated(jobId: $jobId) {\n      ...ClientJob\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientJob on ClientJob {\n    id\n    kind\n    status\n    total\n    processed\n    created\n    updated\n    errors {\n      row\n      message\n    }\n    failureReason\n    file {\n      id\n      name\n      url\n      downloadUrl\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment ClientJob on ClientJob {\n    id\n    kind\n    status\n    total\n    processed\n    created\n    updated\n    errors {\n      row\n      message\n    }\n    failureReason\n    file {\n      id\n      name\n      url\n      downloadUrl\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientJobNode($id: ID!) {\n    node(id: $id) {\n      ... on ClientJob {\n        ...ClientJob\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientJobNode($id: ID!) {\n    node(id: $id) {\n      ... on ClientJob {\n        ...ClientJob\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientJobs {\n    clientJobs(first: 5) {\n      edges {\n        node {\n          ...ClientJob\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientJobs {\n    clientJobs(first: 5) {\n      edges {\n        node {\n          ...ClientJob\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportClients($input: ExportClientsInput!) {\n    exportClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportClients($input: ExportClientsInput!) {\n    exportClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportClients($input: ImportClientsInput!) {\n    importClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportClients($input: ImportClientsInput!) {\n    importClients(input: $input) {\n      job {\n        ...ClientJob\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationActivity(conversationId: $conversationId) {\n      viewing\n      typing\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationActivity(conversationId: $conversationId) {\n      viewing\n      typing\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      typing\n    }\n  }\n"): (typeof documents)["\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      typing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationListItem on Conversation {\n    id\n    status\n    unreadCount\n    scheduledCount\n    pinned\n    archived\n    closedAt\n    lastActivityAt\n    createdAt\n    revision\n    # Why a reply would be refused now (a blocked client…): the composer says so before anything is typed.\n    replyRefusal\n    channel {\n      id\n      kind\n      name\n    }\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    team {\n      id\n      name\n    }\n    lastMessage {\n      id\n      text\n      senderKind\n      direction\n      status\n      createdAt\n      deletedAt\n      author {\n        id\n        name\n      }\n    }\n    client {\n      id\n      name\n      avatarUrl\n      phone\n      email\n      createdAt\n      lastActivityAt\n      # The Important section: clients with an open task.\n      openTaskCount\n      ...ClientControls\n      channels {\n        id\n        platformId\n        # Set while the client blocked the bot there: the chat window's header says so.\n        unreachableAt\n        channel {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationListItem on Conversation {\n    id\n    status\n    unreadCount\n    scheduledCount\n    pinned\n    archived\n    closedAt\n    lastActivityAt\n    createdAt\n    revision\n    # Why a reply would be refused now (a blocked client…): the composer says so before anything is typed.\n    replyRefusal\n    channel {\n      id\n      kind\n      name\n    }\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    team {\n      id\n      name\n    }\n    lastMessage {\n      id\n      text\n      senderKind\n      direction\n      status\n      createdAt\n      deletedAt\n      author {\n        id\n        name\n      }\n    }\n    client {\n      id\n      name\n      avatarUrl\n      phone\n      email\n      createdAt\n      lastActivityAt\n      # The Important section: clients with an open task.\n      openTaskCount\n      ...ClientControls\n      channels {\n        id\n        platformId\n        # Set while the client blocked the bot there: the chat window's header says so.\n        unreachableAt\n        channel {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter, $order: ConversationOrder) {\n    conversations(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        cursor\n        node {\n          ...ConversationListItem\n          # Set only with filter.search, when a message matched (not the client).\n          searchHit {\n            ...SearchHit\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter, $order: ConversationOrder) {\n    conversations(first: $first, after: $after, filter: $filter, order: $order) {\n      edges {\n        cursor\n        node {\n          ...ConversationListItem\n          # Set only with filter.search, when a message matched (not the client).\n          searchHit {\n            ...SearchHit\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxEvents($after: String) {\n    inboxEvents(after: $after) {\n      kind\n      conversation {\n        ...ConversationListItem\n      }\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxEvents($after: String) {\n    inboxEvents(after: $after) {\n      kind\n      conversation {\n        ...ConversationListItem\n      }\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinnedConversations($filter: ConversationFilter) {\n    pinnedConversations(filter: $filter) {\n      ...ConversationListItem\n    }\n  }\n"): (typeof documents)["\n  query PinnedConversations($filter: ConversationFilter) {\n    pinnedConversations(filter: $filter) {\n      ...ConversationListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHit on SearchHit {\n    message {\n      id\n      createdAt\n    }\n    highlight {\n      text\n      match\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHit on SearchHit {\n    message {\n      id\n      createdAt\n    }\n    highlight {\n      text\n      match\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLibraryFile($input: FileInput!) {\n    deleteLibraryFile(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLibraryFile($input: FileInput!) {\n    deleteLibraryFile(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileItem on File {\n    id\n    kind\n    name\n    contentType\n    size\n    url\n    downloadUrl\n    createdAt\n  }\n"): (typeof documents)["\n  fragment FileItem on File {\n    id\n    kind\n    name\n    contentType\n    size\n    url\n    downloadUrl\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileLibrary {\n    fileLibrary(first: 100) {\n      edges {\n        node {\n          ...FileItem\n        }\n      }\n    }\n    fileLibraryUsage {\n      count\n      limit\n    }\n  }\n"): (typeof documents)["\n  query FileLibrary {\n    fileLibrary(first: 100) {\n      edges {\n        node {\n          ...FileItem\n        }\n      }\n    }\n    fileLibraryUsage {\n      count\n      limit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelCapabilities($id: ID!) {\n    node(id: $id) { id ... on Channel { capabilities { subject templates } } }\n  }\n"): (typeof documents)["\n  query ChannelCapabilities($id: ID!) {\n    node(id: $id) { id ... on Channel { capabilities { subject templates } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelTemplates($id: ID!) {\n    node(id: $id) { id ... on Channel { templates { name language text parameters } } }\n  }\n"): (typeof documents)["\n  query ChannelTemplates($id: ID!) {\n    node(id: $id) { id ... on Channel { templates { name language text parameters } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    direction\n    senderKind\n    text\n    buttons\n    status\n    failureReason\n    failureCode\n    createdAt\n    scheduledAt\n    viewerCanChangeSchedule\n    sentAt\n    deliveredAt\n    readAt\n    pinned\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      avatarUrl\n    }\n    attachments {\n      ...FileItem\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    direction\n    senderKind\n    text\n    buttons\n    status\n    failureReason\n    failureCode\n    createdAt\n    scheduledAt\n    viewerCanChangeSchedule\n    sentAt\n    deliveredAt\n    readAt\n    pinned\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      avatarUrl\n    }\n    attachments {\n      ...FileItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    activityType: type\n    summary\n    data\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ClientActivityEntry on ClientActivity {\n    id\n    activityType: type\n    summary\n    data\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationDraft($id: ID!) {\n    conversation(id: $id) {\n      id\n      draft\n    }\n  }\n"): (typeof documents)["\n  query ConversationDraft($id: ID!) {\n    conversation(id: $id) {\n      id\n      draft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationTimeline($conversationId: ID!, $after: String) {\n    conversationTimeline(conversationId: $conversationId, after: $after) {\n      ...TimelineItem\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationTimeline($conversationId: ID!, $after: String) {\n    conversationTimeline(conversationId: $conversationId, after: $after) {\n      ...TimelineItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!, $first: Int!) {\n    conversation(id: $id) {\n      ...ConversationListItem\n      pinnedComments {\n        ...Comment\n      }\n      pinnedMessages {\n        ...ChatMessage\n      }\n      timeline(first: $first) {\n        ...TimelinePage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!, $first: Int!) {\n    conversation(id: $id) {\n      ...ConversationListItem\n      pinnedComments {\n        ...Comment\n      }\n      pinnedMessages {\n        ...ChatMessage\n      }\n      timeline(first: $first) {\n        ...TimelinePage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderTimeline($id: ID!, $first: Int!, $after: String!) {\n    conversation(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        ...TimelinePage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderTimeline($id: ID!, $first: Int!, $after: String!) {\n    conversation(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        ...TimelinePage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenClientChannel($input: OpenClientChannelInput!) {\n    openClientChannel(input: $input) { conversation { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation OpenClientChannel($input: OpenClientChannelInput!) {\n    openClientChannel(input: $input) { conversation { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      draft\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      draft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($id: ID!, $text: String!) {\n    conversation(id: $id) {\n      id\n      searchMessages(text: $text) {\n        ...SearchHit\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMessages($id: ID!, $text: String!) {\n    conversation(id: $id) {\n      id\n      searchMessages(text: $text) {\n        ...SearchHit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEvent on ConversationEvent {\n    id\n    type\n    comment\n    createdAt\n    scheduledAt\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineEvent on ConversationEvent {\n    id\n    type\n    comment\n    createdAt\n    scheduledAt\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineItem on TimelineItem {\n    __typename\n    ... on Message {\n      ...ChatMessage\n    }\n    ... on ConversationEvent {\n      ...TimelineEvent\n    }\n    ... on Comment {\n      ...Comment\n    }\n    ... on ClientActivity {\n      ...ClientActivityEntry\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineItem on TimelineItem {\n    __typename\n    ... on Message {\n      ...ChatMessage\n    }\n    ... on ConversationEvent {\n      ...TimelineEvent\n    }\n    ... on Comment {\n      ...Comment\n    }\n    ... on ClientActivity {\n      ...ClientActivityEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelinePage on TimelineConnection {\n    edges {\n      node {\n        ...TimelineItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment TimelinePage on TimelineConnection {\n    edges {\n      node {\n        ...TimelineItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockClient($input: ClientInput!) {\n    blockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BlockClient($input: ClientInput!) {\n    blockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientControls on Client {\n    id\n    botActive\n    botPausedUntil\n    blocked\n  }\n"): (typeof documents)["\n  fragment ClientControls on Client {\n    id\n    botActive\n    botPausedUntil\n    blocked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation AddClientLabels($input: ClientLabelsInput!) {\n    addClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClientNote($input: AddClientNoteInput!) {\n    addClientNote(input: $input) { comment { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation AddClientNote($input: AddClientNoteInput!) {\n    addClientNote(input: $input) { comment { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveClient($input: ClientInput!) {\n    archiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ArchiveClient($input: ClientInput!) {\n    archiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCrm($id: ID!) {\n    me {\n      operator {\n        id\n      }\n      can {\n        deleteClients\n        purgeClients\n      }\n    }\n    client(id: $id) {\n      id\n      name\n      phone\n      email\n      country\n      archived\n      blocked\n      deletedAt\n      ownedByMe\n      viewerCanTake\n      viewerCanSetOwner\n      owner {\n        id\n        name\n      }\n      tracking {\n        source\n        campaign\n        ad\n        adSet\n        tag\n      }\n      sourceChannel {\n        kind\n        name\n      }\n      sales {\n        currency\n        count\n        amount\n      }\n      tags {\n        id\n        name\n        color\n      }\n      lists {\n        id\n        name\n        color\n      }\n      variables {\n        key\n        name\n        type\n        value\n        at\n        system\n      }\n      deals(first: 50) {\n        edges {\n          node {\n              id\n              title\n              budget\n              currency\n              status\n              closedAt\n              stage {\n                id\n                name\n              }\n              funnel {\n                id\n                name\n              }\n              responsible {\n                id\n                name\n              }\n          }\n        }\n      }\n      stages {\n        funnel {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n      duplicates {\n        id\n        name\n        phone\n        email\n      }\n      notes(first: 20) {\n        edges {\n          node {\n            id\n            text\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 20) {\n        edges {\n          node {\n            id\n            type\n            summary\n            data\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n      clientCount\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n      clientCount\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        responsible {\n          id\n          name\n        }\n      }\n    }\n    operators {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ClientCrm($id: ID!) {\n    me {\n      operator {\n        id\n      }\n      can {\n        deleteClients\n        purgeClients\n      }\n    }\n    client(id: $id) {\n      id\n      name\n      phone\n      email\n      country\n      archived\n      blocked\n      deletedAt\n      ownedByMe\n      viewerCanTake\n      viewerCanSetOwner\n      owner {\n        id\n        name\n      }\n      tracking {\n        source\n        campaign\n        ad\n        adSet\n        tag\n      }\n      sourceChannel {\n        kind\n        name\n      }\n      sales {\n        currency\n        count\n        amount\n      }\n      tags {\n        id\n        name\n        color\n      }\n      lists {\n        id\n        name\n        color\n      }\n      variables {\n        key\n        name\n        type\n        value\n        at\n        system\n      }\n      deals(first: 50) {\n        edges {\n          node {\n              id\n              title\n              budget\n              currency\n              status\n              closedAt\n              stage {\n                id\n                name\n              }\n              funnel {\n                id\n                name\n              }\n              responsible {\n                id\n                name\n              }\n          }\n        }\n      }\n      stages {\n        funnel {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n      duplicates {\n        id\n        name\n        phone\n        email\n      }\n      notes(first: 20) {\n        edges {\n          node {\n            id\n            text\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 20) {\n        edges {\n          node {\n            id\n            type\n            summary\n            data\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n      clientCount\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n      clientCount\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        responsible {\n          id\n          name\n        }\n      }\n    }\n    operators {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientUpdated($clientId: ID!, $after: String) {\n    clientUpdated(clientId: $clientId, after: $after) {\n      client {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ClientUpdated($clientId: ID!, $after: String) {\n    clientUpdated(clientId: $clientId, after: $after) {\n      client {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation CloseDeal($input: CloseDealInput!) {\n    closeDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation CreateLabel($input: CreateLabelInput!) {\n    createLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClient($input: ClientInput!) {\n    deleteClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation DeleteClient($input: ClientInput!) {\n    deleteClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLabel($input: LabelInput!) {\n    deleteLabel(input: $input) { deletedLabelId userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation DeleteLabel($input: LabelInput!) {\n    deleteLabel(input: $input) { deletedLabelId userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation MoveDeal($input: MoveDealInput!) {\n    moveDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgeClient($input: ClientInput!) {\n    purgeClient(input: $input) { purgedClientId userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation PurgeClient($input: ClientInput!) {\n    purgeClient(input: $input) { purgedClientId userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation RemoveClientLabels($input: ClientLabelsInput!) {\n    removeClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenDeal($input: DealInput!) {\n    reopenDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ReopenDeal($input: DealInput!) {\n    reopenDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreClient($input: ClientInput!) {\n    restoreClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation RestoreClient($input: ClientInput!) {\n    restoreClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientOwner($input: SetClientOwnerInput!) {\n    setClientOwner(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation SetClientOwner($input: SetClientOwnerInput!) {\n    setClientOwner(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientVariables($input: SetClientVariablesInput!) {\n    setClientVariables(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation SetClientVariables($input: SetClientVariablesInput!) {\n    setClientVariables(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeClient($input: ClientInput!) {\n    takeClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation TakeClient($input: ClientInput!) {\n    takeClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveClient($input: ClientInput!) {\n    unarchiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UnarchiveClient($input: ClientInput!) {\n    unarchiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { client { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateLabel($input: UpdateLabelInput!) {\n    updateLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientFiles($clientId: ID!, $first: Int!, $after: String, $kind: FileKind) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        files(first: $first, after: $after, kind: $kind) {\n          edges {\n            node {\n              ...FileItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientFiles($clientId: ID!, $first: Int!, $after: String, $kind: FileKind) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        files(first: $first, after: $after, kind: $kind) {\n          edges {\n            node {\n              ...FileItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseBot($input: PauseBotInput!) {\n    pauseBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PauseBot($input: PauseBotInput!) {\n    pauseBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeBot($input: ClientInput!) {\n    resumeBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeBot($input: ClientInput!) {\n    resumeBot(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientTaskEvents($clientId: ID!, $after: String) {\n    taskEvents(clientId: $clientId, after: $after) {\n      kind\n      taskId\n    }\n  }\n"): (typeof documents)["\n  subscription ClientTaskEvents($clientId: ID!, $after: String) {\n    taskEvents(clientId: $clientId, after: $after) {\n      kind\n      taskId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientTasks($clientId: ID!, $includeCompleted: Boolean!) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        openTaskCount\n        tasks(includeCompleted: $includeCompleted) {\n          ...TaskItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientTasks($clientId: ID!, $includeCompleted: Boolean!) {\n    node(id: $clientId) {\n      ... on Client {\n        id\n        openTaskCount\n        tasks(includeCompleted: $includeCompleted) {\n          ...TaskItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: TaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: TaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTask($input: TaskInput!) {\n    deleteTask(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTask($input: TaskInput!) {\n    deleteTask(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTask($input: TaskInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTask($input: TaskInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskItem on Task {\n    id\n    title\n    description\n    priority\n    dueAt\n    completed\n    completedAt\n    overdue\n    viewerCanEdit\n    viewerCanDelete\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskItem on Task {\n    id\n    title\n    description\n    priority\n    dueAt\n    completed\n    completedAt\n    overdue\n    viewerCanEdit\n    viewerCanDelete\n    assignee {\n      id\n      name\n      avatarUrl\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockClient($input: ClientInput!) {\n    unblockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockClient($input: ClientInput!) {\n    unblockClient(input: $input) {\n      client {\n        ...ClientControls\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Comment on Comment {\n    id\n    # Aliased: Message.text is non-null, and both sit in the TimelineItem union.\n    body: text\n    pinned\n    viewerCanEdit\n    viewerCanDelete\n    editedAt\n    deletedAt\n    createdAt\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Comment on Comment {\n    id\n    # Aliased: Message.text is non-null, and both sit in the TimelineItem union.\n    body: text\n    pinned\n    viewerCanEdit\n    viewerCanDelete\n    editedAt\n    deletedAt\n    createdAt\n    author {\n      id\n      name\n    }\n    mentions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: CommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: CommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinComment($input: PinCommentInput!) {\n    pinComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PinComment($input: PinCommentInput!) {\n    pinComment(input: $input) {\n      comment {\n        ...Comment\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveConversation($input: ArchiveConversationInput!) {\n    archiveConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveConversation($input: ArchiveConversationInput!) {\n    archiveConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseConversation($input: ConversationInput!) {\n    closeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation CloseConversation($input: ConversationInput!) {\n    closeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationActionPayload on ConversationPayload {\n    conversation {\n      ...ConversationListItem\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationActionPayload on ConversationPayload {\n    conversation {\n      ...ConversationListItem\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationPermissions($id: ID!) {\n    conversation(id: $id) {\n      id\n      viewerCanTake\n      viewerCanAssign\n    }\n  }\n"): (typeof documents)["\n  query ConversationPermissions($id: ID!) {\n    conversation(id: $id) {\n      id\n      viewerCanTake\n      viewerCanAssign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: ConversationInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: ConversationInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationUnread($input: ConversationInput!) {\n    markConversationUnread(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationUnread($input: ConversationInput!) {\n    markConversationUnread(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Operators {\n    operators {\n      id\n      name\n      avatarUrl\n      role\n    }\n  }\n"): (typeof documents)["\n  query Operators {\n    operators {\n      id\n      name\n      avatarUrl\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinConversation($input: PinConversationInput!) {\n    pinConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation PinConversation($input: PinConversationInput!) {\n    pinConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenConversation($input: ConversationInput!) {\n    reopenConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenConversation($input: ConversationInput!) {\n    reopenConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeConversation($input: ConversationInput!) {\n    takeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation TakeConversation($input: ConversationInput!) {\n    takeConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferConversation($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation TransferConversation($input: TransferConversationInput!) {\n    transferConversation(input: $input) {\n      ...ConversationActionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFilter($input: SavedFilterInput!) {\n    deleteFilter(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFilter($input: SavedFilterInput!) {\n    deleteFilter(input: $input) {\n      deletedId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateFilter($input: DuplicateFilterInput!) {\n    duplicateFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateFilter($input: DuplicateFilterInput!) {\n    duplicateFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    operators {\n      id\n      name\n    }\n    me {\n      project {\n        channels {\n          id\n          name\n          kind\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n      }\n    }\n    variableDefinitions(scope: CLIENT) {\n      id\n      key\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  query FilterOptions {\n    operators {\n      id\n      name\n    }\n    me {\n      project {\n        channels {\n          id\n          name\n          kind\n        }\n      }\n    }\n    tags: labels(kind: TAG) {\n      id\n      name\n      color\n    }\n    lists: labels(kind: LIST) {\n      id\n      name\n      color\n    }\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n      }\n    }\n    variableDefinitions(scope: CLIENT) {\n      id\n      key\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFilter($input: SaveFilterInput!) {\n    saveFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFilter($input: SaveFilterInput!) {\n    saveFilter(input: $input) {\n      savedFilter {\n        ...SavedFilter\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedFilter on SavedFilter {\n    id\n    name\n    shared\n    viewerCanEdit\n    owner {\n      id\n      name\n    }\n    filter {\n      section\n      search\n      match\n      conditions {\n        field\n        anyOf\n        allOf\n        is\n        from\n        to\n        variable\n        equals\n        contains\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SavedFilter on SavedFilter {\n    id\n    name\n    shared\n    viewerCanEdit\n    owner {\n      id\n      name\n    }\n    filter {\n      section\n      search\n      match\n      conditions {\n        field\n        anyOf\n        allOf\n        is\n        from\n        to\n        variable\n        equals\n        contains\n        min\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedFilters {\n    savedFilters {\n      ...SavedFilter\n    }\n  }\n"): (typeof documents)["\n  query SavedFilters {\n    savedFilters {\n      ...SavedFilter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryStatus {\n    deliveryStatus {\n      workers\n      queued\n      oldestQueuedAt\n      delayed\n    }\n  }\n"): (typeof documents)["\n  query DeliveryStatus {\n    deliveryStatus {\n      workers\n      queued\n      oldestQueuedAt\n      delayed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      project {\n        id\n        name\n        timeZone\n      }\n      operator {\n        id\n        name\n        email\n        role\n        avatarUrl\n        presence\n        readOnOpen\n        locale\n      }\n    }\n    gateway {\n      url\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      project {\n        id\n        name\n        timeZone\n      }\n      operator {\n        id\n        name\n        email\n        role\n        avatarUrl\n        presence\n        readOnOpen\n        locale\n      }\n    }\n    gateway {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      operator {\n        id\n        readOnOpen\n        locale\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      operator {\n        id\n        readOnOpen\n        locale\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($input: MessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($input: MessageInput!) {\n    deleteMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardMessage($input: ForwardMessageInput!) {\n    forwardMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardMessage($input: ForwardMessageInput!) {\n    forwardMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagePermissions($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        __typename\n        id\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagePermissions($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        __typename\n        id\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinMessage($input: PinMessageInput!) {\n    pinMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PinMessage($input: PinMessageInput!) {\n    pinMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded($after: String) {\n    notificationAdded(after: $after) {\n      ...Notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded($after: String) {\n    notificationAdded(after: $after) {\n      ...Notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Notification on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    comment {\n      id\n      text\n    }\n    conversation {\n      id\n      client {\n        id\n        name\n      }\n    }\n    webhookEndpoint {\n      id\n      url\n    }\n    task {\n      id\n      title\n      dueAt\n      client {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Notification on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    comment {\n      id\n      text\n    }\n    conversation {\n      id\n      client {\n        id\n        name\n      }\n    }\n    webhookEndpoint {\n      id\n      url\n    }\n    task {\n      id\n      title\n      dueAt\n      client {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...Notification\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...Notification\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OperatorPresence {\n    operatorPresence {\n      ...TeamMember\n    }\n  }\n"): (typeof documents)["\n  subscription OperatorPresence {\n    operatorPresence {\n      ...TeamMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input) {\n      operator {\n        id\n        presence\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPresence($input: SetPresenceInput!) {\n    setPresence(input: $input) {\n      operator {\n        id\n        presence\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMember on Operator {\n    id\n    name\n    avatarUrl\n    role\n    presence\n  }\n"): (typeof documents)["\n  fragment TeamMember on Operator {\n    id\n    name\n    avatarUrl\n    role\n    presence\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPresence {\n    operators {\n      ...TeamMember\n    }\n  }\n"): (typeof documents)["\n  query TeamPresence {\n    operators {\n      ...TeamMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        processRuns {\n          ...ProcessRunItem\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        processRuns {\n          ...ProcessRunItem\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        client {\n          id\n          processRuns {\n            id\n            status\n            process {\n              id\n            }\n          }\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationProcesses($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        client {\n          id\n          processRuns {\n            id\n            status\n            process {\n              id\n            }\n          }\n        }\n      }\n    }\n    processes {\n      id\n      name\n      published {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProcessRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessRunItem\n    }\n  }\n"): (typeof documents)["\n  subscription ProcessRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessRunItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessRunItem on ProcessRun {\n    id\n    status\n    blockEnteredAt\n    waitingFor\n    waitUntil\n    error\n    viewerCanSteer\n    process {\n      id\n      name\n    }\n    block {\n      blockId\n      number\n      name\n      type\n    }\n    version {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ProcessRunItem on ProcessRun {\n    id\n    status\n    blockEnteredAt\n    waitingFor\n    waitUntil\n    error\n    viewerCanSteer\n    process {\n      id\n      name\n    }\n    block {\n      blockId\n      number\n      name\n      type\n    }\n    version {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProcess($input: StartProcessInput!) {\n    startProcess(input: $input) {\n      started\n      runs {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartProcess($input: StartProcessInput!) {\n    startProcess(input: $input) {\n      started\n      runs {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SteerProcessRun($input: SteerProcessRunInput!) {\n    steerProcessRun(input: $input) {\n      run {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SteerProcessRun($input: SteerProcessRunInput!) {\n    steerProcessRun(input: $input) {\n      run {\n        ...ProcessRunItem\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionBlocks($id: ID!) {\n    node(id: $id) {\n      ... on ProcessVersion {\n        id\n        blocks {\n          blockId\n          number\n          name\n          type\n          color\n          description\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VersionBlocks($id: ID!) {\n    node(id: $id) {\n      ... on ProcessVersion {\n        id\n        blocks {\n          blockId\n          number\n          name\n          type\n          color\n          description\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FillQuickReply($quickReplyId: ID!, $conversationId: ID!) {\n    fillQuickReply(quickReplyId: $quickReplyId, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n"): (typeof documents)["\n  query FillQuickReply($quickReplyId: ID!, $conversationId: ID!) {\n    fillQuickReply(quickReplyId: $quickReplyId, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickReplies($search: String) {\n    quickReplyFolders {\n      id\n      name\n    }\n    quickReplies(search: $search) {\n      id\n      title\n      text\n      folder {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuickReplies($search: String) {\n    quickReplyFolders {\n      id\n      name\n    }\n    quickReplies(search: $search) {\n      id\n      title\n      text\n      folder {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickReplyForm {\n    quickReplyFolders { id name }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n"): (typeof documents)["\n  query QuickReplyForm {\n    quickReplyFolders { id name }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientScheduled($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        scheduledMessages {\n          ...ChatMessage\n        }\n        pendingProcessSends {\n          ...ProcessPendingSendItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientScheduled($id: ID!) {\n    node(id: $id) {\n      ... on Client {\n        id\n        scheduledMessages {\n          ...ChatMessage\n        }\n        pendingProcessSends {\n          ...ProcessPendingSendItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FillText($text: String!, $conversationId: ID!) {\n    fillText(text: $text, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n"): (typeof documents)["\n  query FillText($text: String!, $conversationId: ID!) {\n    fillText(text: $text, conversationId: $conversationId) {\n      text\n      unresolved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessPendingSendItem on ProcessPendingSend {\n    sendAt\n    text\n    run {\n      id\n      viewerCanSteer\n      process {\n        id\n        name\n      }\n    }\n    delay {\n      blockId\n      number\n      name\n    }\n    next {\n      blockId\n      number\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment ProcessPendingSendItem on ProcessPendingSend {\n    sendAt\n    text\n    run {\n      id\n      viewerCanSteer\n      process {\n        id\n        name\n      }\n    }\n    delay {\n      blockId\n      number\n      name\n    }\n    next {\n      blockId\n      number\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledMessages($first: Int, $after: String, $filter: ScheduledMessagesFilter) {\n    scheduledMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...ChatMessage\n          conversation {\n            id\n            client {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduledMessages($first: Int, $after: String, $filter: ScheduledMessagesFilter) {\n    scheduledMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...ChatMessage\n          conversation {\n            id\n            client {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMessage($input: RescheduleMessageInput!) {\n    rescheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleMessage($input: RescheduleMessageInput!) {\n    rescheduleMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendScheduledMessageNow($input: ScheduledMessageInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendScheduledMessageNow($input: ScheduledMessageInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelScheduledMessage($input: ScheduledMessageInput!) {\n    cancelScheduledMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelScheduledMessage($input: ScheduledMessageInput!) {\n    cancelScheduledMessage(input: $input) {\n      message {\n        ...ChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      id\n      name\n      viewerCanOpenInbox\n    }\n  }\n"): (typeof documents)["\n  query Teams {\n    teams {\n      id\n      name\n      viewerCanOpenInbox\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcess($input: CreateProcessInput!) {\n    createProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProcess($input: CreateProcessInput!) {\n    createProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProcess($input: ProcessInput!) {\n    deleteProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProcess($input: ProcessInput!) {\n    deleteProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessCounters on Process {\n    id\n    activeRuns\n    published {\n      id\n      blocks {\n        blockId\n        activeCount\n        enteredToday\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProcessCounters on Process {\n    id\n    activeRuns\n    published {\n      id\n      blocks {\n        blockId\n        activeCount\n        enteredToday\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessCounters($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessCounters\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessCounters($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessCounters\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProcessCountersUpdated($processId: ID!) {\n    processCountersUpdated(processId: $processId) {\n      ...ProcessCounters\n    }\n  }\n"): (typeof documents)["\n  subscription ProcessCountersUpdated($processId: ID!) {\n    processCountersUpdated(processId: $processId) {\n      ...ProcessCounters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessFields on Process {\n    id\n    name\n    hasUnpublishedChanges\n    activeRuns\n    updatedAt\n    viewerCanEdit\n    published {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ProcessFields on Process {\n    id\n    name\n    hasUnpublishedChanges\n    activeRuns\n    updatedAt\n    viewerCanEdit\n    published {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessProblemFields on ProcessProblem {\n    code\n    blockId\n    detail\n  }\n"): (typeof documents)["\n  fragment ProcessProblemFields on ProcessProblem {\n    code\n    blockId\n    detail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessPayloadFields on ProcessPayload {\n    process {\n      ...ProcessFields\n      draft\n    }\n    problems {\n      ...ProcessProblemFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProcessPayloadFields on ProcessPayload {\n    process {\n      ...ProcessFields\n      draft\n    }\n    problems {\n      ...ProcessProblemFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessProblems($processId: ID!) {\n    processProblems(processId: $processId) {\n      code\n      blockId\n      detail\n    }\n  }\n"): (typeof documents)["\n  query ProcessProblems($processId: ID!) {\n    processProblems(processId: $processId) {\n      code\n      blockId\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessTestRunFields on ProcessRun {\n    id\n    status\n    waitingFor\n    block {\n      blockId\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment ProcessTestRunFields on ProcessRun {\n    id\n    status\n    waitingFor\n    block {\n      blockId\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProcessTestRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessTestRunFields\n    }\n  }\n"): (typeof documents)["\n  subscription ProcessTestRunUpdated($clientId: ID!, $after: String) {\n    processRunUpdated(clientId: $clientId, after: $after) {\n      ...ProcessTestRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Process($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessFields\n        draft\n        versions {\n          id\n          version\n          definition\n          publishedAt\n          publishedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Process($id: ID!) {\n    node(id: $id) {\n      ... on Process {\n        ...ProcessFields\n        draft\n        versions {\n          id\n          version\n          definition\n          publishedAt\n          publishedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Processes {\n    processes {\n      ...ProcessFields\n    }\n  }\n"): (typeof documents)["\n  query Processes {\n    processes {\n      ...ProcessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProcess($input: ProcessInput!) {\n    publishProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishProcess($input: ProcessInput!) {\n    publishProcess(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreProcessVersion($input: RestoreProcessVersionInput!) {\n    restoreProcessVersion(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreProcessVersion($input: RestoreProcessVersionInput!) {\n    restoreProcessVersion(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...ProcessPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopProcessTest($input: ProcessInput!) {\n    stopProcessTest(input: $input) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StopProcessTest($input: ProcessInput!) {\n    stopProcessTest(input: $input) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestProcessDraft($input: TestProcessDraftInput!) {\n    testProcessDraft(input: $input) {\n      test {\n        widgetKey\n        visitorToken\n        run {\n          ...ProcessTestRunFields\n          client {\n            id\n            name\n          }\n        }\n      }\n      problems {\n        ...ProcessProblemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestProcessDraft($input: TestProcessDraftInput!) {\n    testProcessDraft(input: $input) {\n      test {\n        widgetKey\n        visitorToken\n        run {\n          ...ProcessTestRunFields\n          client {\n            id\n            name\n          }\n        }\n      }\n      problems {\n        ...ProcessProblemFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      changed\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      changed\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens { id name createdAt }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens { id name createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken { id }\n      token\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken { id }\n      token\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseChannel($input: ChannelInput!) {\n    pauseChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation PauseChannel($input: ChannelInput!) {\n    pauseChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeChannel($input: ChannelInput!) {\n    resumeChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation ResumeChannel($input: ChannelInput!) {\n    resumeChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectChannel($input: ChannelInput!) {\n    disconnectChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation DisconnectChannel($input: ChannelInput!) {\n    disconnectChannel(input: $input) { channel { id status } userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestChannel($input: TestChannelInput!) {\n    testChannel(input: $input) { sent userErrors { ...UserErrorFields } }\n  }\n"): (typeof documents)["\n  mutation TestChannel($input: TestChannelInput!) {\n    testChannel(input: $input) { sent userErrors { ...UserErrorFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameChannel($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameChannel($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChannelLocale($input: SetChannelLocaleInput!) {\n    setChannelLocale(input: $input) {\n      channel { id locale }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SetChannelLocale($input: SetChannelLocaleInput!) {\n    setChannelLocale(input: $input) {\n      channel { id locale }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChannelPreChat($input: SetChannelPreChatInput!) {\n    setChannelPreChat(input: $input) {\n      channel { id preChatFields }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SetChannelPreChat($input: SetChannelPreChatInput!) {\n    setChannelPreChat(input: $input) {\n      channel { id preChatFields }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsChannels {\n    me {\n      project {\n        id\n        channels {\n          id kind name publicKey widgetUrl locale preChatFields status webhookUrl\n          settings { name value }\n          health { connectedAt lastInboundAt lastError lastErrorAt }\n        }\n      }\n    }\n    channelKinds { kind connectable fields { name secret optional } }\n  }\n"): (typeof documents)["\n  query SettingsChannels {\n    me {\n      project {\n        id\n        channels {\n          id kind name publicKey widgetUrl locale preChatFields status webhookUrl\n          settings { name value }\n          health { connectedAt lastInboundAt lastError lastErrorAt }\n        }\n      }\n    }\n    channelKinds { kind connectable fields { name secret optional } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFunnelStage($input: AddFunnelStageInput!) {\n    addFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation AddFunnelStage($input: AddFunnelStageInput!) {\n    addFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFunnel($input: CreateFunnelInput!) {\n    createFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFunnel($input: CreateFunnelInput!) {\n    createFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFunnelStage($input: DeleteFunnelStageInput!) {\n    deleteFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFunnelStage($input: DeleteFunnelStageInput!) {\n    deleteFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFunnel($input: DeleteFunnelInput!) {\n    deleteFunnel(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFunnel($input: DeleteFunnelInput!) {\n    deleteFunnel(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameFunnel($input: UpdateFunnelInput!) {\n    renameFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameFunnel($input: UpdateFunnelInput!) {\n    renameFunnel(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderFunnelStages($input: ReorderFunnelStagesInput!) {\n    reorderFunnelStages(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderFunnelStages($input: ReorderFunnelStagesInput!) {\n    reorderFunnelStages(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsFunnels {\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        position\n        dealCount\n        responsible { id }\n      }\n    }\n    operators { id name }\n  }\n"): (typeof documents)["\n  query SettingsFunnels {\n    funnels {\n      id\n      name\n      stages {\n        id\n        name\n        position\n        dealCount\n        responsible { id }\n      }\n    }\n    operators { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFunnelStage($input: UpdateFunnelStageInput!) {\n    updateFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFunnelStage($input: UpdateFunnelStageInput!) {\n    updateFunnelStage(input: $input) {\n      funnel { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectSettings {\n    me {\n      project { id name timeZone autoCloseAfterMinutes }\n    }\n  }\n"): (typeof documents)["\n  query ProjectSettings {\n    me {\n      project { id name timeZone autoCloseAfterMinutes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectSettings($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project { id name timeZone autoCloseAfterMinutes }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectSettings($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project { id name timeZone autoCloseAfterMinutes }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageDeletion {\n    me {\n      project {\n        id\n        messageDeletionRoles\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageDeletion {\n    me {\n      project {\n        id\n        messageDeletionRoles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMessageDeletionRoles($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project {\n        id\n        messageDeletionRoles\n      }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMessageDeletionRoles($input: UpdateProjectSettingsInput!) {\n    updateProjectSettings(input: $input) {\n      project {\n        id\n        messageDeletionRoles\n      }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOperator($input: CreateOperatorInput!) {\n    createOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOperator($input: CreateOperatorInput!) {\n    createOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateOperator($input: OperatorIdInput!) {\n    deactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateOperator($input: OperatorIdInput!) {\n    deactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateOperator($input: OperatorIdInput!) {\n    reactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateOperator($input: OperatorIdInput!) {\n    reactivateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOperatorCapacity($input: SetOperatorCapacityInput!) {\n    setOperatorCapacity(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOperatorCapacity($input: SetOperatorCapacityInput!) {\n    setOperatorCapacity(input: $input) {\n      operator {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsOperators {\n    operators(includeDeactivated: true) { id name email role presence capacity deactivatedAt }\n    me {\n      operator { id }\n      can { manageOwners }\n    }\n  }\n"): (typeof documents)["\n  query SettingsOperators {\n    operators(includeDeactivated: true) { id name email role presence capacity deactivatedAt }\n    me {\n      operator { id }\n      can { manageOwners }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOperator($input: UpdateOperatorInput!) {\n    updateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOperator($input: UpdateOperatorInput!) {\n    updateOperator(input: $input) {\n      operator { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuickReplyFolder($input: CreateQuickReplyFolderInput!) {\n    createQuickReplyFolder(input: $input) {\n      folder { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuickReplyFolder($input: CreateQuickReplyFolderInput!) {\n    createQuickReplyFolder(input: $input) {\n      folder { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuickReplyFolder($input: QuickReplyFolderInput!) {\n    deleteQuickReplyFolder(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteQuickReplyFolder($input: QuickReplyFolderInput!) {\n    deleteQuickReplyFolder(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuickReply($input: QuickReplyInput!) {\n    deleteQuickReply(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteQuickReply($input: QuickReplyInput!) {\n    deleteQuickReply(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameQuickReplyFolder($input: RenameQuickReplyFolderInput!) {\n    renameQuickReplyFolder(input: $input) {\n      folder { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameQuickReplyFolder($input: RenameQuickReplyFolderInput!) {\n    renameQuickReplyFolder(input: $input) {\n      folder { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuickReply($input: SaveQuickReplyInput!) {\n    saveQuickReply(input: $input) {\n      quickReply { id title text folder { id } }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsQuickReplies($search: String, $folderId: ID) {\n    quickReplyFolders { id name quickReplyCount }\n    quickReplies(search: $search, folderId: $folderId) {\n      id\n      title\n      text\n      folder { id name }\n    }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n"): (typeof documents)["\n  query SettingsQuickReplies($search: String, $folderId: ID) {\n    quickReplyFolders { id name quickReplyCount }\n    quickReplies(search: $search, folderId: $folderId) {\n      id\n      title\n      text\n      folder { id name }\n    }\n    clientVariables: variableDefinitions(scope: CLIENT) { key name }\n    systemVariables { key name inQuickReplies }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($input: TeamInput!) {\n    deleteTeam(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTeam($input: TeamInput!) {\n    deleteTeam(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTeam($input: RenameTeamInput!) {\n    renameTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameTeam($input: RenameTeamInput!) {\n    renameTeam(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamMembers($input: SetTeamMembersInput!) {\n    setTeamMembers(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamMembers($input: SetTeamMembersInput!) {\n    setTeamMembers(input: $input) {\n      team { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTeams {\n    teams {\n      id\n      name\n      members { id }\n    }\n    operators { id name }\n  }\n"): (typeof documents)["\n  query SettingsTeams {\n    teams {\n      id\n      name\n      members { id }\n    }\n    operators { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVariable($input: CreateVariableDefinitionInput!) {\n    createVariableDefinition(input: $input) {\n      definition { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVariable($input: CreateVariableDefinitionInput!) {\n    createVariableDefinition(input: $input) {\n      definition { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVariable($input: VariableDefinitionInput!) {\n    deleteVariableDefinition(input: $input) {\n      deletedDefinitionId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteVariable($input: VariableDefinitionInput!) {\n    deleteVariableDefinition(input: $input) {\n      deletedDefinitionId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameVariable($input: UpdateVariableDefinitionInput!) {\n    updateVariableDefinition(input: $input) {\n      definition { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameVariable($input: UpdateVariableDefinitionInput!) {\n    updateVariableDefinition(input: $input) {\n      definition { id name }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsVariables {\n    clientVariables: variableDefinitions(scope: CLIENT) { id key name type }\n    dealVariables: variableDefinitions(scope: DEAL) { id key name type }\n    systemVariables { key name inQuickReplies onClientCard }\n  }\n"): (typeof documents)["\n  query SettingsVariables {\n    clientVariables: variableDefinitions(scope: CLIENT) { id key name type }\n    dealVariables: variableDefinitions(scope: DEAL) { id key name type }\n    systemVariables { key name inQuickReplies onClientCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      delivery { id }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($input: WebhookEndpointInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($input: WebhookEndpointInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id enabled }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id enabled }\n      userErrors { ...UserErrorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      createdAt\n      deliveries(first: 10) {\n        edges {\n          node { id type status attempts statusCode responseTimeMs error nextAttemptAt createdAt replayOf { id } }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      createdAt\n      deliveries(first: 10) {\n        edges {\n          node { id type status attempts statusCode responseTimeMs error nextAttemptAt createdAt replayOf { id } }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Permissions {\n    me {\n      project {\n        id\n      }\n      can {\n        manageProject\n        manageOperators\n        manageOwners\n        manageChannels\n        manageApiTokens\n        manageWebhooks\n        manageTeams\n        manageFunnels\n        manageVariables\n        manageQuickReplies\n        manageFileLibrary\n        manageCapacity\n        viewPresenceReport\n        importExportClients\n        viewAllScheduledMessages\n        sendBroadcasts\n        viewAllTeamInboxes\n        assignAnyConversation\n        assignAnyClientOwner\n        changeAnyTask\n        moderateComments\n        manageSharedFilters\n        deleteClients\n        purgeClients\n        deleteMessages\n        editProcesses\n        startProcesses\n        steerProcessRuns\n      }\n    }\n  }\n"): (typeof documents)["\n  query Permissions {\n    me {\n      project {\n        id\n      }\n      can {\n        manageProject\n        manageOperators\n        manageOwners\n        manageChannels\n        manageApiTokens\n        manageWebhooks\n        manageTeams\n        manageFunnels\n        manageVariables\n        manageQuickReplies\n        manageFileLibrary\n        manageCapacity\n        viewPresenceReport\n        importExportClients\n        viewAllScheduledMessages\n        sendBroadcasts\n        viewAllTeamInboxes\n        assignAnyConversation\n        assignAnyClientOwner\n        changeAnyTask\n        moderateComments\n        manageSharedFilters\n        deleteClients\n        purgeClients\n        deleteMessages\n        editProcesses\n        startProcesses\n        steerProcessRuns\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    code\n    reason\n    message\n    field\n    values {\n      name\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    code\n    reason\n    message\n    field\n    values {\n      name\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetIntroduce($input: WidgetIntroduceInput!) {\n    widgetIntroduce(input: $input) {\n      name\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetIntroduce($input: WidgetIntroduceInput!) {\n    widgetIntroduce(input: $input) {\n      name\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetChatMessage on WidgetMessage {\n    id\n    direction\n    senderKind\n    authorName\n    text\n    buttons\n    createdAt\n    editedAt\n    deleted\n    attachments {\n      kind\n      name\n      contentType\n      size\n      url\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment WidgetChatMessage on WidgetMessage {\n    id\n    direction\n    senderKind\n    authorName\n    text\n    buttons\n    createdAt\n    editedAt\n    deleted\n    attachments {\n      kind\n      name\n      contentType\n      size\n      url\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WidgetMessages($after: String) {\n    widgetMessages(after: $after) {\n      ...WidgetChatMessage\n    }\n  }\n"): (typeof documents)["\n  subscription WidgetMessages($after: String) {\n    widgetMessages(after: $after) {\n      ...WidgetChatMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSend($input: WidgetSendInput!) {\n    widgetSend(input: $input) {\n      message {\n        ...WidgetChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetSend($input: WidgetSendInput!) {\n    widgetSend(input: $input) {\n      message {\n        ...WidgetChatMessage\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetStart($input: WidgetStartInput!) {\n    widgetStart(input: $input) {\n      session {\n        visitorToken\n        channelName\n        locale\n        preChatFields\n        cursor\n        messages {\n          ...WidgetChatMessage\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetStart($input: WidgetStartInput!) {\n    widgetStart(input: $input) {\n      session {\n        visitorToken\n        channelName\n        locale\n        preChatFields\n        cursor\n        messages {\n          ...WidgetChatMessage\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;