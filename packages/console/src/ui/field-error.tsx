/** The error under a field; always present (maybe empty) so aria-describedby always points somewhere. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={id} class="form-error-text" aria-live="polite">
      {message ?? ''}
    </p>
  );
}
