import { useState } from 'react'
import { postSignOut } from '../lib/api-client'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'

interface SignedInUserProps {
  user: string
  /** AUTH=oidc: the app can end the session; behind an auth proxy, the proxy owns sign-out. */
  canSignOut: boolean
}

/** "Signed in as …" and, where the app signs people in, "Sign out". */
export function SignedInUser({ user, canSignOut }: SignedInUserProps) {
  const [leaving, setLeaving] = useState(false)
  const signOut = async () => {
    setLeaving(true)
    // Whatever happens, the page is left: the proxy answers it with sign-in if the session is gone.
    const next = await postSignOut().catch(() => '/')
    window.location.assign(next)
  }
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="min-w-0 truncate text-xs text-neutral-600 dark:text-neutral-400" title={user}>
        {t('app.signedInAs', { user })}
      </span>
      {canSignOut && (
        <Button disabled={leaving} onClick={() => void signOut()}>
          {t('app.signOut')}
        </Button>
      )}
    </div>
  )
}
