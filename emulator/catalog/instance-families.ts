/**
 * Which images an instance type can boot, by its family (the text before the dot): the ARM families boot arm
 * images only, the others x86_64 (https://cloud.tencent.com/document/product/213/11518 lists the families).
 * A family not in this table is refused the way DescribeImages refuses an unknown type.
 */
import type { RequestError } from '../../core/request/refusal.js'

type Architecture = 'x86_64' | 'arm'

const ARM_FAMILIES = ['SR1', 'SR2']
const X86_FAMILIES = [
  ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S8', 'SA1', 'SA2', 'SA3', 'SA4', 'SA5', 'SA9', 'SN3ne', 'SK1'],
  ...['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M8', 'MA2', 'MA3', 'C2', 'C3', 'C4', 'C5', 'C6', 'CN3'],
  ...['IT3', 'IT5', 'IT5c', 'D2', 'D3', 'BMS5', 'GN7', 'GN7vi', 'GN10Xp', 'GNV4', 'PNV4', 'HCCPNV4ane'],
  ...['TS5', 'TM5', 'TC5', 'TI5', 'E5', 'ES5', 'ESA5', 'ESK1'],
]

const FAMILIES: ReadonlyMap<string, Architecture> = new Map([
  ...ARM_FAMILIES.map((family): [string, Architecture] => [family, 'arm']),
  ...X86_FAMILIES.map((family): [string, Architecture] => [family, 'x86_64']),
])

/** The architecture the type's images must have, or the error for a family this table does not know. */
export function architectureFor(instanceType: string): Architecture | RequestError {
  const family = instanceType.split('.')[0] ?? ''
  const architecture = FAMILIES.get(family)
  if (architecture) return architecture
  return {
    code: 'InvalidParameterValue.InstanceTypeNotFound',
    message: `The instance type ${JSON.stringify(instanceType)} does not exist.`,
  }
}
