import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { buildPortfolio, type PortfolioRow } from '@shared/portfolio';
import { useApp } from '../../app/context';

/**
 * The portfolio rows, live from the store. Final assessments kept before the
 * portfolio figures existed get them worked out once, before the first render,
 * so the table never shows them half-filled.
 */
export function usePortfolio(today: string): PortfolioRow[] | undefined {
  const { store } = useApp();
  const repository = store.portfolio;
  const data = useLiveQuery(() => repository.read(), [repository]);
  // Assessments whose figures could not be worked out (e.g. an unknown questionnaire version): shown without them.
  const [unfillable, setUnfillable] = useState<ReadonlySet<string>>(() => new Set());
  const pendingKey = (data?.missingFigures ?? []).filter((id) => !unfillable.has(id)).join(',');

  useEffect(() => {
    if (pendingKey === '') return;
    const ids = pendingKey.split(',');
    let active = true;
    // The write re-runs the live query; ids that stay missing after the attempt are given up on.
    void repository
      .fillFigures(ids)
      .catch(() => 0)
      .then(() => repository.read())
      .then((fresh) => {
        if (!active) return;
        const still = fresh.missingFigures.filter((id) => ids.includes(id));
        if (still.length > 0) setUnfillable((current) => new Set([...current, ...still]));
      });
    return () => {
      active = false;
    };
  }, [pendingKey, repository]);

  return useMemo(() => (!data || pendingKey !== '' ? undefined : buildPortfolio(data.vendors, data.assessments, today)), [data, pendingKey, today]);
}
