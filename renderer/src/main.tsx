import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ViewErrorBoundary } from './common/ViewErrorBoundary';
import { GemeenteFocusProvider } from './focus/GemeenteFocus';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last safety net: each part of the app has its own; this one only catches what the shell itself cannot draw. */}
    <ViewErrorBoundary area="Plekkenplanner">
      <GemeenteFocusProvider>
        <App />
      </GemeenteFocusProvider>
    </ViewErrorBoundary>
  </StrictMode>,
);
