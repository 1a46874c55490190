import { MAX_MESSAGE_LENGTH, type Script } from '@refdesk/protocol/responder';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ChatView } from '../state/desk-types.ts';
import { fillScript, findSlashQuery, matchScripts } from '../state/fill-script.ts';
import { createTypingThrottle } from '../state/typing-throttle.ts';
import { useConsole, useDesk } from './console-context.ts';
import { ScriptSuggestions } from './script-suggestions.tsx';

export interface ComposerProps {
  chat: ChatView;
}

/**
 * Where the librarian writes: Enter sends, Shift+Enter breaks the line, "/" opens the scripts of
 * the patron's library (variables filled in), and "Internal note" keeps a message from the patron.
 */
export function Composer({ chat }: ComposerProps) {
  const desk = useDesk();
  const { library } = useConsole();
  const ids = { input: useId(), hint: useId(), list: useId() };
  const draft = desk.drafts.get(chat.chatId);
  const [text, setText] = useState(draft?.text ?? '');
  const [internal, setInternal] = useState(draft?.internal ?? false);
  const [caret, setCaret] = useState(0);
  const [highlight, setHighlight] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const typing = useMemo(
    () => createTypingThrottle((active) => desk.setTyping(chat.chatId, active)),
    [desk, chat.chatId],
  );
  useEffect(() => () => typing.stop(), [typing]);
  useEffect(() => {
    // Focus was lost (the Accept button or the ended chat went away): start writing here.
    const focused = document.activeElement;
    if (!focused || focused === document.body) ref.current?.focus();
  }, []);
  useEffect(() => {
    desk.drafts.set(chat.chatId, { text, internal });
  }, [desk, chat.chatId, text, internal]);

  const scripts = library.scripts(chat.homeLibrary.id).value;
  const slash = findSlashQuery(text, caret);
  const open = slash !== null && slash.start !== dismissed && scripts.state === 'ready';
  const matches = open ? matchScripts(scripts.value, slash.query) : [];
  const active = matches[Math.min(highlight, matches.length - 1)];
  const context = {
    patronLibrary: chat.homeLibrary.name,
    myName: desk.profile.displayName,
    myLibrary: desk.profile.library.name,
  };
  const asNote = internal || chat.phase === 'patron_left';
  const tooLong = text.length > MAX_MESSAGE_LENGTH;

  const place = (value: string, position: number) => {
    setText(value);
    setCaret(position);
    setHighlight(0);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(position, position);
    });
  };
  const insert = (script: Script) => {
    if (!slash) return;
    const filled = fillScript(script.text, context);
    const before = text.slice(0, slash.start);
    place(before + filled + text.slice(caret), before.length + filled.length);
  };
  const openScripts = () => {
    const at = ref.current?.selectionStart ?? text.length;
    const gap = at > 0 && !/\s/.test(text[at - 1] ?? '') ? ' ' : '';
    setDismissed(null);
    place(`${text.slice(0, at)}${gap}/${text.slice(at)}`, at + gap.length + 1);
  };
  const submit = () => {
    const message = text.trim();
    if (!message || tooLong) return;
    typing.stop();
    desk.sendMessage(chat.chatId, message, asNote);
    place('', 0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (open && matches.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setHighlight((highlight + step + matches.length) % matches.length);
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && active) {
        event.preventDefault();
        insert(active);
        return;
      }
    }
    if (open && event.key === 'Escape') {
      event.preventDefault();
      setDismissed(slash.start);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  const syncCaret = (event: Event) =>
    setCaret((event.currentTarget as HTMLTextAreaElement).selectionStart);

  return (
    <form
      class={asNote ? 'composer composer-note' : 'composer'}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {open && (
        <ScriptSuggestions
          id={ids.list}
          scripts={matches}
          activeId={active?.id}
          query={slash.query}
          homeLibraryId={chat.homeLibrary.id}
          fill={(script) => fillScript(script.text, context)}
          onPick={insert}
        />
      )}
      <label for={ids.input} class="visually-hidden">
        Message
      </label>
      <textarea
        ref={ref}
        id={ids.input}
        rows={3}
        value={text}
        placeholder={
          asNote
            ? 'Internal note, never shown to the patron…'
            : 'Write to the patron… (/ for scripts, Shift+Enter for a new line)'
        }
        aria-describedby={ids.hint}
        aria-autocomplete="list"
        aria-controls={open ? ids.list : undefined}
        aria-activedescendant={open && active ? `${ids.list}-${active.id}` : undefined}
        aria-invalid={tooLong || undefined}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setCaret(event.currentTarget.selectionStart);
          setHighlight(0);
          if (!asNote) typing.input();
        }}
        onKeyDown={onKeyDown}
        onKeyUp={syncCaret}
        onClick={syncCaret}
      />
      <div class="composer-bar">
        <label class="check">
          <input
            type="checkbox"
            checked={asNote}
            disabled={chat.phase === 'patron_left'}
            onChange={(event) => setInternal(event.currentTarget.checked)}
          />
          Internal note
        </label>
        <button type="button" class="btn btn-small btn-quiet" onClick={openScripts}>
          Insert script
        </button>
        <span id={ids.hint} class={tooLong ? 'composer-hint form-error-text' : 'visually-hidden'}>
          {tooLong
            ? `${text.length - MAX_MESSAGE_LENGTH} characters over the limit`
            : 'Enter sends. Shift+Enter starts a new line. Type / for scripts.'}
        </span>
        <button type="submit" class="btn btn-primary" disabled={!text.trim() || tooLong}>
          {asNote ? 'Add note' : 'Send'}
        </button>
      </div>
    </form>
  );
}
