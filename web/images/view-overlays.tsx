import { lazy, Suspense } from 'react'
import { withLaterWords } from '../lib/i18n'
import type { Image } from './data/image-model'
import { type Selection, selectedImages } from './selection/selection'
import type { ViewState } from './view-state/url-state'

// The drawer's code loads when an image is first opened; the view is in the URL, so no click is lost.
const ImageDrawer = lazy(
  withLaterWords(() => import('./drawer/image-drawer').then((module) => ({ default: module.ImageDrawer }))),
)
// The comparison loads when first asked for.
const CompareView = lazy(withLaterWords(() => import('./compare/compare-view')))

interface ViewOverlaysProps {
  view: ViewState
  region: string | null
  rows: Image[] | undefined
  selection: Selection
  /** Once mounted, the drawer stays mounted so that closing it can hand focus back to its row. */
  drawerMounted: boolean
  onCloseImage: () => void
  onMoveImage: (image: Image) => void
  onCompare: (ids: string[]) => void
  onOnlyDifferences: (on: boolean) => void
}

/** What opens over the list: the drawer of one image (`?image=`) and the comparison (`?compare=`). */
export function ViewOverlays(props: ViewOverlaysProps) {
  const { view, region, rows, selection, drawerMounted } = props
  return (
    <>
      {drawerMounted && (
        <Suspense fallback={null}>
          <ImageDrawer
            imageId={view.image}
            view={view}
            known={rows}
            onClose={props.onCloseImage}
            onMove={props.onMoveImage}
          />
        </Suspense>
      )}
      {view.compare.length > 0 && (
        <Suspense fallback={null}>
          <CompareView
            ids={view.compare}
            view={view}
            region={region}
            known={[...selectedImages(selection), ...(rows ?? [])]}
            onlyDifferences={view.onlyDifferences}
            onOnlyDifferences={props.onOnlyDifferences}
            onClose={() => props.onCompare([])}
          />
        </Suspense>
      )}
    </>
  )
}
