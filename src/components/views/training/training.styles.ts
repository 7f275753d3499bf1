import { css } from 'lit';

/** The training view: the card over the working; the working in two columns where there is room (the figures; the lines and why). */
export const trainingStyles = css`
  .training h3,
  .training h4 {
    margin: 0;
  }
  .training-card .examples {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.75rem;
    align-items: baseline;
    margin: 0;
  }
  .training-card .days-to-lines ul {
    margin: 0.2rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .training-card .days-to-lines .label {
    margin: 0;
  }
  .training-working {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: start;
  }
  @container ctc (min-width: 56rem) {
    .training-working {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .training-lines-block {
    grid-column: 1 / -1;
    min-width: 0;
  }
  .training-column,
  .training-form {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
  }
  .training-form fieldset fieldset {
    padding: 0;
    border: 0;
  }
  .training-form fieldset fieldset > legend {
    padding: 0;
    font-size: 0.875em;
  }
  .training-form .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.2rem;
  }
  .training-form .radio {
    display: inline-flex;
    gap: 0.45rem;
    align-items: center;
    min-height: 1.75rem;
  }
  .training-form .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.6rem;
    align-items: start;
  }
  .training-form .pair.wide {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .training-form .per-chip-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .training-form .per-chip-row .field {
    flex: 1 1 6rem;
  }
  .training-form .per-chip-row .field.checkbox {
    flex: 0 1 auto;
  }
  .training-form .meant {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .training-form .modifier {
    margin: 0;
    font-size: 0.9em;
  }
  .training-lines td.needs {
    white-space: nowrap;
  }
  .training-lines td.state {
    white-space: nowrap;
    font-weight: 600;
  }
  .training-lines tr.met td.state {
    color: var(--_controlled);
  }
  .training-lines tr.unknown td.state {
    color: var(--_undecided);
  }
  .training-lines .line-label {
    font-weight: 700;
  }
`;
