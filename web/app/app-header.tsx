import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { infoQuery } from '../images/data/images-query'
import { t } from '../lib/i18n'
import { Badge } from '../ui/badge'
import { IconSprite } from '../ui/icons'
import { LanguageSelect } from './language-select'
import { SignedInUser } from './signed-in-user'

interface AppHeaderProps {
  children: ReactNode
  /** A button that shows the controls on a phone, and the class that hides them there until it is pressed. */
  fold?: { button: ReactNode; folded: string }
}

/**
 * Product name, the demo badge when the proxy serves the emulator, the feature's controls, who is signed in
 * (with "Sign out" where the app signs people in) and the language.
 */
export function AppHeader({ children, fold }: AppHeaderProps) {
  const info = useQuery(infoQuery)
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-neutral-200 px-4 py-2.5 dark:border-neutral-800">
      <h1 className="text-[15px] font-semibold tracking-tight whitespace-nowrap">{t('app.title')}</h1>
      {info.data?.mode === 'demo' && (
        <span title={t('app.demoHint')}>
          <Badge tone="neutral">{t('app.demo')}</Badge>
        </span>
      )}
      {fold?.button}
      {/* On a phone the region picker has a line of its own; the zone and the language share the next. */}
      <div
        className={`flex w-full min-w-0 flex-wrap gap-2 sm:ml-auto sm:w-auto sm:flex-nowrap sm:justify-end ${fold?.folded ?? ''}`}
      >
        {children}
        {info.data?.user && <SignedInUser user={info.data.user} canSignOut={info.data.signOut} />}
        <LanguageSelect />
      </div>
      {/* Last in the header: the page's first paint waits for it (index.html), so the header is whole when first shown. */}
      <IconSprite />
    </header>
  )
}
