export interface LiveRegionProps {
  text: string;
}

/**
 * The one polite live region: screen readers read what is put in it, here only new messages.
 *
 * @example
 * <LiveRegion text={state.announcement.value} />
 */
export function LiveRegion({ text }: LiveRegionProps) {
  return (
    <div class="sr" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
