import { create } from 'zustand';
import { formatRoute, parseRoute, type Route } from './route';

interface NavigationState {
  route: Route;
  navigate: (route: Route) => void;
}

/** The screen on show. The URL's hash is the truth, so back, reload and a second window all agree. */
export const useNavigation = create<NavigationState>((set) => ({
  route: parseRoute(window.location.hash),
  navigate: (route) => {
    const hash = formatRoute(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
}));

window.addEventListener('hashchange', () => useNavigation.setState({ route: parseRoute(window.location.hash) }));
