/** The portfolio dashboard's data: pure functions of stored rows and today's date. */
export * from './figures';
export * from './review';
export * from './rows';
export * from './timeline';
export * from './view';
