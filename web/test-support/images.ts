import type { Image } from '../images/data/image-model'

/** A custom Ubuntu image as the web's model holds it, with `extra` on top: a test's subject. */
export function testImage(id: string, extra: Partial<Image> = {}): Image {
  return {
    id,
    name: `web-${id}`,
    osName: 'Ubuntu Server 22.04 LTS 64bit',
    type: 'PRIVATE_IMAGE',
    status: 'NORMAL',
    platform: 'Ubuntu',
    architecture: 'x86_64',
    creator: '100023456789',
    description: '',
    createdAt: '2026-10-02T08:00:00Z',
    createdTime: Date.parse('2026-10-02T08:00:00Z'),
    raw: {},
    ...extra,
  }
}
