/** Longest note an assessor can keep with one answer, in characters. */
export const MAX_NOTE_LENGTH = 10_000;

/** Longest free-text answer, in characters. */
export const MAX_TEXT_ANSWER_LENGTH = 10_000;

/** A counter appears once a text reaches this share of its limit. */
export const LIMIT_COUNTER_FROM = 0.8;
