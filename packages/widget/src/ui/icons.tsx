/** Line icons drawn with the text colour; decorative, so hidden from assistive technology. */
const icon = (d: string) => () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

export const CloseIcon = icon('M6 6l12 12M18 6L6 18');
export const MoreIcon = icon('M5 12h.01M12 12h.01M19 12h.01');
export const SendIcon = icon('M4 12l16-8-6 16-3-7-7-1z');
