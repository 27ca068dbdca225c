// `npm run gateway`: Hive Gateway alone, in front of api nodes elsewhere (docker-compose.yml). Each subgraph's
// address comes from GATEWAY_SUBGRAPH_<NAME>_URL (e.g. GATEWAY_SUBGRAPH_INBOX_URL), else the supergraph's;
// the inbox's own subscriptions pass through on GATEWAY_TRUNKS (4) trunks opened with GATEWAY_TRUNK_SECRET, the api
// nodes' (without it, or with GATEWAY_PASSTHROUGH=0, Hive Gateway executes them too: gateway.ts).
import { startGateway } from './gateway.ts';
import { subgraphs } from './subgraphs.ts';

const subgraphUrls = Object.fromEntries(
  subgraphs.flatMap(({ name }) => {
    const url = process.env[`GATEWAY_SUBGRAPH_${name.toUpperCase()}_URL`];
    return url ? [[name, url]] : [];
  }),
);
const gateway = await startGateway({
  host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.GATEWAY_PORT ?? 4001), subgraphUrls,
  passthrough: process.env.GATEWAY_PASSTHROUGH !== '0',
  trunks: Number(process.env.GATEWAY_TRUNKS ?? 4),
});
console.log(`Gateway  ${gateway.url}/graphql   (graphql-ws on the same path)`);
const stop = () => void gateway.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
