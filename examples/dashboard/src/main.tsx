import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@tarif/ui/styles.css';
import './dashboard.css';
import { Dashboard } from './dashboard.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
