import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** A run of content that should stay on one page: the id of its first node and of its last. */
export interface KeptTogether {
  start: string;
  end: string;
}

type PageBreakBefore = NonNullable<TDocumentDefinitions['pageBreakBefore']>;

/**
 * A pageBreakBefore that moves each run to the next page when it would straddle a
 * page break. pdfmake's `unbreakable` cannot do this: it drops whatever of a block
 * does not fit on one page. Here a run longer than a page still flows, because a
 * run that already starts a page is left where it is; pdfmake asks about each node
 * only once, so this cannot loop.
 */
export function keepTogether(runs: readonly KeptTogether[]): PageBreakBefore {
  const ends = new Map(runs.map((r) => [r.start, r.end]));
  return (node, nodes) => {
    const end = node.id === undefined ? undefined : ends.get(node.id);
    if (end === undefined) return false;
    const page = node.pageNumbers[0];
    const straddles = !nodes.getFollowingNodesOnPage().some((n) => n.id === end);
    return straddles && page !== undefined && nodes.getPreviousNodesOnPage().length > 0;
  };
}
