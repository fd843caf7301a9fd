// The baseline of bench:redirect: bare Fastify answering the same 302, nothing else.
import Fastify from 'fastify';

const port = Number(process.argv[2]);
const location = process.argv[3];
const app = Fastify({ logger: false });
app.get('/c/:code', async (_request, reply) => reply.code(302).header('Location', location).send());
await app.listen({ port, host: '127.0.0.1' });
console.log('ready');
