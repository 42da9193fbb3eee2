import {
  cloneElement,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  Suspense,
  useState,
} from 'react'

type Trigger = ReactElement<HTMLAttributes<HTMLElement>>

interface LazyMenuProps {
  /** Starts loading the menu's code; called when the pointer or focus reaches the trigger. */
  preload: () => Promise<unknown>
  /** The trigger button, shown as it is until the menu's code has loaded. */
  trigger: Trigger
  /** The real menu; `defaultOpen` is true because it mounts in answer to a click on the trigger. */
  children: (defaultOpen: boolean) => ReactNode
}

/**
 * A control's trigger while the control's code is still on its way: it looks the same, pointing at it or
 * focusing it starts the download, and a click is kept (`onClick` records it) rather than lost.
 */
export function waitingTrigger(trigger: Trigger, preload: () => Promise<unknown>, onClick: () => void) {
  return cloneElement(trigger, {
    onPointerEnter: () => void preload(),
    onFocus: () => void preload(),
    onClick,
  })
}

/**
 * A menu whose code loads on first use, so the first screen does not carry it. Until then its trigger is a
 * plain button that looks the same: pointing at it or focusing it starts the download, and a click opens the
 * real menu as soon as its code is here, so no click is lost however slow the network.
 */
export function LazyMenu({ preload, trigger, children }: LazyMenuProps) {
  const [wanted, setWanted] = useState(false)
  if (!wanted) return waitingTrigger(trigger, preload, () => setWanted(true))
  return <Suspense fallback={trigger}>{children(true)}</Suspense>
}
