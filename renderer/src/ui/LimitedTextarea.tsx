import { useState, type ClipboardEvent, type ComponentPropsWithRef } from 'react';
import { useT } from './use-t';
import { LIMIT_COUNTER_FROM } from '@shared/questionnaire/limits';
import { useFormat } from './use-format';

type Props = Omit<ComponentPropsWithRef<'textarea'>, 'maxLength'> & {
  id: string;
  maxLength: number;
  /** Characters in the field now. */
  length: number;
};

/**
 * A textarea that shows its limit before it bites: a counter near the limit, and a
 * message when pasted text had to be cut to fit. Text already there is never removed.
 */
export function LimitedTextarea({ id, maxLength, length, onPaste, className, ...field }: Props) {
  const t = useT();
  const [cut, setCut] = useState(false);
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    const pasted = event.clipboardData.getData('text').replace(/\r\n/g, '\n');
    const room = maxLength - (area.value.length - (area.selectionEnd - area.selectionStart));
    setCut(pasted.length > room);
    onPaste?.(event);
  };
  const near = length >= maxLength * LIMIT_COUNTER_FROM;
  const showCut = cut && length >= maxLength;
  const format = useFormat();
  const hintId = `${id}-limit`;
  return (
    <>
      <textarea id={id} className={className} maxLength={maxLength} onPaste={paste} aria-describedby={near || showCut ? hintId : undefined} {...field} />
      {(near || showCut) && (
        <p id={hintId} className={length >= maxLength ? 'limit-hint limit-reached' : 'limit-hint'} data-limit-hint aria-live="polite">
          {showCut && `${t('common.limit.cut', { max: format.number(maxLength) })} `}
          {t('common.limit.count', { length: format.number(length), max: format.number(maxLength) })}
        </p>
      )}
    </>
  );
}
