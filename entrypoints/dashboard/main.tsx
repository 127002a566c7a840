import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from '../../components/AppRoot';
import { DashboardApp } from './DashboardApp';
import '../../components/tokens.css';
import '../../components/due-chip.css';
import '../../components/avatar.css';
import '../../components/toast.css';
import './styles/layout.css';
import './styles/people.css';
import './styles/person.css';
import './styles/insights.css';
import './styles/settings.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoot>
      <DashboardApp />
    </AppRoot>
  </StrictMode>,
);
