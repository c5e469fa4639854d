// The Web Worker that runs the engine, so the page stays responsive while a large file is read.
// It answers each request from the page in turn (the page sends one at a time) and starts by
// sending the dataset types the standard defines.
import { datasetTypes, handleRequest } from './engine/handle.js';
import type { Reply, Request } from './engine/protocol.js';

const post = (reply: Reply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<Request>) => {
  void handleRequest(event.data, post);
});

post({ kind: 'ready', types: datasetTypes() });
