import { createRoot } from 'react-dom/client';
import { AppRoot } from '../../components/AppRoot';
import { PopupApp } from './PopupApp';
import '../../components/tokens.css';
import '../../components/due-chip.css';
import '../../components/avatar.css';
import '../../components/toast.css';
import './popup.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <AppRoot>
      <PopupApp />
    </AppRoot>,
  );
}
