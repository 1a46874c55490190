import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleServices } from '../state/console-services.ts';
import type { DeskState } from '../state/desk-state.ts';

export const ConsoleContext = createContext<ConsoleServices | null>(null);
export const DeskContext = createContext<DeskState | null>(null);

/** The console's services; components render inside <ConsoleContext.Provider>. */
export function useConsole(): ConsoleServices {
  const services = useContext(ConsoleContext);
  if (!services) throw new Error('useConsole: render inside <ConsoleContext.Provider>');
  return services;
}

/** The signed-in responder's desk. */
export function useDesk(): DeskState {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk: render inside <DeskContext.Provider>');
  return desk;
}
