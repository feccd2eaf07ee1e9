import { z } from 'zod';

// The CSP forbids eval. zod decides when a schema is built whether to compile a
// parser with new Function, so this module is imported before any schema exists.
z.config({ jitless: true });
