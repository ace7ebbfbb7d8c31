/// <reference lib="webworker" />
// The panel's engine worker: everything heavy happens here, off the main thread.
import { internStrings } from '../model/intern';
import { createWorkerCore } from './worker-core';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerCore((reply: WorkerReply, transfer?: ArrayBuffer[]) => scope.postMessage(reply, transfer ?? []), { warmUp: true });
// Requests are structured clones the worker owns: their strings are interned in place (see
// model/intern.ts), except a file's text, which is parsed, not compared.
scope.onmessage = (e: MessageEvent<WorkerRequest>) => handle(e.data.kind === 'parse' ? e.data : internStrings(e.data));
