/// <reference lib="webworker" />
// The panel's engine worker: everything heavy happens here, off the main thread.
import { createWorkerCore } from './worker-core';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerCore((reply: WorkerReply, transfer?: ArrayBuffer[]) => scope.postMessage(reply, transfer ?? []), { warmUp: true });
scope.onmessage = (e: MessageEvent<WorkerRequest>) => handle(e.data);
