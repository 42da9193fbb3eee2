import { describe, expect, it } from 'vitest'
import { INSTANCE_STATES } from '../../core/describe-instances.js'
import { buildCatalog } from '../catalog/catalog.js'
import { buildFleet, usedImages } from './fleet.js'
import { queryFleet } from './query.js'
import { sharePermissions } from './sharing.js'

const catalog = buildCatalog('ap-guangzhou', Date.UTC(2026, 11, 1), 120)
const fleet = buildFleet(catalog, 300)

describe('the demo fleet', () => {
  it('is the same on every run, with unique ins- ids in the region’s zones', () => {
    expect(buildFleet(catalog, 300)).toEqual(fleet)
    expect(fleet).toHaveLength(300)
    expect(new Set(fleet.map((instance) => instance.InstanceId)).size).toBe(300)
    for (const instance of fleet) {
      expect(instance.InstanceId).toMatch(/^ins-[a-z0-9]{8}$/)
      expect(instance.Placement.Zone).toMatch(/^ap-guangzhou-\d$/)
      expect(INSTANCE_STATES).toContain(instance.InstanceState)
      expect(instance.CreatedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    }
  })

  it('runs many custom, shared and public images and leaves others unused', () => {
    const running = new Set(fleet.map((instance) => instance.ImageId))
    const byType = (type: string) => catalog.entries.filter((entry) => entry.image.ImageType === type)
    for (const type of ['PRIVATE_IMAGE', 'SHARED_IMAGE', 'PUBLIC_IMAGE']) {
      const images = byType(type)
      const used = images.filter((entry) => running.has(entry.image.ImageId)).length
      expect(used).toBeGreaterThan(0)
      expect(used).toBeLessThan(images.length)
    }
    expect(running).toEqual(new Set(usedImages(catalog).map((image) => image.ImageId)))
  })

  it('is mostly running, with some stopped and a few in passing states; instances start after their image', () => {
    const count = (state: string) => fleet.filter((instance) => instance.InstanceState === state).length
    expect(count('RUNNING')).toBeGreaterThan(150)
    expect(count('STOPPED')).toBeGreaterThan(20)
    const created = new Map(catalog.entries.map((entry) => [entry.image.ImageId, entry.created]))
    for (const instance of fleet) {
      expect(Date.parse(instance.CreatedTime)).toBeGreaterThanOrEqual(
        (created.get(instance.ImageId) ?? 0) - 1000,
      )
    }
  })

  it('answers DescribeInstances filters and pages', () => {
    const page = (filters: { name: string; values: string[] }[], offset = 0, limit = 100) =>
      queryFleet(fleet, { region: 'ap-guangzhou', instanceIds: [], filters: filters as never, offset, limit })
    expect(page([]).TotalCount).toBe(300)
    expect(page([], 280, 100).InstanceSet).toHaveLength(20)
    const stopped = page([{ name: 'instance-state', values: ['STOPPED'] }])
    expect(stopped.InstanceSet.every((instance) => instance.InstanceState === 'STOPPED')).toBe(true)
    const zone = fleet[0]?.Placement.Zone ?? ''
    const both = page([
      { name: 'zone', values: [zone] },
      { name: 'tag:env', values: ['prod'] },
    ])
    expect(both.TotalCount).toBe(
      fleet.filter(
        (i) => i.Placement.Zone === zone && i.Tags.some((t) => t.Key === 'env' && t.Value === 'prod'),
      ).length,
    )
    expect(page([{ name: 'vpc-id', values: ['vpc-12345678'] }]).TotalCount).toBe(0)
  })

  it('shares about one custom image in four with partner accounts', () => {
    const custom = catalog.entries.filter((entry) => entry.image.ImageType === 'PRIVATE_IMAGE')
    const shared = custom.filter((entry) => sharePermissions(entry.image).length > 0)
    expect(shared.length).toBeGreaterThan(custom.length / 8)
    expect(shared.length).toBeLessThan(custom.length / 2)
    expect(sharePermissions(shared[0]?.image as never)[0]).toEqual({
      AccountId: expect.stringMatching(/^\d+$/),
      CreatedTime: expect.stringMatching(/Z$/),
    })
  })
})
