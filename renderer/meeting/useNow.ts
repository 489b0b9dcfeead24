import { useEffect, useState } from 'react';

/** The wall clock, refreshed every second while something is running; the figures come from timestamps. */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const refresh = () => setNow(Date.now());
    refresh();
    const id = setInterval(refresh, 1000);
    return () => clearInterval(id);
  }, [ticking]);
  return now;
}
