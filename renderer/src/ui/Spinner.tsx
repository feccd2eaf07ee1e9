import './spinner.css';

/** A small spinner for busy buttons; hidden from assistive technology (the label says what is happening). */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
