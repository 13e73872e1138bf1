/** The domain's vocabulary and the plain shapes every layer shares; imports nothing of ours. */
export * from './entity-kinds';
export * from './relation-types';
export * from './pairing-modes';
export * from './search-matches';
export * from './limits';
export * from './document';
export * from './facts';
export * from './records';
export * from './dashboard-records';
export * from './graph-rows';
export * from './access';
export * from './scope';
export * from './aggregates';
export * from './node-refs';
export * from './export';
