/** Two bars of different height: the comparison screen's navigation icon. */
export const CompareIcon = () => (
  <svg
    width={18}
    height={18}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.8}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M4 20h16M7 20V10M12 20V4M17 20v-7" />
  </svg>
);
