// `npm run typecheck`: each layer with only the types it may use, then the tests and tools.
import { typecheck } from './lib/tools.mjs';

await typecheck();
