/** A gauge: the portfolio dashboard's navigation icon. */
export const PortfolioIcon = () => (
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
    <path d="M3.5 17a8.5 8.5 0 1 1 17 0M12 17l4-6M3.5 20h17" />
  </svg>
);
