import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { queryClient } from './app/providers'
import { prefetchFirstPage } from './images/data/prefetch-first-page'
import './app/index.css'

prefetchFirstPage(queryClient, window.location.search)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
