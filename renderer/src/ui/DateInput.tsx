import { forwardRef, useEffect, useRef, useState, type FocusEvent, type InputHTMLAttributes, type Ref } from 'react';
import { useT } from './use-t';
import { formatDateInput, parseDateInput } from '@shared/i18n/date-entry';
import { useUiLanguage } from './use-format';
import './date-input.css';

export type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>;

/** Sets a text field's value the way typing does, so React's onChange (and react-hook-form) see it. */
function typeInto(input: HTMLInputElement, text: string) {
  if (input.value === text) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const CalendarIcon = () => (
  <svg
    width="16"
    height="16"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    aria-hidden="true"
    focusable="false"
  >
    <rect x="4" y="5" width="16" height="15" rx="2" />
    <path d="M4 10h16M9 3v4M15 3v4" />
  </svg>
);

/**
 * A date field that reads and writes dates as the UI language does (TT.MM.JJJJ, DD/MM/YYYY; ISO
 * YYYY-MM-DD is understood too), whatever locale the browser engine renders native date inputs
 * in. Its value is the text as shown: convert with parseDateInput / formatDateInput at the form's
 * edge. The button opens the engine's calendar; the day picked there is written into the field.
 * On leaving the field a date it understands is rewritten in the language's format.
 */
export const DateInput = forwardRef(function DateInput({ className, onBlur, disabled, readOnly, ...input }: DateInputProps, ref: Ref<HTMLInputElement>) {
  const t = useT();
  const language = useUiLanguage();
  const field = useRef<HTMLInputElement | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const attach = (node: HTMLInputElement | null) => {
    field.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };

  const openPicker = () => {
    const native = picker.current;
    if (!native || !field.current) return;
    const current = parseDateInput(field.current.value, language);
    native.value = current && current !== 'invalid' ? current : '';
    try {
      native.showPicker();
    } catch {
      field.current.focus();
    }
  };

  const picked = (iso: string) => {
    const text = field.current;
    if (!text || !iso) return;
    typeInto(text, formatDateInput(iso, language));
    text.focus();
  };

  const normalise = (event: FocusEvent<HTMLInputElement>) => {
    const iso = parseDateInput(event.currentTarget.value, language);
    if (iso && iso !== 'invalid') typeInto(event.currentTarget, formatDateInput(iso, language));
    onBlur?.(event);
  };

  return (
    <span className="date-input">
      <input
        {...input}
        ref={attach}
        type="text"
        className={className ?? 'input'}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('dateField.placeholder')}
        disabled={disabled}
        readOnly={readOnly}
        onBlur={normalise}
        data-date-input={language}
      />
      <button
        type="button"
        className="date-input-pick"
        aria-label={t('dateField.pick')}
        title={t('dateField.pick')}
        disabled={disabled || readOnly}
        onClick={openPicker}
      >
        <CalendarIcon />
      </button>
      <input ref={picker} type="date" className="date-input-native" tabIndex={-1} aria-hidden="true" onChange={(event) => picked(event.target.value)} />
    </span>
  );
});

type CalendarDateInputProps = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange'> & {
  /** The stored calendar date, YYYY-MM-DD. */
  value: string | undefined;
  /** Called with each date the text comes to mean, or undefined when the field is emptied; never with a half-typed date. */
  onChange(value: string | undefined): void;
};

/**
 * DateInput for a stored calendar date held in component state rather than a form: text that is
 * not (yet) a date stays in the field, marked invalid once the field is left, and is not handed on.
 */
export function CalendarDateInput({ value, onChange, onFocus, onBlur, ...input }: CalendarDateInputProps) {
  const t = useT();
  const language = useUiLanguage();
  const [text, setText] = useState(() => formatDateInput(value, language));
  const [editing, setEditing] = useState(false);
  const parsed = parseDateInput(text, language);
  const meant = parsed === 'invalid' ? undefined : (parsed ?? undefined);
  const shownLanguage = useRef(language);

  // A value changed elsewhere, or a new language, replaces the text; a text that already means the value stays as typed.
  useEffect(() => {
    const languageChanged = shownLanguage.current !== language;
    shownLanguage.current = language;
    if (languageChanged || (parsed !== 'invalid' && meant !== value)) setText(formatDateInput(value, language));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the value or language changes, never on typing
  }, [value, language]);

  const invalid = parsed === 'invalid' && !editing;
  return (
    <DateInput
      {...input}
      value={text}
      aria-invalid={invalid || undefined}
      title={invalid ? t('dateField.invalid') : input.title}
      onFocus={(event) => {
        setEditing(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setEditing(false);
        onBlur?.(event);
      }}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const iso = parseDateInput(next, language);
        if (iso !== 'invalid' && (iso ?? undefined) !== value) onChange(iso ?? undefined);
      }}
    />
  );
}
