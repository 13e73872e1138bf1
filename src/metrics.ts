import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The service's Prometheus metrics, served at GET /metrics. One registry per app, so tests (and
 * two apps in one process) count apart. Every layer reports through these plain counters; none
 * of them knows Prometheus.
 */
export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<'operation' | 'type'>;
  statementsPerRequest: Histogram<'operation'>;
  errors: Counter<'code'>;
  statementsInFlight: Gauge;
  statements: Counter<'mode' | 'outcome'>;
  ingestions: Counter<'action' | 'outcome'>;
  databaseUp: Gauge;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'kg_process_' });
  return {
    registry,
    requestDuration: new Histogram({
      name: 'kg_graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation name (anonymous when unnamed) and type.',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers: [registry],
    }),
    statementsPerRequest: new Histogram({
      name: 'kg_graphql_statements_per_request',
      help: 'Cypher statements one GraphQL request sent.',
      labelNames: ['operation'],
      buckets: [0, 1, 2, 3, 5, 10, 20, 50, 100],
      registers: [registry],
    }),
    errors: new Counter({ name: 'kg_graphql_errors_total', help: 'Errors returned to clients, by extensions.code.', labelNames: ['code'], registers: [registry] }),
    statementsInFlight: new Gauge({ name: 'kg_neo4j_statements_in_flight', help: 'Statements sent and not yet answered (connections of the pool in use).', registers: [registry] }),
    statements: new Counter({ name: 'kg_neo4j_statements_total', help: 'Cypher statements by access mode and outcome.', labelNames: ['mode', 'outcome'], registers: [registry] }),
    ingestions: new Counter({ name: 'kg_ingestions_total', help: 'Documents ingested, removed and restored, by outcome.', labelNames: ['action', 'outcome'], registers: [registry] }),
    databaseUp: new Gauge({ name: 'kg_neo4j_up', help: '1 while the last statement reached Neo4j, 0 after one found it unreachable.', registers: [registry] }),
  };
}
