// What the API needs to start and steer a broadcast: the workflow (started by reference), its id and its signals.
// This file is all that api/ imports from here; it holds no Node built-ins, as workflows import it too.
import { defineQuery, defineSignal } from '@temporalio/workflow';

export { runBroadcast } from './broadcast.workflows.ts';

/** One run per broadcast: a second start finds the first. */
export const broadcastWorkflowId = (broadcastId: string) => `broadcast-${broadcastId}`;

export const pauseBroadcastSignal = defineSignal('pauseBroadcast');
export const resumeBroadcastSignal = defineSignal('resumeBroadcast');
export const cancelBroadcastSignal = defineSignal('cancelBroadcast');
export const broadcastSignals = { pause: pauseBroadcastSignal, resume: resumeBroadcastSignal, cancel: cancelBroadcastSignal };

/** Where the workflow is: the pass (1 first, then passes for the messages a channel did not take yet) and whether it waits. */
export const broadcastStateQuery = defineQuery<{ pass: number; paused: boolean; cancelled: boolean }>('broadcastState');
