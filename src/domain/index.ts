// The single source of truth for every format in SPEC.md: zod schemas, inferred types, one validator.
import './zod-setup'; // first: before any schema is built
export * from './account';
export * from './bot';
export * from './bot-names';
export * from './event';
export * from './result';
export * from './scenario';
export * from './validate';
export * from './time-formats';
export { assertNever } from './assert-never';
