/**
 * Imported first by the service's entry points. graphql-js checks every type test against other
 * copies of itself unless NODE_ENV is "production"; the service has one copy, and the check costs
 * a third of the GraphQL time of a 200-node neighbourhood (2.5 → 1.7 ms, test/bench). Tests run
 * with jest's NODE_ENV=test and keep the checks.
 */
process.env.NODE_ENV ??= 'production';
