import { createServer, type IncomingHttpHeaders } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as sent (signatures are over these bytes). */
  body: string;
}

export interface WebhookReceiver {
  /** Base URL, `http://127.0.0.1:<port>`. */
  url: string;
  requests: ReceivedRequest[];
  /** What to answer (status, body); 200 "ok" unless set. */
  respond: (answer: (request: ReceivedRequest) => { status: number; body?: string }) => void;
  close: () => Promise<void>;
}

/** A real HTTP server on localhost that records every request, for webhook and postback tests. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  let answer = (_: ReceivedRequest): { status: number; body?: string } => ({ status: 200, body: 'ok' });
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const { status, body } = answer(request);
      response.writeHead(status, { 'Content-Type': 'text/plain' });
      response.end(body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    respond: (next) => {
      answer = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
