import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ColumnSort } from '@shared/vendors/sorting';
import { SortIcon } from './icons';
import { rowAfterKey } from './keyboard';
import './virtual-table.css';

/** The header row is this tall (virtual-table.css); the body scrolls under it. */
const HEADER_HEIGHT = 40;

export interface TableColumn<K extends string> {
  /** Tells the columns apart; for a sortable column, its sort key. */
  key: string;
  /** Class of the column's <col> and header cell, which the table's CSS sizes. */
  className: string;
  label: string;
  /** A column with a sort key has a sort button in its header. */
  sortKey?: K;
  /** The label is for screen readers only, e.g. above a column of row actions. */
  hiddenLabel?: boolean;
}

/** A row to scroll into view, and the control in it (its `data-row-control`) to focus. */
export interface RowReveal {
  index: number;
  focus?: string;
}

interface Props<R, K extends string> {
  rows: readonly R[];
  rowKey: (row: R) => string;
  /**
   * One <tr data-row={index} aria-rowindex={index + 2}>; the controls keyboard moves
   * go between carry `data-row-control` with a name for their column.
   */
  renderRow: (row: R, index: number) => ReactNode;
  columns: readonly TableColumn<K>[];
  sort: ColumnSort<K>;
  onSort: (key: K) => void;
  /** Every row is this tall (in the table's CSS), so the virtualiser never measures. */
  rowHeight: number;
  /** Rows rendered above and below the visible ones, for smooth scrolling and tabbing. */
  overscan: number;
  /** The scroll container's size until it is measured, so the first screen of rows renders at once. */
  initialRect: { width: number; height: number };
  classNames: { scroll: string; table: string; spacer: string };
  labelledBy?: string;
  caption?: ReactNode;
  /** Changes whenever search, filters or order change; the list then scrolls back to the top. */
  resetKey?: string;
  reveal?: RowReveal | null;
  /** The row to reveal has been scrolled to (and its control focused). */
  onRevealed?: () => void;
}

/**
 * A table whose body renders only the rows in view (plus a few), so thousands of rows
 * render as fast as a handful; the header, with a sort button per sortable column,
 * stays in place while the body scrolls. Arrow keys, Page Up/Down, Home and End move
 * between rows, keeping the column (the `data-row-control`) the focus was in.
 */
export function VirtualTable<R, K extends string>({
  rows,
  rowKey,
  renderRow,
  columns,
  sort,
  onSort,
  rowHeight,
  overscan,
  initialRect,
  classNames,
  labelledBy,
  caption,
  resetKey,
  reveal,
  onRevealed,
}: Props<R, K>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Where focus goes once that row is rendered; no render depends on it.
  const focusTarget = useRef<{ index: number; control: string } | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- its positions change inside one object on scroll, so this component stays uncompiled
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rowKey(rows[index]!),
    overscan,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const previousResetKey = useRef(resetKey);
  useEffect(() => {
    if (previousResetKey.current === resetKey) return;
    previousResetKey.current = resetKey;
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  // Focus follows keyboard moves once the target row is rendered.
  const focusWhenRendered = useCallback((next?: { index: number; control: string }) => {
    if (next) focusTarget.current = next;
    const pending = focusTarget.current;
    if (pending === null) return;
    const target = scrollRef.current?.querySelector<HTMLElement>(`tr[data-row="${pending.index}"] [data-row-control="${pending.control}"]`);
    if (target) {
      target.focus({ preventScroll: true });
      focusTarget.current = null;
    }
  }, []);
  useEffect(() => focusWhenRendered(), [focusWhenRendered, items]);

  useEffect(() => {
    if (!reveal) return;
    virtualizer.scrollToIndex(reveal.index, { align: 'auto' });
    if (reveal.focus) focusWhenRendered({ index: reveal.index, control: reveal.focus });
    onRevealed?.();
  }, [focusWhenRendered, onRevealed, reveal, virtualizer]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableSectionElement>) => {
      const control = (event.target as HTMLElement).closest<HTMLElement>('[data-row-control]');
      const row = control?.closest<HTMLElement>('tr[data-row]');
      if (!control || !row || event.altKey || event.ctrlKey || event.metaKey) return;
      const pageRows = Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / rowHeight) - 1;
      const target = rowAfterKey(event.key, Number(row.dataset.row), rows.length, pageRows);
      if (target === null) return;
      event.preventDefault();
      virtualizer.scrollToIndex(target, { align: 'auto' });
      focusWhenRendered({ index: target, control: control.dataset.rowControl! });
    },
    [focusWhenRendered, rows.length, rowHeight, virtualizer],
  );

  const header = (column: TableColumn<K>) => {
    if (column.sortKey === undefined) {
      return (
        <th key={column.key} scope="col" className={column.className}>
          <span className={column.hiddenLabel ? 'visually-hidden' : 'table-header-label'}>{column.label}</span>
        </th>
      );
    }
    const sortKey = column.sortKey;
    const direction = sort.key === sortKey ? sort.direction : null;
    return (
      <th key={column.key} scope="col" aria-sort={direction ?? 'none'} className={column.className}>
        <button type="button" className="sort-button" data-sort-key={sortKey} onClick={() => onSort(sortKey)}>
          <span className="table-header-label">{column.label}</span>
          <SortIcon direction={direction} />
        </button>
      </th>
    );
  };

  return (
    <div className={classNames.scroll} ref={scrollRef}>
      <table className={`table ${classNames.table}`} aria-labelledby={labelledBy} aria-rowcount={rows.length + 1} data-rows={rows.length}>
        {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} className={column.className} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>{columns.map(header)}</tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 && (
            <tr aria-hidden="true" className={classNames.spacer}>
              <td colSpan={columns.length} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => (
            <Fragment key={item.key}>{renderRow(rows[item.index]!, item.index)}</Fragment>
          ))}
          {after > 0 && (
            <tr aria-hidden="true" className={classNames.spacer}>
              <td colSpan={columns.length} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
