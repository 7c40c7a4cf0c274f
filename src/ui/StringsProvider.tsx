import * as React from 'react';
import { createTranslate, t as englishT, type StringOverrides, type Translate } from './strings';

const StringsContext = React.createContext<Translate>(englishT);

export interface StringsProviderProps {
  /** Translated templates (e.g. `fromFlexStrings(manager.strings)`); missing keys fall back to English. */
  readonly strings?: StringOverrides;
  readonly children?: React.ReactNode;
}

/** Makes translated strings available to every view below it. */
export function StringsProvider({ strings, children }: StringsProviderProps): React.ReactElement {
  const translate = React.useMemo(() => createTranslate(strings), [strings]);
  return <StringsContext.Provider value={translate}>{children}</StringsContext.Provider>;
}

/** The translator of the nearest StringsProvider (English without one). */
export function useStrings(): Translate {
  return React.useContext(StringsContext);
}
