/** The date field (renderer/src/ui/DateInput.tsx): its format, picker button and error. */
export const dateFieldEn = {
  dateField: {
    placeholder: 'DD/MM/YYYY',
    pick: 'Choose a date',
    invalid: 'Enter a date as DD/MM/YYYY (e.g. 02/12/2026) or YYYY-MM-DD.',
  },
};

export const dateFieldDe: typeof dateFieldEn = {
  dateField: {
    placeholder: 'TT.MM.JJJJ',
    pick: 'Datum auswählen',
    invalid: 'Geben Sie das Datum als TT.MM.JJJJ (z. B. 02.12.2026) oder JJJJ-MM-TT ein.',
  },
};
