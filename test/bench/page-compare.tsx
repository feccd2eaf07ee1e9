// Runs inside the app page (bundled by the bench): mounts the answers-side-by-side table
// for 12 vendors × 300 questions, virtualised as the app shows it, against a plain table of
// the same rows in the same page and run, then scrolls it from top to bottom.
import '../../renderer/src/app/zod-config';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { RankEntry } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import type { Answer } from '@shared/questionnaire/answers';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { createI18n } from '../../renderer/src/app/i18n';
import { AnswersTable } from '../../renderer/src/features/compare/AnswersTable';
import { sampleEntries } from '../fixtures/sample-comparison';

const VENDORS = 12;

/** The real bank grown to `total` questions by repeating its questions under new ids. */
function widen(base: Questionnaire, total: number): { questionnaire: Questionnaire; copyOf: Map<string, string> } {
  const all = base.domains.flatMap((d) => d.sections.flatMap((s) => s.questions));
  const copyOf = new Map<string, string>();
  const domains = base.domains.map((d) => ({ ...d, sections: d.sections.map((s) => ({ ...s, questions: [...s.questions] })) }));
  for (let i = 0; all.length + i < total; i += 1) {
    const source = all[i % all.length]!;
    const id = `${source.id}-X${Math.floor(i / all.length) + 1}`;
    copyOf.set(id, source.id);
    const domain = domains.find((d) => d.sections.some((s) => s.questions.some((q) => q.id === source.id)))!;
    domain.sections[domain.sections.length - 1]!.questions.push({ ...source, id });
  }
  return { questionnaire: { ...base, domains }, copyOf };
}

function entries300(): { entries: RankEntry[]; questionnaire: Questionnaire } {
  const base = sampleEntries(VENDORS);
  const { questionnaire, copyOf } = widen(base[0]!.questionnaire, 300);
  const entries = base.map((e) => {
    const answers: Record<string, Answer> = { ...e.answers };
    for (const [id, source] of copyOf) if (e.answers[source]) answers[id] = e.answers[source]!;
    return { ...e, questionnaire, answers };
  });
  return { entries, questionnaire };
}

/** The same rows without virtualisation: every cell in the DOM. */
function PlainTable({ entries, questionnaire }: { entries: RankEntry[]; questionnaire: Questionnaire }) {
  const rows = compareAnswers(questionnaire, entries, 'en');
  return (
    <div className="compare-answers-scroll">
      <table className="table compare-answers-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-question-id={row.id} className={row.differs ? 'compare-differs' : undefined}>
              <td className="compare-qnum">{row.number}</td>
              <th scope="row" className="compare-qtext">
                {row.text}
              </th>
              {row.answers.map((a, i) => (
                <td key={i}>{a}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function timeMount(render: (root: Root) => void): Promise<{ ms: number; cells: number; root: Root; host: HTMLElement }> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;inset:0;z-index:1000;background:#fff;overflow:hidden;display:flex;flex-direction:column';
  document.body.append(host);
  const root = createRoot(host);
  const t0 = performance.now();
  flushSync(() => render(root));
  await nextFrame();
  const ms = performance.now() - t0;
  return { ms, cells: host.querySelectorAll('td').length, root, host };
}

export async function run(runs: number) {
  const i18n = await createI18n('en');
  const { entries, questionnaire } = entries300();
  const questions = questionnaire.domains.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.questions.length, 0), 0);
  const virtual: number[] = [];
  const plain: number[] = [];
  const frames: number[] = [];
  const cells = { virtual: 0, plain: 0 };
  for (let i = 0; i < runs; i += 1) {
    const v = await timeMount((root) =>
      root.render(
        <I18nextProvider i18n={i18n}>
          <AnswersTable entries={entries} questionnaire={questionnaire} initialDomain="all" />
        </I18nextProvider>,
      ),
    );
    virtual.push(v.ms);
    cells.virtual = v.cells;
    if (i === 0) {
      // Scroll the whole table as a mouse wheel does, 120 px per frame, and keep the frame intervals.
      const scroller = v.host.querySelector<HTMLElement>('[data-answers-scroll]')!;
      if (scroller.scrollHeight <= scroller.clientHeight) {
        throw new Error("The answers table does not scroll: the compare screen's stylesheet is not in the page.");
      }
      let last = performance.now();
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
        scroller.scrollTop += 120;
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
    }
    v.root.unmount();
    v.host.remove();

    const p = await timeMount((root) => root.render(<PlainTable entries={entries} questionnaire={questionnaire} />));
    plain.push(p.ms);
    cells.plain = p.cells;
    p.root.unmount();
    p.host.remove();
  }
  return { questions, vendors: entries.length, virtual, plain, frames, cells };
}
