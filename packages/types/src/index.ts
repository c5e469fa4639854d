// @policedata/types: TypeScript types for every row of the standard, generated from schemas/.
export type * from './generated/index.js';
