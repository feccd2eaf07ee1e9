import type { Column, Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { caption, chip, type LayoutContext } from './context';
import { COLORS, CONTENT_WIDTH, certificationTone, decisionTone, MARGINS, plainLayout, severityTone, SUMMARY_TOP, tierTone } from './theme';
import { summaryBand } from './summary-band';

/** Id of the marker after page 1's flowing content. */
export const SUMMARY_END = 'summary-end';

/** Page 1, the executive summary. Everything here is sized to fit above the signature band. */
export function summaryPage(ctx: LayoutContext): Content[] {
  return [
    summaryBand(ctx),
    heading(ctx),
    vendorBlock(ctx),
    decisionBlock(ctx),
    chartsRow(ctx),
    topRisks(ctx),
    certifications(ctx),
    { text: ' ', id: SUMMARY_END, fontSize: 1, lineHeight: 1 },
  ];
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
          { text: measure.clamp(model.vendor.name, 'medium', 11, half, 2), fontSize: 11, bold: true, color: COLORS.ink, lineHeight: 1.05, margin: [0, 1.5, 0, 1] },
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

const DECISION_WIDTH = 218;

function decisionBlock(ctx: LayoutContext): Content {
  const { model, labels, measure, density, fmt } = ctx;
  const d = model.decision;
  const tone = decisionTone(d.recommendation);
  const left: Content[] = [
    { text: labels.decision.toLocaleUpperCase(), style: 'caption', color: tone.fg },
    { text: measure.clamp(d.label, 'medium', 16, DECISION_WIDTH, 2), fontSize: 16, bold: true, color: tone.fg, margin: [0, 2, 0, 0] },
  ];
  if (d.provisional) {
    left.push({ text: measure.clamp(labels.provisional, 'italic', 7.5, DECISION_WIDTH, 2), fontSize: 7.5, italics: true, color: COLORS.ink, margin: [0, 3, 0, 0] });
  }
  if (d.override) {
    const o = d.override;
    const arrow = ['→', '›', '>'].find((c) => measure.covers(c, 'regular'))!;
    const change =
      d.derivedLabel && d.derivedLabel !== o.label
        ? [{ text: d.derivedLabel, decoration: 'lineThrough' as const, color: COLORS.muted }, { text: `  ${arrow}  `, color: COLORS.muted }, { text: o.label, bold: true }]
        : [{ text: o.label, bold: true }];
    left.push(
      { text: change, fontSize: 7.5, color: COLORS.ink, margin: [0, 5, 0, 1.5] },
      {
        text: [{ text: `${labels.overrideReason}: `, bold: true }, measure.clamp(o.reason, 'regular', 7.5, DECISION_WIDTH - 40, density.overrideLines)],
        fontSize: 7.5,
        color: COLORS.body,
      },
      { text: `${o.by} · ${fmt.dateTime(o.at)}`, fontSize: 7, color: COLORS.muted, margin: [0, 1, 0, 0] },
    );
  }
  if (d.conditions) left.push(...conditionList(ctx, d.conditions, tone.fg));
  return {
    table: { widths: [DECISION_WIDTH, '*'], body: [[{ stack: left, fillColor: tone.bg }, ratings(ctx)]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 0 ? 3 : 0),
      vLineColor: () => tone.fg,
      paddingLeft: (i) => (i === 0 ? 10 : 12),
      paddingRight: (i) => (i === 0 ? 10 : 0),
      paddingTop: () => 7,
      paddingBottom: () => 7,
    },
    margin: [0, density.gap, 0, 0],
  };
}

/** What an approval with conditions asks for: the open findings, one line each, the rest counted. */
function conditionList({ measure, density }: LayoutContext, conditions: NonNullable<LayoutContext['model']['decision']['conditions']>, color: string): Content[] {
  const shown = conditions.items.slice(0, density.maxConditions);
  const rest = conditions.items.length - shown.length;
  const numberWidth = Math.max(0, ...shown.map((c) => Math.ceil(measure.width(c.number, 'medium', 7)) + 3));
  const titleWidth = DECISION_WIDTH - 9 - numberWidth;
  return [
    { text: conditions.title.toLocaleUpperCase(), style: 'caption', color, margin: [0, 6, 0, 1] },
    { text: measure.clamp(conditions.intro, 'regular', 7.5, DECISION_WIDTH, 2), fontSize: 7.5, color: COLORS.body, margin: [0, 0, 0, 1.5] },
    ...shown.map(
      (c): Content => ({
        columns: [
          // A critical chip is white on dark red; its mark takes the dark red.
          bullet(c.severity === 'critical' ? severityTone(c.severity).bg : severityTone(c.severity).fg),
          { width: numberWidth, text: c.number, fontSize: 7, bold: true, color: COLORS.muted, margin: [0, 0.4, 0, 0] },
          { width: '*', text: measure.clamp(c.title, 'regular', 7.5, titleWidth, 1), fontSize: 7.5, color: COLORS.ink },
        ],
        columnGap: 0,
        margin: [0, 0, 0, 1],
      }),
    ),
    ...(rest > 0 ? [{ text: `+${rest}`, fontSize: 7.5, color: COLORS.muted, margin: [9, 0, 0, 0] } as Content] : []),
  ];
}

function ratings({ model, labels, fmt }: LayoutContext): Content {
  const s = model.scores;
  const cap = (text: string): TableCell => ({ text: text.toLocaleUpperCase(), style: 'caption', fontSize: 6.2 });
  const tierValue = (tier: Parameters<typeof tierTone>[0], text: string): TableCell => ({ text, fontSize: 10, bold: true, color: tierTone(tier).fg });
  // Captions and values sit in rows of their own, so values line up however the captions wrap.
  const body: TableCell[][] = [
    [
      {
        rowSpan: 4,
        stack: [
          { text: labels.overallRating.toLocaleUpperCase(), style: 'caption', fontSize: 6.2 },
          { text: [{ text: fmt.score(s.overall), fontSize: 30, bold: true, color: COLORS.navy }, { text: ' / 100', fontSize: 8, color: COLORS.muted }], margin: [0, 4, 0, 0] },
        ],
      },
      cap(labels.conservativeRating),
      cap(labels.controlStrength),
    ],
    ['', { text: [{ text: fmt.score(s.conservative), fontSize: 13, bold: true, color: COLORS.ink }, { text: ' / 100', fontSize: 7, color: COLORS.muted }] }, { text: s.controlStrength, fontSize: 10, bold: true, color: COLORS.ink, margin: [0, 2, 0, 0] }],
    ['', cap(labels.inherentRisk), cap(labels.residualRisk)],
    ['', tierValue(s.inherentRisk.tier, s.inherentRisk.label), tierValue(s.residualRisk.tier, s.residualRisk.label)],
  ];
  return {
    table: { widths: [86, '*', '*'], body },
    layout: {
      hLineWidth: (i) => (i === 2 ? 0.5 : 0),
      hLineColor: () => COLORS.rule,
      vLineWidth: (i) => (i === 1 || i === 2 ? 0.5 : 0),
      vLineColor: () => COLORS.rule,
      paddingLeft: (i) => (i === 0 ? 0 : 8),
      paddingRight: () => 6,
      paddingTop: (i) => (i === 2 ? 6 : i === 0 ? 0 : 1),
      paddingBottom: (i) => (i === 1 ? 6 : 0),
    },
  };
}

const CHART_WIDTH = 300;
const BAR_WIDTH = 128;

function chartsRow(ctx: LayoutContext): Content {
  const right = CONTENT_WIDTH - CHART_WIDTH - 16;
  return {
    columns: [
      { width: CHART_WIDTH, stack: [caption(ctx.labels.domainScores, CHART_WIDTH), domainChart(ctx)] },
      { width: right, stack: [caption(ctx.labels.knockouts, right), knockoutList(ctx, right)] },
    ],
    columnGap: 16,
    margin: [0, ctx.density.gap + 2, 0, 0],
  };
}

function domainChart({ model, measure, fmt }: LayoutContext): Content {
  if (model.domains.length === 0) return { text: '–', fontSize: 8, color: COLORS.faint };
  const titleWidth = CHART_WIDTH - BAR_WIDTH - 20 - 16;
  const body: TableCell[][] = model.domains.map((d) => {
    const value = d.score === null ? 0 : Math.max(0, Math.min(100, d.score));
    const bar = (BAR_WIDTH * value) / 100;
    return [
      { text: measure.clamp(d.title, 'regular', 7.5, titleWidth, 1), fontSize: 7.5, color: COLORS.body },
      {
        canvas: [
          { type: 'rect', x: 0, y: 1.5, w: BAR_WIDTH, h: 7, color: COLORS.track },
          ...(bar > 0 ? [{ type: 'rect' as const, x: 0, y: 1.5, w: bar, h: 7, color: COLORS.accent }] : []),
          ...[25, 50, 75].map((t) => ({ type: 'line' as const, x1: (BAR_WIDTH * t) / 100, y1: 1.5, x2: (BAR_WIDTH * t) / 100, y2: 8.5, lineWidth: 0.6, lineColor: '#ffffff' })),
        ],
      },
      { text: fmt.score(d.score), fontSize: 8, bold: true, color: d.score === null ? COLORS.faint : COLORS.ink, alignment: 'right' },
    ];
  });
  return {
    table: { widths: [titleWidth, BAR_WIDTH, 20], body },
    layout: { ...plainLayout(4, 2, false), paddingRight: (i) => (i === 2 ? 0 : 4) },
  };
}

function bullet(color: string): Column {
  return { width: 9, stack: [{ canvas: [{ type: 'rect', x: 0, y: 2.6, w: 4.5, h: 4.5, color }] }] };
}

function knockoutList({ model, labels, measure, density }: LayoutContext, width: number): Content {
  const triggered = model.knockouts.filter((k) => k.status === 'triggered');
  if (triggered.length === 0) {
    return { columns: [bullet(COLORS.green), { width: '*', text: labels.noKnockouts, fontSize: 8, color: COLORS.body }], columnGap: 0, margin: [0, 2, 0, 0] };
  }
  const shown = triggered.slice(0, density.maxKnockouts);
  const items: Content[] = shown.map((k) => {
    const lines: Content[] = [{ text: measure.clamp(k.title, 'medium', 8, width - 9, 2), fontSize: 8, bold: true, color: COLORS.red }];
    if (density.knockoutRationaleLines > 0) {
      lines.push({ text: measure.clamp(k.rationale, 'regular', 7, width - 9, density.knockoutRationaleLines), fontSize: 7, color: COLORS.muted });
    }
    return { columns: [bullet(COLORS.red), { width: '*', stack: lines }], columnGap: 0, margin: [0, 0, 0, 4] };
  });
  if (triggered.length > shown.length) items.push({ text: `+${triggered.length - shown.length}`, fontSize: 7.5, color: COLORS.muted, margin: [9, 0, 0, 0] });
  return { stack: items, margin: [0, 1, 0, 0] };
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
          ? [{ text: measure.clamp(f.remediation, 'regular', 7.5, textWidth, density.remediationLines), fontSize: 7.5, lineHeight: 1.1, color: COLORS.body, margin: [0, 1, 0, 0] } as Content]
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
  return { stack: [caption(labels.topRisks, CONTENT_WIDTH), table], margin: [0, density.gap, 0, 0] };
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
      : { columns: [{ width: half, stack: [table(certs.slice(0, split))] }, { width: half, stack: certs.length > 1 ? [table(certs.slice(split))] : [] }], columnGap: 16 };
  const more: Content[] = rest > 0 ? [{ text: `+${rest}`, fontSize: 7.5, color: COLORS.muted, margin: [0, 2, 0, 0] }] : [];
  return { stack: [caption(labels.certifications, CONTENT_WIDTH), body, ...more], margin: [0, density.gap, 0, 0] };
}
