import type { LibraryRef } from '@refdesk/protocol/responder';
import { useConsole } from './console-context.ts';
import { GroupPolicyView } from './group-policy-view.tsx';
import { PolicyView } from './policy-view.tsx';

export interface PolicyPanelProps {
  library: LibraryRef;
  onHide(): void;
}

/** The patron library's policy page, then its group's, beside the chat. */
export function PolicyPanel({ library, onHide }: PolicyPanelProps) {
  const page = useConsole().library.policy(library.id).value;
  return (
    <aside class="policy-panel" aria-label={`${library.name} policy page`}>
      <div class="policy-panel-head">
        <p class="eyebrow">Policy page</p>
        <button type="button" class="btn btn-quiet btn-small" onClick={onHide}>
          Hide
        </button>
      </div>
      {page.state === 'loading' && <p class="muted">Loading {library.name}'s policy page…</p>}
      {page.state === 'error' && (
        <p class="form-error">
          {page.code === 'not_found' ? `${library.name} has no policy page yet.` : page.message}
        </p>
      )}
      {page.state === 'ready' && <PolicyView page={page.value} idPrefix="panel" />}
      <GroupPolicyView libraryId={library.id} />
    </aside>
  );
}
