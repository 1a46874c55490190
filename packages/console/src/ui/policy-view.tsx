import type { PolicyPage, PolicySections } from '@refdesk/protocol/responder';
import { SECTION_LABELS, SECTION_ORDER } from '../state/labels.ts';
import { formatDate, safeHref } from './format.ts';
import { ReportProblem } from './report-problem.tsx';

export interface PolicyViewProps {
  page: PolicyPage;
  /** Keeps section ids unique when two views are on one page. */
  idPrefix: string;
}

/**
 * A policy page: alerts first, jump links to every section, the staff-only section, when it was
 * last updated, a warning when that is too long ago, and "Report a problem with this page".
 * Every section is text written by another library, so it is rendered as text.
 */
export function PolicyView({ page, idPrefix }: PolicyViewProps) {
  const sectionId = (key: string) => `${idPrefix}-${page.library.id}-${key}`;
  const present = SECTION_ORDER.filter((key) => page.sections[key].trim() !== '');
  const keys: (keyof PolicySections | 'staffOnly')[] = page.staffOnly?.trim()
    ? [...present, 'staffOnly']
    : present;
  const jump = (event: MouseEvent, key: string) => {
    event.preventDefault();
    const heading = document.getElementById(sectionId(key));
    heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <article class="policy">
      <header class="policy-head">
        <h2>{page.library.name}</h2>
        <p class="muted small">
          Version {page.version} · Last updated {formatDate(page.updatedAt)} by {page.updatedBy}
        </p>
        {page.stale && (
          <p class="banner banner-warning">
            This page was last updated on {formatDate(page.updatedAt)}, longer ago than the
            cooperative's freshness limit. It may be out of date: check anything important with{' '}
            {page.library.name}.
          </p>
        )}
      </header>
      <nav class="jump-links" aria-label={`Sections of ${page.library.name}'s policy page`}>
        <ul>
          {keys.map((key) => (
            <li key={key}>
              <a href={`#${sectionId(key)}`} onClick={(event) => jump(event, key)}>
                {SECTION_LABELS[key]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {present.map((key) => (
        <section
          key={key}
          class={key === 'alerts' ? 'policy-section policy-alerts' : 'policy-section'}
        >
          <h3 id={sectionId(key)} tabIndex={-1}>
            {SECTION_LABELS[key]}
          </h3>
          {key === 'catalogueUrl' ? (
            <CatalogueLink url={page.sections.catalogueUrl} />
          ) : (
            <p class="policy-text">{page.sections[key]}</p>
          )}
        </section>
      ))}
      {page.staffOnly?.trim() && (
        <section class="policy-section policy-staff">
          <h3 id={sectionId('staffOnly')} tabIndex={-1}>
            Staff only <span class="tag tag-staff">Never share with patrons</span>
            {page.staffOnlyAudience === 'cooperative' && (
              <span class="tag">Shared with the cooperative</span>
            )}
          </h3>
          <p class="policy-text">{page.staffOnly}</p>
        </section>
      )}
      <footer class="policy-foot">
        <p class="muted small">
          Owners: {page.owners?.length ? page.owners.join(', ') : 'none named'}
        </p>
        <ReportProblem libraryId={page.library.id} libraryName={page.library.name} />
      </footer>
    </article>
  );
}

function CatalogueLink({ url }: { url: string }) {
  const href = safeHref(url);
  if (!href) return <p class="policy-text">{url}</p>;
  return (
    <p class="policy-text">
      <a href={href} target="_blank" rel="noopener noreferrer">
        {url}
      </a>
    </p>
  );
}
