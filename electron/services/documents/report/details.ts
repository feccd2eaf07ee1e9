import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportDomain } from '@shared/report/model';
import { headerWidth } from '../blocks';
import { COLORS, rowsLayout } from '../theme';
import { partHeading, TOC_DOMAIN } from './chrome';
import type { LayoutContext } from './context';
import { CONTENT_WIDTH } from './geometry';

type Question = ReportDomain['sections'][number]['questions'][number];

/** The full report per domain: heading, key figures, explanation, then every section and question. */
export function domainDetails(ctx: LayoutContext): Content[] {
  return ctx.model.domains.map((domain, index) => ({
    stack: [
      ...(index === 0 ? [partHeading(ctx.labels.domainDetails, 'details', { pageBreak: false })] : []),
      domainHeading(ctx, domain, index),
      ...domain.sections.map((section) => sectionTable(ctx, section)),
    ],
    pageBreak: 'before' as const,
  }));
}

function domainHeading(ctx: LayoutContext, domain: ReportDomain, index: number): Content {
  const { labels, fmt } = ctx;
  const c = domain.counts;
  const facts: [string, string][] = [
    [labels.score, `${fmt.score(domain.score)} / 100`],
    [labels.conservativeRating, fmt.score(domain.conservativeScore)],
    [labels.weights, ''],
    [labels.completion, `${c.answered} / ${c.applicable}`],
    [labels.notApplicable, String(c.notApplicable)],
    [labels.notAnswered, String(c.unanswered)],
  ];
  const score = domain.score === null ? 0 : Math.max(0, Math.min(100, domain.score));
  const totalWeight = ctx.model.domains.reduce((sum, d) => sum + d.weight, 0);
  const weight = (w: number) => fmt.number(w, Number.isInteger(w) ? 0 : 1);
  return {
    stack: [
      {
        text: `${index + 1}  ${domain.title}`,
        style: 'h2',
        fontSize: 14,
        id: `domain-${index + 1}`,
        tocItem: true,
        outline: true,
        outlineParentId: 'details',
        outlineText: `${index + 1} ${domain.title}`,
        ...TOC_DOMAIN,
      },
      {
        table: {
          widths: ['*', '*', '*', '*', '*', '*'],
          // Captions and values in rows of their own, so the values line up however the captions wrap.
          body: [
            facts.map(([key]): TableCell => ({ text: key.toLocaleUpperCase(), style: 'caption', fontSize: 6.2 })),
            facts.map(([, value], i): TableCell => ({
              text: i === 2 ? `${weight(domain.weight)} / ${weight(totalWeight)}` : value,
              fontSize: i === 0 ? 13 : 10,
              bold: true,
              color: i === 0 ? COLORS.navy : COLORS.ink,
              margin: [0, i === 0 ? 0 : 2.5, 0, 0],
            })),
          ],
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i, node) => (i === 0 || i === node.table.widths!.length ? 0 : 0.5),
          vLineColor: () => COLORS.rule,
          paddingLeft: (i) => (i === 0 ? 0 : 8),
          paddingRight: () => 6,
          paddingTop: (i) => (i === 1 ? 1 : 0),
          paddingBottom: () => 0,
        },
        margin: [0, 8, 0, 6],
      },
      {
        canvas: [
          { type: 'rect', x: 0, y: 0, w: CONTENT_WIDTH, h: 4, color: COLORS.track },
          ...(score > 0 ? [{ type: 'rect' as const, x: 0, y: 0, w: (CONTENT_WIDTH * score) / 100, h: 4, color: COLORS.accent }] : []),
        ],
        margin: [0, 0, 0, 8],
      },
      ...(domain.explanation.trim()
        ? [
            {
              table: { widths: ['*'], body: [[{ text: domain.explanation, fontSize: 8.5, color: COLORS.ink, fillColor: COLORS.tint }]] },
              layout: {
                hLineWidth: () => 0,
                vLineWidth: (i: number) => (i === 0 ? 2 : 0),
                vLineColor: () => COLORS.accent,
                paddingLeft: () => 8,
                paddingRight: () => 8,
                paddingTop: () => 6,
                paddingBottom: () => 6,
              },
              margin: [0, 0, 0, 4],
            } as Content,
          ]
        : []),
    ],
    margin: [0, 0, 0, 4],
  };
}

const NUMBER_WIDTH = 24;
const ANSWER_WIDTH = 134;
const SCORE_WIDTH = 30;

function scoreColor(q: Question): string {
  if (q.score === null) return COLORS.faint;
  if (q.score === 0) return COLORS.red;
  if (q.score < 75) return COLORS.amber;
  return COLORS.ink;
}

function questionRow({ labels, fmt }: LayoutContext, q: Question): TableCell[] {
  const answered = q.status === 'answered';
  const ink = answered ? COLORS.ink : COLORS.muted;
  const fallback = q.status === 'unanswered' ? labels.notAnswered : labels.notApplicable;
  const answer = answered ? q.answer : q.answer.trim() || fallback;
  const details: Content[] = [{ text: q.text, fontSize: 8, color: ink, lineHeight: 1.1 }];
  if (q.note?.trim()) {
    details.push({
      text: [{ text: `${labels.note}: `, bold: true, italics: false }, q.note],
      fontSize: 7.5,
      italics: true,
      color: answered ? COLORS.body : COLORS.muted,
      margin: [0, 3, 0, 0],
    });
  }
  if (q.source?.trim()) {
    details.push({ text: [{ text: `${labels.source}: `, bold: true }, q.source], fontSize: 7, color: COLORS.muted, margin: [0, 2.5, 0, 0] });
  }
  if (q.evidence.length > 0) {
    details.push({ text: [{ text: `${labels.evidence}: `, bold: true }, q.evidence.join(', ')], fontSize: 7, color: COLORS.muted, margin: [0, 2.5, 0, 0] });
  }
  return [
    { text: q.number, fontSize: 8, bold: true, color: answered ? COLORS.accent : COLORS.faint },
    { stack: details },
    { text: answer, fontSize: 7.8, bold: answered, italics: !answered, color: answered ? COLORS.ink : COLORS.muted, lineHeight: 1.1 },
    { text: fmt.score(q.score), fontSize: 8, bold: true, color: scoreColor(q), alignment: 'right' },
  ];
}

function sectionTable(ctx: LayoutContext, section: ReportDomain['sections'][number]): Content {
  const { labels } = ctx;
  const th = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({ text: text.toLocaleUpperCase(), style: 'th', alignment });
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [NUMBER_WIDTH, '*', ANSWER_WIDTH, headerWidth(ctx.measure, labels.score, SCORE_WIDTH)],
      body: [
        [{ text: section.title, colSpan: 4, fontSize: 10, bold: true, color: COLORS.navy, margin: [0, 6, 0, 1] }, '', '', ''],
        [th(''), th(labels.question), th(labels.answers), th(labels.score, 'right')],
        ...section.questions.map((q) => questionRow(ctx, q)),
      ],
    },
    layout: {
      ...rowsLayout({ headerRows: 2, padding: 3.4 }),
      hLineWidth: (i, node) => (i <= 1 ? 0 : i === 2 ? 0.8 : i === node.table.body.length ? 0.6 : 0.4),
    },
    margin: [0, 4, 0, 6],
  };
}
