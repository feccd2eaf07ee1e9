/** What a CAIQ reading takes in at most. A CAIQ v4 has about 260 questions, so these only stop hostile or mistaken files. */

/** Rows with something in the question-ID column, below the headings; the rest are counted and reported, not read. */
export const MAX_CAIQ_ROWS = 5_000;
/** The longest vendor text quoted from one cell; a longer one is cut and the cut reported. */
export const MAX_CAIQ_TEXT_LENGTH = 2_000;
/** The longest cell value repeated inside a problem message. */
export const MAX_PROBLEM_VALUE_LENGTH = 60;
