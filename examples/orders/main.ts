// `npm run example:orders`: the example orders subgraph on ORDERS_PORT (4100).
import { startOrdersServer } from './server.ts';

const orders = await startOrdersServer({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.ORDERS_PORT ?? 4100) });
console.log(`Orders subgraph  ${orders.url}`);
const stop = () => void orders.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
