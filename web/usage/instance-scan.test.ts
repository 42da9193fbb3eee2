import { describe, expect, it } from 'vitest'
import { type InstancePage, normalizeInstances, scanInstances, usageByImage } from './instance-scan'

const wire = (id: string, imageId: string, state = 'RUNNING') => ({
  InstanceId: id,
  InstanceName: `name-${id}`,
  InstanceState: state,
  InstanceType: 'S5.MEDIUM4',
  ImageId: imageId,
  Placement: { Zone: 'ap-nanjing-1', ProjectId: 0 },
  PrivateIpAddresses: ['10.0.0.1', '10.0.0.2'],
  CreatedTime: '2026-01-02T03:04:05Z',
})

/** A region of `total` instances, answered a page at a time, counting the calls. */
function region(total: number) {
  const all = Array.from({ length: total }, (_, i) =>
    wire(`ins-${String(i).padStart(8, '0')}`, `img-${i % 7}`),
  )
  const calls: number[] = []
  const fetchPage = async (offset: number, limit: number): Promise<InstancePage> => {
    calls.push(offset)
    return normalizeInstances({
      Response: { TotalCount: total, InstanceSet: all.slice(offset, offset + limit) },
    })
  }
  return { fetchPage, calls }
}

describe('the instance scan', () => {
  it('reads an instance as the app shows it, and a body without instances as none', () => {
    const page = normalizeInstances({
      Response: { TotalCount: 1, InstanceSet: [wire('ins-a', 'img-b'), { nope: 1 }] },
    })
    expect(page.instances).toEqual([
      {
        id: 'ins-a',
        name: 'name-ins-a',
        state: 'RUNNING',
        type: 'S5.MEDIUM4',
        zone: 'ap-nanjing-1',
        privateIp: '10.0.0.1, 10.0.0.2',
        created: '2026-01-02T03:04:05Z',
        imageId: 'img-b',
      },
    ])
    expect(normalizeInstances('not json')).toEqual({ total: 0, instances: [] })
  })

  it('pages through every instance, 100 at a time, with progress', async () => {
    const { fetchPage, calls } = region(250)
    const progress: number[] = []
    const scan = await scanInstances({ fetchPage, onProgress: (scanned) => progress.push(scanned) })
    expect(scan.instances).toHaveLength(250)
    expect(scan.complete).toBe(true)
    expect(calls.sort((a, b) => a - b)).toEqual([0, 100, 200])
    expect(progress.at(0)).toBe(100)
    expect(progress.at(-1)).toBe(250)
  })

  it('stops at its cap and says the scan is incomplete', async () => {
    const { fetchPage } = region(350)
    const scan = await scanInstances({ fetchPage, cap: 200 })
    expect(scan).toMatchObject({ total: 350, complete: false })
    expect(scan.instances).toHaveLength(200)
  })

  it('counts each image’s instances by state', () => {
    const usage = usageByImage(
      normalizeInstances({
        Response: {
          InstanceSet: [
            wire('ins-1', 'img-a'),
            wire('ins-2', 'img-a', 'STOPPED'),
            wire('ins-3', 'img-a', 'REBOOTING'),
            wire('ins-4', 'img-b'),
          ],
        },
      }).instances,
    )
    expect(usage.get('img-a')).toEqual({ total: 3, running: 1, stopped: 1, other: 1 })
    expect(usage.get('img-b')).toEqual({ total: 1, running: 1, stopped: 0, other: 0 })
  })
})
