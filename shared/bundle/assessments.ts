import { z } from 'zod';
import { VENDOR_CONTACTS_MAX, VENDOR_SERVICES_MAX } from '../domain/vendor-details';
import { assessmentExportSchema } from '../report/assessment-export';
import { questionnaireSchema } from '../questionnaire/schema';

/**
 * The document of an assessment bundle (`assessments.json`): the assessments as a report embeds them (one schema for
 * both), each with its vendor's full details and the path of every evidence file inside the archive, and the
 * questionnaires they were answered against when those are not built in. Evidence files are stored once per content,
 * under `evidence/<sha256>`.
 */
export const ASSESSMENTS_DOCUMENT = 'assessments.json';
export const ASSESSMENTS_FORMAT = 'assay-assessments';
export const ASSESSMENTS_SCHEMA_VERSION = 1;
/** Largest document a bundle may carry: far above 1,000 assessments of 300 answers. */
export const MAX_ASSESSMENTS_DOCUMENT_BYTES = 256 * 1024 * 1024;
export const MAX_BUNDLE_ASSESSMENTS = 5_000;

export const evidencePath = (sha256: string) => `evidence/${sha256}`;

const text = (max: number) => z.string().max(max);

const bundleVendorSchema = z
  .object({
    id: text(100),
    name: z.string().trim().min(1).max(120),
    website: text(500).optional(),
    services: z.array(text(200)).max(VENDOR_SERVICES_MAX),
    contacts: z
      .array(z.object({ name: text(120), role: text(120).optional(), email: text(120).optional(), phone: text(40).optional() }).strict())
      .max(VENDOR_CONTACTS_MAX),
  })
  .strict();
export type BundleVendor = z.infer<typeof bundleVendorSchema>;

const bundleAssessmentSchema = z
  .object({
    vendorId: text(100),
    /** The assessment this one revises, when it is in the bundle or already here. */
    previousId: text(100).optional(),
    content: assessmentExportSchema,
  })
  .strict();
export type BundleAssessment = z.infer<typeof bundleAssessmentSchema>;

export const assessmentsDocumentSchema = z
  .object({
    format: z.literal(ASSESSMENTS_FORMAT),
    schemaVersion: z.literal(ASSESSMENTS_SCHEMA_VERSION),
    exportedAt: z.iso.datetime(),
    vendors: z.array(bundleVendorSchema).max(MAX_BUNDLE_ASSESSMENTS),
    questionnaires: z.array(questionnaireSchema).max(100),
    assessments: z.array(bundleAssessmentSchema).min(1).max(MAX_BUNDLE_ASSESSMENTS),
  })
  .strict()
  .superRefine((document, context) => {
    const vendorIds = new Set<string>();
    document.vendors.forEach((vendor, index) => {
      if (vendorIds.has(vendor.id)) context.addIssue({ code: 'custom', message: 'duplicateId', path: ['vendors', index, 'id'] });
      vendorIds.add(vendor.id);
    });
    const assessmentIds = new Set<string>();
    document.assessments.forEach((entry, index) => {
      const id = entry.content.assessment.id;
      if (assessmentIds.has(id)) context.addIssue({ code: 'custom', message: 'duplicateId', path: ['assessments', index, 'content', 'assessment', 'id'] });
      assessmentIds.add(id);
      if (!vendorIds.has(entry.vendorId)) context.addIssue({ code: 'custom', message: 'unknownVendor', path: ['assessments', index, 'vendorId'] });
    });
  });
export type AssessmentsDocument = z.infer<typeof assessmentsDocumentSchema>;

/** Where a problem in a document is, as a reader can follow it ("assessments.2.content.answers.14.note"). */
export const issuePath = (error: z.ZodError): string => error.issues[0]?.path.join('.') || 'document';
