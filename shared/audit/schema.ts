import { z } from 'zod';
import { auditKinds } from './chain';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** One history entry as it travels in a backup or a report: bounded, with every field an entry has and no other. */
export const auditEntrySchema = z
  .object({
    assessmentId: z.string().max(100),
    seq: z.number().int().min(1),
    at: z.string().max(40),
    by: z.string().max(200),
    kind: z.enum(auditKinds),
    items: z.record(z.string().max(300), z.unknown()),
    detail: z.record(z.string().max(40), z.string().max(1_000)).optional(),
    previous: hex64,
    hash: hex64,
  })
  .strict();

/** What a report states of its assessment's history: how many entries, the last one's hash, and that entry itself. */
export const exportHistorySchema = z
  .object({
    entries: z.number().int().min(1),
    head: hex64,
    last: auditEntrySchema,
  })
  .strict();
export type ExportHistory = z.infer<typeof exportHistorySchema>;
