import type { Content, TableCell } from 'pdfmake/interfaces';
import { chip, chipWidth, headerWidth, th } from '../blocks';
import { DASH, splitDigest } from '../format';
import type { KeptTogether } from '../keep-together';
import { COLORS, rowsLayout } from '../theme';
import { certificationTone, severityTone } from '../tones';
import { partHeading } from './chrome';
import type { LayoutContext } from './context';

/** Ids of the knock-out rules in the method part, kept on one page so no rule is left alone on the last. */
export const KNOCKOUT_RULES: KeptTogether = { start: 'knockout-rules', end: 'knockout-rules-end' };
const muted = (value: string | undefined, fontSize = 7.5): TableCell =>
  value?.trim() ? { text: value, fontSize, color: COLORS.body } : { text: DASH, fontSize, color: COLORS.faint };

/** Every finding with its tracking fields. */
export function findingsPart(ctx: LayoutContext): Content {
  const { model, labels, measure } = ctx;
  const severityWidth = Math.max(headerWidth(measure, labels.severity, 50), ...model.findings.map((f) => chipWidth(measure, f.severityLabel)));
  const numberWidth = Math.max(22, ...model.findings.map((f) => Math.ceil(measure.width(f.number, 'medium', 8)) + 1));
  const rows = model.findings.map((f): TableCell[] => [
    chip(f.severityLabel, severityTone(f.severity)),
    { text: f.number, fontSize: 8, bold: true, color: COLORS.accent },
    {
      stack: [
        { text: f.title, fontSize: 8.2, bold: true, color: COLORS.ink, lineHeight: 1.1 },
        { text: f.kind.toLocaleUpperCase(), fontSize: 6, bold: true, color: COLORS.muted, characterSpacing: 0.2, margin: [0, 2, 0, 3] },
        { text: [{ text: `${labels.remediation}: `, bold: true, color: COLORS.ink }, f.remediation], fontSize: 7.5, color: COLORS.body, lineHeight: 1.1 },
      ],
    },
    tracking(ctx, f),
  ]);
  const body = rows.length
    ? [
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [severityWidth, numberWidth, '*', headerWidth(measure, labels.status, 100)],
            body: [[th(labels.severity), th(''), th(labels.findings), th(labels.status)], ...rows],
          },
          layout: rowsLayout({ headerRows: 1, padding: 5 }),
        } as Content,
      ]
    : [{ text: labels.noRisks, fontSize: 9, color: COLORS.body } as Content];
  return { stack: [partHeading(labels.findings, 'findings'), ...body, ...acceptedRisks(ctx)] };
}

/** The risks accepted for a while: on what terms, approved by whom, and until when; one that ran out says so. */
function acceptedRisks({ model, labels, measure }: LayoutContext): Content[] {
  const accepted = model.acceptedRisks ?? [];
  if (accepted.length === 0) return [];
  const severityWidth = Math.max(headerWidth(measure, labels.severity, 50), ...accepted.map((a) => chipWidth(measure, a.severityLabel)));
  const line = (label: string, value: string): Content => ({
    text: [{ text: `${label}: `, bold: true, color: COLORS.ink }, value],
    fontSize: 7.5,
    color: COLORS.body,
    lineHeight: 1.1,
    margin: [0, 2, 0, 0],
  });
  const rows = accepted.map((a): TableCell[] => [
    chip(a.severityLabel, severityTone(a.severity)),
    {
      stack: [
        { text: [{ text: `${a.number}  `, color: COLORS.accent }, a.title], fontSize: 8.2, bold: true, color: COLORS.ink, lineHeight: 1.1 },
        line(labels.justification, a.justification),
        line(labels.compensatingControl, a.control),
      ],
    },
    { text: a.approver, fontSize: 7.5, color: COLORS.body },
    { text: a.until, fontSize: 8, bold: true, color: a.expired ? COLORS.darkRed : COLORS.ink, noWrap: true },
  ]);
  return [
    { text: labels.acceptedRisks, style: 'h2', fontSize: 11, margin: [0, 14, 0, 6], id: 'accepted-risks' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [severityWidth, '*', 110, headerWidth(measure, labels.acceptedUntil, 60)],
        body: [[th(labels.severity), th(labels.findings), th(labels.approvedBy), th(labels.acceptedUntil)], ...rows],
      },
      layout: rowsLayout({ headerRows: 1, padding: 5 }),
    } as Content,
  ];
}

