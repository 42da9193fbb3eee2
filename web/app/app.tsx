import { useLayoutEffect } from 'react'
import { ImageBrowser } from '../images/image-browser'
import { AppHeader } from './app-header'
import { Providers } from './providers'
import { applyThemeOverride } from './theme'

export function App() {
  useLayoutEffect(() => applyThemeOverride(document.documentElement, window.location.search), [])
  return (
    <Providers>
      <ImageBrowser header={(controls) => <AppHeader>{controls}</AppHeader>} />
    </Providers>
  )
}
