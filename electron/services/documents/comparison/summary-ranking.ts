import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { recommendationQualifiers, type ComparisonVendor } from '@shared/compare/model';
import { severities } from '@shared/questionnaire/schema';
import { caption, headerWidth, th } from '../blocks';
import { marker } from '../fitting';
import { COLORS } from '../theme';
import { decisionTone, severityTone, tierTone } from '../tones';
import { badges, knockoutKey, knockoutLegend, pill, pillWidth, SUMMARY_MARKS, type CompareContext } from './context';
import { CONTENT_WIDTH } from './geometry';

/** Finding counts, most severe first. */
const SEVERITIES = [...severities].reverse();

/** One row per vendor in rank order: scores, recommendation, residual risk, knock-outs and findings. */
export function ranking(ctx: CompareContext): Content {
  const { model, labels, measure, fmt, density } = ctx;
  const key = knockoutKey(model.vendors);
  const pad = 4;

  // Whether the recommendation is provisional, and whether it is the finalised one or derived under these weights:
  // under the pill where the vendor takes two lines anyway, beside it where rows are one line.
  const qualifiers = (v: ComparisonVendor) => recommendationQualifiers(v, labels).join(' · ');
  const qualifierWidth = (v: ComparisonVendor) => Math.ceil(measure.width(qualifiers(v), 'italic', 6.5)) + 4;
  const stacked = density.vendorLines === 2;
  const recoWidth = Math.max(
    headerWidth(measure, labels.recommendation, 60),
    ...model.vendors.map((v) =>
      stacked ? Math.max(pillWidth(measure, v.recommendationLabel), qualifierWidth(v)) : pillWidth(measure, v.recommendationLabel) + qualifierWidth(v),
    ),
  );
  const riskWidth = Math.max(
    headerWidth(measure, labels.residualRisk, 40),
    ...model.vendors.map((v) => Math.ceil(measure.width(v.residualRisk.label, 'medium', 7.5)) + 10),
  );
  const badgeWidth = (n: number) => measure.width(`\u00a0${n}\u00a0`, 'medium', 7) + measure.width(' ', 'regular', 7);
  const koWidth = Math.min(
    110,
    Math.max(
      headerWidth(measure, labels.knockouts, 44),
      Math.ceil(measure.width(labels.none, 'regular', 7.5)) + 2,
      ...key.numbers.map((ns) => Math.ceil(ns.reduce((sum, n) => sum + badgeWidth(n), 0)) + 2),
    ),
  );
  const countWidths = SEVERITIES.map((s) => headerWidth(measure, labels[s], 24));
  const widths = [
    headerWidth(measure, labels.rank, 16),
    0,
    headerWidth(measure, labels.overall, 34),
    headerWidth(measure, labels.conservative, 40),
    recoWidth,
    riskWidth,
    koWidth,
    ...countWidths,
  ];
  const fixed = widths.reduce((sum, w) => sum + w, 0) + (widths.length - 1) * 2 * pad;
  widths[1] = Math.floor(CONTENT_WIDTH - fixed);
  const nameWidth = widths[1];

  const findingsSpan = countWidths.reduce((sum, w) => sum + w, 0) + (countWidths.length - 1) * 2 * pad;
  const header: TableCell[][] = [
    [
      { text: '', colSpan: 7 },
      '',
      '',
      '',
      '',
      '',
      '',
      {
        colSpan: 4,
        stack: [
          th(labels.findings, 'center'),
          { canvas: [{ type: 'line', x1: 0, y1: 1.5, x2: findingsSpan, y2: 1.5, lineWidth: 0.5, lineColor: COLORS.rule }] },
        ],
      } as TableCell,
      '',
      '',
      '',
    ],
    [
      th(labels.rank),
      th(labels.vendor),
      th(labels.overall, 'right'),
      th(labels.conservative, 'right'),
      th(labels.recommendation),
      th(labels.residualRisk),
      th(labels.knockouts),
      ...SEVERITIES.map((s) => th(labels[s], 'right')),
    ],
  ];

  const rows = model.vendors.map((v, index): TableCell[] => {
    const tone = decisionTone(v.recommendation);
    const name = measure.clamp(v.name, 'medium', density.nameSize, nameWidth, 1);
    const facts = [v.serviceName, v.statusLabel, v.assessmentDate].filter((s) => s.trim() !== '').join(' · ');
    const vendor: Content[] = [];
    if (density.vendorLines === 2) {
      vendor.push(
        { text: name, fontSize: density.nameSize, bold: true, color: COLORS.ink },
        { text: measure.clamp(facts, 'regular', 7, nameWidth, 1), fontSize: 7, color: COLORS.muted, margin: [0, 1, 0, 0] },
      );
    } else {
      // One line: the facts follow the name where there is room for them.
      const room = nameWidth - measure.width(`${name}\u2003`, 'medium', density.nameSize) - 2;
      vendor.push({
        text: [
          { text: name, fontSize: density.nameSize, bold: true, color: COLORS.ink },
          ...(room >= 60 ? [{ text: `\u2003${measure.clamp(facts, 'regular', 6.5, room, 1)}`, fontSize: 6.5, color: COLORS.muted }] : []),
        ],
      });
    }
    const note = { text: qualifiers(v), fontSize: 6.5, italics: true, color: COLORS.muted };
    const reco: Content = stacked
      ? { stack: [pill(v.recommendationLabel, tone), { ...note, margin: [0, 1, 0, 0] }] }
      : {
          columns: [
            { width: 'auto', stack: [pill(v.recommendationLabel, tone)] },
            { width: 'auto', ...note, margin: [0, 1.6, 0, 0] },
          ],
          columnGap: 4,
        };
    const risk = tierTone(v.residualRisk.tier);
    const ko = key.numbers[index]!;
    return [
      { text: String(v.rank), fontSize: density.nameSize + 0.5, bold: true, color: COLORS.navy },
      { stack: vendor },
      { text: fmt.score(v.overall), fontSize: density.nameSize + 1.5, bold: true, color: COLORS.navy, alignment: 'right', margin: [0, -0.8, 0, 0] },
      { text: fmt.score(v.conservative), fontSize: density.nameSize, color: COLORS.body, alignment: 'right' },
      { stack: [reco] },
      {
        text: [
          { text: '■ ', color: risk.fg, fontSize: 6 },
          { text: v.residualRisk.label, color: risk.fg, bold: true },
        ],
        fontSize: 7.5,
        margin: [0, 0.6, 0, 0],
      },
      ko.length > 0
        ? { text: badges(ko), lineHeight: 1.25, margin: [0, 0.6, 0, 0] }
        : { text: labels.none, fontSize: 7.5, color: COLORS.faint, margin: [0, 0.6, 0, 0] },
      ...SEVERITIES.map((s): TableCell => {
        const count = v.findings[s];
        const color = count === 0 ? COLORS.faint : s === 'critical' ? COLORS.darkRed : severityTone(s).fg;
        return { text: String(count), fontSize: 8, bold: count > 0, color, alignment: 'right', margin: [0, 0.4, 0, 0] };
      }),
    ];
  });

  const table: ContentTable = {
    table: { headerRows: 2, widths, body: [...header, ...rows] },
    layout: {
      hLineWidth: (i, node) => (i === 2 ? 0.8 : i > 2 && i < node.table.body.length ? 0.4 : i === node.table.body.length ? 0.6 : 0),
      hLineColor: (i) => (i === 2 ? COLORS.rule : COLORS.hairline),
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : pad),
      paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : pad),
      paddingTop: (i) => (i < 2 ? 1 : density.rowPadding),
      paddingBottom: (i) => (i < 2 ? 2 : density.rowPadding),
    },
  };

  const legend = knockoutLegend(labels, key, [0, 4, 0, 0]);

  return {
    stack: [caption(labels.ranking, CONTENT_WIDTH), table, ...legend, marker(SUMMARY_MARKS.ranking)],
    margin: [0, density.gap, 0, 0],
  };
}
