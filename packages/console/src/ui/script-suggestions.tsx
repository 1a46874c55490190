import type { Script } from '@refdesk/protocol/responder';
import { SCOPE_LABELS } from '../state/labels.ts';

const scopeLabel = (script: Script) =>
  script.scope === 'library' ? 'My library' : SCOPE_LABELS[script.scope];

export interface ScriptSuggestionsProps {
  id: string;
  scripts: Script[];
  activeId: string | undefined;
  query: string;
  homeLibraryId: string;
  /** The script's text as it will be inserted, variables filled in. */
  fill(script: Script): string;
  onPick(script: Script): void;
}

/** The "/" type-ahead: a listbox the composer drives with the arrow keys. */
export function ScriptSuggestions(props: ScriptSuggestionsProps) {
  const { id, scripts, activeId, query } = props;
  return (
    <div class="suggestions">
      <p class="suggestions-head" id={`${id}-label`}>
        {scripts.length === 0
          ? `No script matches “${query}”`
          : 'Scripts · ↑↓ to choose, Enter to insert, Esc to close'}
      </p>
      {scripts.length > 0 && (
        <div role="listbox" id={id} aria-labelledby={`${id}-label`} class="suggestion-list">
          {scripts.map((script) => {
            const here = script.scope === 'library' && script.libraryId === props.homeLibraryId;
            return (
              // The composer keeps focus and drives this list (aria-activedescendant); a click is a shortcut.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the textarea handles the keys
              <div
                key={script.id}
                tabIndex={-1}
                id={`${id}-${script.id}`}
                role="option"
                aria-selected={script.id === activeId}
                class="suggestion"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => props.onPick(script)}
              >
                <span class="suggestion-title">
                  {script.title}
                  <span class={here ? 'tag tag-accent' : 'tag'}>
                    {here ? "Patron's library" : scopeLabel(script)}
                  </span>
                </span>
                <span class="suggestion-text">{props.fill(script)}</span>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
