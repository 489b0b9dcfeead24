import { useLayoutEffect } from 'react';
import { create } from 'zustand';

interface RoomModeState {
  /** A meeting is running on screen: the app's header and navigation step aside for it. */
  active: boolean;
}

export const useRoomMode = create<RoomModeState>(() => ({ active: false }));

/** Puts the app in room mode while the calling screen is shown, before its first paint so the header never flashes. */
export function useRoomModeWhileMounted(): void {
  useLayoutEffect(() => {
    useRoomMode.setState({ active: true });
    return () => useRoomMode.setState({ active: false });
  }, []);
}
