import {
  cloneElement,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  Suspense,
  useState,
} from 'react'

interface LazyMenuProps {
  /** Starts loading the menu's code; called when the pointer or focus reaches the trigger. */
  preload: () => Promise<unknown>
  /** The trigger button, shown as it is until the menu's code has loaded. */
  trigger: ReactElement<HTMLAttributes<HTMLElement>>
  /** The real menu; `defaultOpen` is true because it mounts in answer to a click on the trigger. */
  children: (defaultOpen: boolean) => ReactNode
}

/**
 * A menu whose code loads on first use, so the first screen does not carry it. Until then its trigger is a
 * plain button that looks the same: pointing at it or focusing it starts the download, and a click opens the
 * real menu as soon as its code is here, so no click is lost however slow the network.
 */
export function LazyMenu({ preload, trigger, children }: LazyMenuProps) {
  const [wanted, setWanted] = useState(false)
  if (!wanted) {
    return cloneElement(trigger, {
      onPointerEnter: () => void preload(),
      onFocus: () => void preload(),
      onClick: () => setWanted(true),
    })
  }
  return <Suspense fallback={trigger}>{children(true)}</Suspense>
}
