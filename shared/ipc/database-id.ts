import { z } from 'zod';

/** A database's id: 32 hex digits, made at its first start (renderer/src/app/database-check.ts). */
export const databaseIdSchema = z.string().regex(/^[a-f0-9]{32}$/);
