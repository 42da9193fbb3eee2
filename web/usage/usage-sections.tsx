import type { Image } from '../images/public'
import { InstancesSection } from './instances-section'
import { SharingSection } from './sharing-section'

/** What the drawer adds about an image's use, loaded with the drawer's first "Instances": who runs it, who sees it. */
export default function UsageSections({ image, region }: { image: Image; region: string }) {
  return (
    <>
      <InstancesSection imageId={image.id} region={region} />
      <SharingSection image={image} region={region} />
    </>
  )
}
