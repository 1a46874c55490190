/**
 * The texts of "Delete this chat", in every catalogue's language. They live apart from the
 * catalogues because only the options menu's chunk (ui/extras.ts) shows them: a catalogue is part
 * of what opening the chat downloads (`pnpm size`), and these would add to it for every patron.
 */
export interface EraseTexts {
  /** The menu item, and the button after a chat. */
  action: string;
  confirm: string;
  yes: string;
  working: string;
  done: string;
}

const TEXTS: Record<'en' | 'es' | 'fr' | 'ar', EraseTexts> = {
  en: {
    action: 'Delete this chat',
    confirm:
      'Delete this chat from the library’s records and from this browser? This cannot be undone.',
    yes: 'Yes, delete it',
    working: 'Deleting the chat…',
    done: 'This chat has been deleted from the library’s records and from this browser.',
  },
  es: {
    action: 'Eliminar este chat',
    confirm:
      '¿Eliminar este chat de los registros de la biblioteca y de este navegador? No se puede deshacer.',
    yes: 'Sí, eliminarlo',
    working: 'Eliminando el chat…',
    done: 'Este chat se ha eliminado de los registros de la biblioteca y de este navegador.',
  },
  fr: {
    action: 'Supprimer cette discussion',
    confirm:
      'Supprimer cette discussion des registres de la bibliothèque et de ce navigateur ? C’est définitif.',
    yes: 'Oui, la supprimer',
    working: 'Suppression de la discussion…',
    done: 'Cette discussion a été supprimée des registres de la bibliothèque et de ce navigateur.',
  },
  ar: {
    action: 'احذف هذه المحادثة',
    confirm: 'هل تريد حذف هذه المحادثة من سجلات المكتبة ومن هذا المتصفح؟ لا يمكن التراجع عن ذلك.',
    yes: 'نعم، احذفها',
    working: 'جارٍ حذف المحادثة…',
    done: 'حُذفت هذه المحادثة من سجلات المكتبة ومن هذا المتصفح.',
  },
};

/**
 * The texts for a catalogue's `lang`, English when there are none.
 *
 * @example
 * eraseTexts(state.t.lang).action; // 'Delete this chat'
 */
export const eraseTexts = (lang: string): EraseTexts =>
  TEXTS[lang as keyof typeof TEXTS] ?? TEXTS.en;
