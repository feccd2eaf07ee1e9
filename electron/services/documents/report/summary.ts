import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { caption, chip } from '../blocks';
import { marker } from '../fitting';
import { COLORS } from '../theme';
import { certificationTone, severityTone } from '../tones';
import type { LayoutContext } from './context';
import { CONTENT_WIDTH, MARGINS, SUMMARY_TOP } from './geometry';
import { summaryBand } from './summary-band';
import { chartsRow } from './summary-charts';
import { decisionBlock } from './summary-decision';

/** Id of the marker after page 1's flowing content. */
export const SUMMARY_END = 'summary-end';

/** Page 1, the executive summary. Everything here is sized to fit above the signature band. */
export function summaryPage(ctx: LayoutContext): Content[] {
  return [summaryBand(ctx), heading(ctx), vendorBlock(ctx), decisionBlock(ctx), chartsRow(ctx), topRisks(ctx), certifications(ctx), marker(SUMMARY_END)];
}

const label = (text: string): Content => ({ text: text.toLocaleUpperCase(), style: 'caption' });

function heading({ model, labels, measure }: LayoutContext): Content {
  return {
    stack: [
      { text: labels.executiveSummary, style: 'eyebrow', id: 'summary', tocItem: true, outline: true },
      { text: measure.clamp(model.title, 'medium', 19, CONTENT_WIDTH, 2), style: 'title', margin: [0, 3, 0, 2] },
      { text: measure.clamp(model.subtitle, 'regular', 9.5, CONTENT_WIDTH, 2), style: 'subtitle', fontSize: 9.5 },
      { canvas: [{ type: 'line', x1: 0, y1: 6, x2: CONTENT_WIDTH, y2: 6, lineWidth: 1, lineColor: COLORS.navy }] },
    ],
    margin: [0, SUMMARY_TOP - MARGINS.top, 0, 0],
  };
}

function vendorBlock({ model, labels, measure, density, fmt }: LayoutContext): Content {
  const half = (CONTENT_WIDTH - 16) / 2;
  const vendorLine = [model.vendor.website, ...model.vendor.services].filter((s): s is string => !!s && s.trim() !== '').join(' · ');
  const a = model.assessment;
  const status = [a.statusLabel, `Rev. ${a.revision}`, a.finalisedAt ? fmt.date(a.finalisedAt) : ''].filter(Boolean).join(' · ');
  return {
    columns: [
      {
        width: half,
        stack: [
          label(labels.vendor),
          {
            text: measure.clamp(model.vendor.name, 'medium', 11, half, 2),
            fontSize: 11,
            bold: true,
            color: COLORS.ink,
            lineHeight: 1.05,
            margin: [0, 1.5, 0, 1],
          },
          { text: measure.clamp(vendorLine || ' ', 'regular', 7.5, half, 1), style: 'small' },
        ],
      },
      {
        width: half,
        stack: [
          label(labels.service),
          { text: measure.clamp(a.serviceName, 'medium', 11, half, 2), fontSize: 11, bold: true, color: COLORS.ink, lineHeight: 1.05, margin: [0, 1.5, 0, 1] },
          { text: status, style: 'small' },
        ],
      },
    ],
    columnGap: 16,
    margin: [0, density.gap, 0, 0],
  };
}

function topRisks({ model, labels, measure, density }: LayoutContext): Content {
  const textWidth = CONTENT_WIDTH - 54 - 24 - 16;
  const risks = model.topRisks.slice(0, density.maxTopRisks);
  const body: TableCell[][] = risks.map((f) => [
    chip(f.severityLabel, severityTone(f.severity)),
    { text: f.number, fontSize: 8, bold: true, color: COLORS.muted },
    {
      stack: [
        { text: measure.clamp(f.title, 'medium', 8, textWidth, density.riskTitleLines), fontSize: 8, bold: true, color: COLORS.ink },
        ...(density.remediationLines > 0
          ? [
              {
                text: measure.clamp(f.remediation, 'regular', 7.5, textWidth, density.remediationLines),
                fontSize: 7.5,
                lineHeight: 1.1,
                color: COLORS.body,
                margin: [0, 1, 0, 0],
              } as Content,
            ]
          : []),
      ],
    },
  ]);
  const table: Content =
    risks.length === 0
      ? { text: labels.noRisks, fontSize: 8, color: COLORS.body }
      : ({
          table: { widths: [54, 24, '*'], body },
          layout: {
            hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
            hLineColor: () => COLORS.hairline,
            vLineWidth: () => 0,
            paddingLeft: (i) => (i === 0 ? 0 : 4),
            paddingRight: (i) => (i === 2 ? 0 : 4),
            paddingTop: () => 2.5,
            paddingBottom: () => 2.5,
          },
        } satisfies ContentTable);
  const accepted: Content[] = model.acceptedSummary
    ? [{ text: measure.clamp(model.acceptedSummary, 'medium', 7.5, CONTENT_WIDTH, 2), fontSize: 7.5, bold: true, color: COLORS.ink, margin: [0, 3, 0, 0] }]
    : [];
  return { stack: [caption(labels.topRisks, CONTENT_WIDTH), table, ...accepted], margin: [0, density.gap, 0, 0] };
}

function certifications({ model, labels, measure, density, fmt }: LayoutContext): Content {
  const certs = model.certifications.slice(0, density.maxCertifications);
  const rest = model.certifications.length - certs.length;
  const half = (CONTENT_WIDTH - 16) / 2;
  const nameWidth = half - 68 - 46 - 16;
  const table = (rows: typeof certs): Content => ({
    table: {
      widths: [nameWidth, 68, 46],
      headerRows: 1,
      body: [
        [{ text: '' }, { text: labels.status, style: 'th' }, { text: labels.validUntil, style: 'th', alignment: 'right' }],
        ...rows.map((c): TableCell[] => [
          { text: measure.clamp(c.name, 'regular', 7.5, nameWidth, 1), fontSize: 7.5, color: COLORS.body },
          chip(c.statusLabel, certificationTone(c.status), 6),
          { text: fmt.date(c.validUntil), fontSize: 7.5, color: c.validUntil ? COLORS.body : COLORS.faint, alignment: 'right' },
        ]),
      ],
    },
    layout: {
      hLineWidth: (i, node) => (i === 1 ? 0.6 : i === 0 || i === node.table.body.length ? 0 : 0.4),
      hLineColor: (i) => (i === 1 ? COLORS.rule : COLORS.hairline),
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : 4),
      paddingRight: (i) => (i === 2 ? 0 : 4),
      paddingTop: () => 2.2,
      paddingBottom: () => 2.2,
    },
  });
  const split = Math.ceil(certs.length / 2);
  const body: Content =
    certs.length === 0
      ? { text: '–', fontSize: 8, color: COLORS.faint }
      : {
          columns: [
            { width: half, stack: [table(certs.slice(0, split))] },
            { width: half, stack: certs.length > 1 ? [table(certs.slice(split))] : [] },
          ],
          columnGap: 16,
        };
  const more: Content[] = rest > 0 ? [{ text: `+${rest}`, fontSize: 7.5, color: COLORS.muted, margin: [0, 2, 0, 0] }] : [];
  return { stack: [caption(labels.certifications, CONTENT_WIDTH), body, ...more], margin: [0, density.gap, 0, 0] };
}
