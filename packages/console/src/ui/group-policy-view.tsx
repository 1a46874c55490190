import type { GroupPolicyPage, LibraryId } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { useConsole } from './console-context.ts';

/**
 * What a library's group shares (one card, common loans), read after the library's own page and
 * before anything cooperative-wide. Nothing shows while the group has no page.
 */
export function GroupPolicyView({ libraryId }: { libraryId: LibraryId }) {
  const { api, library } = useConsole();
  const libraries = library.libraries.value;
  const groupId =
    libraries.state === 'ready'
      ? (libraries.value.find((entry) => entry.id === libraryId)?.groupId ?? null)
      : null;
  const [page, setPage] = useState<GroupPolicyPage | null>(null);
  useEffect(() => {
    setPage(null);
    if (!groupId) return;
    let current = true;
    api.groupPolicy(groupId).then(
      (found) => current && setPage(found),
      () => undefined, // no group page to show: the library's page stands alone
    );
    return () => {
      current = false;
    };
  }, [api, groupId]);
  if (!page || page.version === 0) return null;
  return (
    <section class="policy-section" aria-label={`${page.group.name} group policy`}>
      <h3>{page.group.name} (all libraries of the group)</h3>
      {page.text && <p class="policy-text">{page.text}</p>}
      {page.staffOnly && (
        <>
          <h4>
            Staff only <span class="tag tag-staff">Never share with patrons</span>
          </h4>
          <p class="policy-text">{page.staffOnly}</p>
        </>
      )}
    </section>
  );
}
