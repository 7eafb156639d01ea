/**
 * The form rules every widget with a form shares (the question box, the story form, the desk):
 * stacked fields, bold labels and legends, full-width text areas that grow downwards only, quiet
 * hints. A widget's own styles come after and add what differs (heights, widths).
 */
import {css} from 'lit';

export const formStyles = css`
  .field {
    display: grid;
    gap: 0.25em;
  }
  label,
  legend {
    font-weight: 600;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
