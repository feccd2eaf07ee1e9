import type { Content, TableCell } from 'pdfmake/interfaces';
import { bullet } from '../blocks';
import { COLORS } from '../theme';
import { decisionTone, severityTone, tierTone } from '../tones';
import type { LayoutContext } from './context';

const DECISION_WIDTH = 218;

/** The decision with its override and conditions, beside the ratings. */
export function decisionBlock(ctx: LayoutContext): Content {
  const { model, labels, measure, density, fmt } = ctx;
  const d = model.decision;
  const tone = decisionTone(d.recommendation);
  const left: Content[] = [
    { text: labels.decision.toLocaleUpperCase(), style: 'caption', color: tone.fg },
    { text: measure.clamp(d.label, 'medium', 16, DECISION_WIDTH, 2), fontSize: 16, bold: true, color: tone.fg, margin: [0, 2, 0, 0] },
  ];
  if (d.provisional) {
    left.push({
      text: measure.clamp(labels.provisional, 'italic', 7.5, DECISION_WIDTH, 2),
      fontSize: 7.5,
      italics: true,
      color: COLORS.ink,
      margin: [0, 3, 0, 0],
    });
  }
  if (d.override) {
    const o = d.override;
    const arrow = ['→', '›', '>'].find((c) => measure.covers(c, 'regular'))!;
    const change =
      d.derivedLabel && d.derivedLabel !== o.label
        ? [
            { text: d.derivedLabel, decoration: 'lineThrough' as const, color: COLORS.muted },
            { text: `  ${arrow}  `, color: COLORS.muted },
            { text: o.label, bold: true },
          ]
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
function conditionList(
  { measure, density }: LayoutContext,
  conditions: NonNullable<LayoutContext['model']['decision']['conditions']>,
  color: string,
): Content[] {
  const shown = conditions.items.slice(0, density.maxConditions);
  const rest = conditions.items.length - shown.length;
  const numberWidth = Math.max(0, ...shown.map((c) => Math.ceil(measure.width(c.number, 'medium', 7)) + 3));
  const titleWidth = DECISION_WIDTH - 9 - numberWidth;
  return [
    { text: conditions.title.toLocaleUpperCase(), style: 'caption', color, margin: [0, 6, 0, 1] },
    { text: measure.clamp(conditions.intro, 'regular', 7.5, DECISION_WIDTH, 2), fontSize: 7.5, color: COLORS.body, margin: [0, 0, 0, 1.5] },
    ...shown.map((c): Content => ({
      columns: [
        // A critical chip is white on dark red; its mark takes the dark red.
        bullet(c.severity === 'critical' ? severityTone(c.severity).bg : severityTone(c.severity).fg),
        { width: numberWidth, text: c.number, fontSize: 7, bold: true, color: COLORS.muted, margin: [0, 0.4, 0, 0] },
        { width: '*', text: measure.clamp(c.title, 'regular', 7.5, titleWidth, 1), fontSize: 7.5, color: COLORS.ink },
      ],
      columnGap: 0,
      margin: [0, 0, 0, 1],
    })),
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
          {
            text: [
              { text: fmt.score(s.overall), fontSize: 30, bold: true, color: COLORS.navy },
              { text: ' / 100', fontSize: 8, color: COLORS.muted },
            ],
            margin: [0, 4, 0, 0],
          },
        ],
      },
      cap(labels.conservativeRating),
      cap(labels.controlStrength),
    ],
    [
      '',
      {
        text: [
          { text: fmt.score(s.conservative), fontSize: 13, bold: true, color: COLORS.ink },
          { text: ' / 100', fontSize: 7, color: COLORS.muted },
        ],
      },
      { text: s.controlStrength, fontSize: 10, bold: true, color: COLORS.ink, margin: [0, 2, 0, 0] },
    ],
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