/** Owner, due date and status of a finding, stacked in one column; missing values show a dash. */
function tracking({ labels, fmt }: LayoutContext, f: LayoutContext['model']['findings'][number]): TableCell {
  const line = (key: string, value: string | undefined, strong = false): Content => ({
    text: [
      { text: `${key}: `, color: COLORS.muted, fontSize: 6.8 },
      value?.trim() ? { text: value, color: strong ? COLORS.ink : COLORS.body, bold: strong } : { text: DASH, color: COLORS.faint },
    ],
    fontSize: 7.5,
    margin: [0, 0, 0, 1.5],
  });
  return { stack: [line(labels.status, f.status, true), line(labels.owner, f.owner), line(labels.due, f.dueDate ? fmt.date(f.dueDate) : undefined)] };
}

/** Every certification record with all its fields. */
export function certificationsPart(ctx: LayoutContext): Content {
  const { model, labels, fmt, measure } = ctx;
  const statusWidth = Math.max(headerWidth(measure, labels.status, 60), ...model.certifications.map((c) => chipWidth(measure, c.statusLabel)));
  const rows = model.certifications.map((c): TableCell[] => {
    const lines: Content[] = [{ text: c.name, fontSize: 8.2, bold: true, color: COLORS.ink }];
    if (c.scope?.trim()) lines.push({ text: [{ text: `${labels.scope}: `, bold: true }, c.scope], fontSize: 7.2, color: COLORS.body, margin: [0, 2, 0, 0] });
    return [
      { text: c.number, fontSize: 8, bold: true, color: COLORS.accent },
      { stack: lines },
      chip(c.statusLabel, certificationTone(c.status)),
      muted(c.certificateId),
      muted(c.issuer),
      { ...(muted(c.validUntil ? fmt.date(c.validUntil) : undefined) as object), alignment: 'right' } as TableCell,
    ];
  });
  return {
    stack: [
      partHeading(labels.certificationRecords, 'certifications'),
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [
            24,
            '*',
            statusWidth,
            headerWidth(measure, labels.certificateId, 66),
            headerWidth(measure, labels.issuer, 96),
            headerWidth(measure, labels.validUntil, 50),
          ],
          body: [[th(''), th(labels.certifications), th(labels.status), th(labels.certificateId), th(labels.issuer), th(labels.validUntil, 'right')], ...rows],
        },
        layout: rowsLayout({ headerRows: 1, padding: 5 }),
      },
    ],
  };
}

/** The evidence files with their full SHA-256, split into two even lines. */
export function evidencePart(ctx: LayoutContext): Content {
  const { model, labels, fmt, measure } = ctx;
  const digestSize = 6.6;
  const digestWidth = Math.ceil(
    Math.max(
      measure.width('f'.repeat(32), 'regular', digestSize),
      ...model.evidence.flatMap((e) =>
        splitDigest(e.sha256)
          .split('\n')
          .map((l) => measure.width(l, 'regular', digestSize)),
      ),
    ) + 3,
  );
  const rows = model.evidence.map((e): TableCell[] => [
    { text: e.questionNumber, fontSize: 8, bold: true, color: COLORS.accent },
    { text: e.fileName, fontSize: 8, color: COLORS.ink },
    { text: fmt.size(e.size), fontSize: 7.5, color: COLORS.body, alignment: 'right', noWrap: true },
    { text: splitDigest(e.sha256), fontSize: digestSize, color: COLORS.body, lineHeight: 1.15, characterSpacing: 0 },
  ]);
  const body: Content = rows.length
    ? {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [
            headerWidth(measure, labels.question, 36),
            '*',
            headerWidth(measure, labels.size, 46),
            Math.max(digestWidth, headerWidth(measure, labels.sha256, 0)),
          ],
          body: [[th(labels.question), th(labels.fileName), th(labels.size, 'right'), th(labels.sha256)], ...rows],
        },
        layout: rowsLayout({ headerRows: 1, padding: 4.5, zebra: true }),
      }
    : { text: DASH, color: COLORS.faint };
  // The history's last entry seals the assessment the report carries; its hash stands here beside the evidence digests.
  const history = model.assessment.history;
  const sealed: Content[] = history
    ? [{ text: [{ text: `${history.label}: `, bold: true, color: COLORS.ink }, history.text], fontSize: 7.5, color: COLORS.body, margin: [0, 8, 0, 0] }]
    : [];
  return { stack: [partHeading(labels.evidenceIndex, 'evidence'), body, ...sealed] };
}

