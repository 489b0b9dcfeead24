import { createRoot } from 'react-dom/client';
import { mainBridge, shell, windowRole } from './bridge/bridge';
import { MalsamtalDatabase } from './data/db';
import { removeRestoreLeftovers } from './data/restoreLeftovers';
import { MainRoot, ProjectorRoot } from './app/roots';

const database = new MalsamtalDatabase();
// A restore cut short by a kill leaves its scratch copy behind; should this fail, the next start tries again.
if (windowRole === 'main') void removeRestoreLeftovers(database).catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  windowRole === 'projector' ? <ProjectorRoot database={database} /> : <MainRoot bridge={mainBridge()} database={database} shell={shell} />,
);
