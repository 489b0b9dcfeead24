import { createRoot } from 'react-dom/client';
import { mainBridge, shell, windowRole } from './bridge/bridge';
import { MalsamtalDatabase } from './data/db';
import { MainRoot, ProjectorRoot } from './app/roots';

const database = new MalsamtalDatabase();

createRoot(document.getElementById('root')!).render(
  windowRole === 'projector' ? <ProjectorRoot database={database} /> : <MainRoot bridge={mainBridge()} database={database} shell={shell} />,
);