/** How the assessment was scored: weights, thresholds, the residual risk matrix, knock-out rules. */
export function methodPart(ctx: LayoutContext): Content {
  const { model, labels, fmt } = ctx;
  const m = model.method;
  const h2 = (text: string, id?: string): Content => ({ text, style: 'h2', fontSize: 11, margin: [0, 12, 0, 6], ...(id ? { id } : {}) });
  const totalWeight = m.domainWeights.reduce((sum, w) => sum + w.weight, 0);
  const weights: Content =
    m.domainWeights.length === 0
      ? { text: DASH, color: COLORS.faint }
      : {
          table: {
            widths: ['*', 24, 36],
            body: [
              ...m.domainWeights.map((w): TableCell[] => [
                { text: w.title, fontSize: 8.5, color: COLORS.ink },
                { text: fmt.number(w.weight, Number.isInteger(w.weight) ? 0 : 1), fontSize: 8.5, bold: true, color: COLORS.ink, alignment: 'right' },
                { text: fmt.percent(w.weight, totalWeight), fontSize: 8.5, color: COLORS.body, alignment: 'right' },
              ]),
            ],
          },
          layout: { ...rowsLayout({ headerRows: 0, padding: 3.5 }), hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4) },
        };
  const thresholds: Content = {
    ul: m.thresholds.map((t) => ({ text: t, fontSize: 8.5, color: COLORS.body, margin: [0, 0, 0, 3] })),
    markerColor: COLORS.accent,
    margin: [0, 14, 0, 0],
  };
  return {
    stack: [
      partHeading(labels.method, 'method'),
      {
        columns: [
          { width: '*', stack: [h2(labels.weights), weights] },
          { width: '*', stack: [h2(`${labels.inherentRisk}: ${model.scores.inherentRisk.label}`), riskFactors(ctx)] },
        ],
        columnGap: 24,
      },
      ...(m.thresholds.length ? [thresholds] : []),
      h2(labels.matrix),
      matrixTable(ctx),
      h2(labels.knockoutRules, KNOCKOUT_RULES.start),
      ...m.knockoutRules.map((k, i): Content => ({
        unbreakable: true,
        stack: [
          { text: k.title, fontSize: 8.8, bold: true, color: COLORS.ink, ...(i === m.knockoutRules.length - 1 ? { id: KNOCKOUT_RULES.end } : {}) },
          { text: k.rationale, fontSize: 8.2, color: COLORS.body, margin: [0, 1.5, 0, 0] },
        ],
        margin: [0, 0, 0, 7],
      })),
    ],
  };
}

/** The residual risk matrix; the cell that applies to this assessment is highlighted. */
function matrixTable({ model }: LayoutContext): Content {
  const { header, rows } = model.method.matrix;
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  if (columns === 0) return { text: DASH, color: COLORS.faint };
  const pad = (cells: string[]) => [...cells, ...Array<string>(columns - cells.length).fill('')];
  const s = model.scores;
  const hitColumn = header.findIndex((h) => h === s.controlStrength);
  const body: TableCell[][] = [
    pad(header).map((h, i) => ({ text: h, fontSize: 7.5, bold: true, color: i === 0 ? COLORS.muted : COLORS.navy, alignment: i === 0 ? 'left' : 'center' })),
    ...rows.map((row) => {
      const hitRow = row[0] === s.inherentRisk.label;
      return pad(row).map((cell, i): TableCell => {
        const hit = hitRow && i === hitColumn && i > 0;
        return {
          text: cell,
          fontSize: 8.2,
          bold: i === 0 || hit,
          color: hit ? '#ffffff' : i === 0 ? COLORS.navy : COLORS.body,
          fillColor: hit ? COLORS.accent : i === 0 ? COLORS.tint : null,
          alignment: i === 0 ? 'left' : 'center',
        } as TableCell;
      });
    }),
  ];
  return {
    table: { headerRows: 1, widths: [110, ...Array<string>(columns - 1).fill('*')], body },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => COLORS.rule,
      vLineColor: () => COLORS.rule,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
  };
}

function riskFactors({ model, fmt }: LayoutContext): Content {
  const r = model.scores.inherentRisk;
  if (r.factors.length === 0) return { text: fmt.number(r.points), fontSize: 8.5, color: COLORS.body };
  return {
    table: {
      widths: ['*', 30],
      body: [
        ...r.factors.map((f): TableCell[] => [
          { text: f.label, fontSize: 8.5, color: COLORS.body },
          { text: `+${fmt.number(f.points)}`, fontSize: 8.5, color: COLORS.body, alignment: 'right' },
        ]),
        [
          { text: r.label, fontSize: 8.5, bold: true, color: COLORS.ink },
          { text: fmt.number(r.points), fontSize: 8.5, bold: true, color: COLORS.ink, alignment: 'right' },
        ],
      ],
    },
    layout: {
      ...rowsLayout({ headerRows: 0, padding: 3.5 }),
      hLineWidth: (i, node) => (i === node.table.body.length - 1 ? 0.8 : i === 0 || i === node.table.body.length ? 0 : 0.4),
    },
  };
}
