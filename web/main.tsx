import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { startLanguage } from './app/language'
import { queryClient } from './app/providers'
import { prefetchFirstPage } from './images/data/prefetch-first-page'
import './app/index.css'

// The first page's request and the language's catalogue travel together; React renders once both can.
prefetchFirstPage(queryClient, window.location.search)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const mount = root
startLanguage().then(() =>
  createRoot(mount).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
