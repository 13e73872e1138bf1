export { Gazetteer } from './gazetteer';
export type { Area, AreaLevel, LoadOptions, Resolution, ResolveContext } from './types';
