/**
 * The public (official) images every region offers, with the names the console shows. The ids are the real
 * ones where Tencent's public image update log names them (https://github.com/tencentyun/intlcloud-documents,
 * yehe_doc/计算和容器/云服务器/动态与公告/公共镜像更新记录_intl_en.md); the others are derived from the name, so they
 * too are stable.
 */
import type { LegacyImage } from '../../core/describe-images.js'
import { newImageId, seededRandom } from './random.js'

type Arch = 'x86_64' | 'arm'

/** [platform, image name, legacy OS code, release date, real id or null, also built for ARM64] */
type Row = [string, string, string, string, string | null, boolean?]

const ROWS: Row[] = [
  ['CentOS', 'CentOS 6.6 32位', 'centos6.6x86_32', '2016-01-12', 'img-pmqg1cw7'],
  ['CentOS', 'CentOS 6.8 64位', 'centos6.8x86_64', '2016-06-20', 'img-6ns5om13'],
  ['CentOS', 'CentOS 6.9 64位', 'centos6.9x86_64', '2017-04-15', 'img-i5u2lkoz'],
  ['CentOS', 'CentOS 7.2 64位', 'centos7.2x86_64', '2016-03-10', 'img-31tjrtph'],
  ['CentOS', 'CentOS 7.3 64位', 'centos7.3x86_64', '2017-01-05', 'img-dkwyg6sr'],
  ['CentOS', 'CentOS 7.4 64位', 'centos7.4x86_64', '2017-10-12', 'img-8toqc6s3'],
  ['CentOS', 'CentOS 7.5 64位', 'centos7.5x86_64', '2018-06-01', 'img-oikl1tzv'],
  ['CentOS', 'CentOS 7.6 64位', 'centos7.6x86_64', '2018-12-18', 'img-9qabwvbn', true],
  ['CentOS', 'CentOS 7.7 64位', 'centos7.7x86_64', '2019-10-08', 'img-1u6l2i9l'],
  ['CentOS', 'CentOS 7.8 64位', 'centos7.8x86_64', '2020-05-20', 'img-3la7wgnt'],
  ['CentOS', 'CentOS 7.9 64位', 'centos7.9x86_64', '2020-12-01', 'img-l8og963d', true],
  ['CentOS', 'CentOS 8.0 64位', 'centos8.0x86_64', '2019-10-30', 'img-25szkc8t'],
  ['CentOS', 'CentOS 8.2 64位', 'centos8.2x86_64', '2020-07-10', 'img-n7nyt2d7', true],
  ['CentOS', 'CentOS 8.3 64位', 'centos8.3x86_64', '2021-01-15', 'img-5w4qozfr'],
  ['CentOS', 'CentOS 8.4 64位', 'centos8.4x86_64', '2021-06-18', 'img-l5eqiljn'],
  ['CentOS', 'CentOS Stream 8 64位', 'centosstream8x86_64', '2021-03-01', 'img-8m9ugrip'],
  ['CentOS', 'CentOS Stream 9 64位', 'centosstream9x86_64', '2022-02-10', 'img-9xqekomx', true],
  ['Ubuntu', 'Ubuntu Server 16.04.1 LTS 64位', 'ubuntu16.04.1 LTSx86_64', '2016-05-01', 'img-pyqx34y1'],
  ['Ubuntu', 'Ubuntu Server 18.04.1 LTS 64位', 'ubuntu18.04.1 LTSx86_64', '2018-05-10', 'img-pi0ii46r', true],
  ['Ubuntu', 'Ubuntu Server 20.04 LTS 64位', 'ubuntu20.04 LTSx86_64', '2020-05-06', 'img-22trbn9x', true],
  ['Ubuntu', 'Ubuntu Server 22.04 LTS 64位', 'ubuntu22.04 LTSx86_64', '2022-05-01', 'img-487zeit5', true],
  ['Ubuntu', 'Ubuntu Server 24.04 LTS 64位', 'ubuntu24.04 LTSx86_64', '2024-05-10', null, true],
  ['Debian', 'Debian 8.2 64位', 'debian8.2x86_64', '2016-02-01', null],
  ['Debian', 'Debian 9.0 64位', 'debian9.0x86_64', '2017-07-01', null],
  ['Debian', 'Debian 10.2 64位', 'debian10.2x86_64', '2019-12-10', 'img-h1yvvfw1'],
  ['Debian', 'Debian 11.1 64位', 'debian11.1x86_64', '2021-10-01', null, true],
  ['Debian', 'Debian 12.0 64位', 'debian12.0x86_64', '2023-07-01', null, true],
  ['TencentOS', 'TencentOS Server 2.4', 'tlinux2.4x86_64', '2020-06-01', 'img-hdt9xxkt'],
  ['TencentOS', 'TencentOS Server 2.6 (Final)', 'tlinux2.6x86_64', '2021-09-01', null],
  ['TencentOS', 'TencentOS Server 3.1 (TK4)', 'tlinux3.1x86_64', '2021-05-20', 'img-eb30mz89', true],
  ['TencentOS', 'TencentOS Server 3.1 (TK4) UEFI', 'tlinux3.1x86_64', '2022-08-01', 'img-39ywauzd'],
  ['TencentOS', 'TencentOS Server 3.2 (Final)', 'tlinux3.2x86_64', '2022-11-01', null],
  ['TencentOS', 'TencentOS Server 3.3 (TK4)', 'tlinux3.3x86_64', '2024-03-01', 'img-7rqxtnh9', true],
  ['TencentOS', 'TencentOS Server 4 for x86_64', 'tencentos4x86_64', '2024-11-20', 'img-6n21msk1', true],
  ['OpenCloudOS', 'OpenCloudOS 8.6', 'opencloudos8.6x86_64', '2022-08-15', null, true],
  ['OpenCloudOS', 'OpenCloudOS 8.8', 'opencloudos8.8x86_64', '2023-06-20', null, true],
  ['OpenCloudOS', 'OpenCloudOS 9.0', 'opencloudos9.0x86_64', '2023-09-01', null, true],
  ['OpenCloudOS', 'OpenCloudOS 9.2', 'opencloudos9.2x86_64', '2024-08-01', null, true],
  ['Rocky Linux', 'Rocky Linux 8.6 64位', 'rocky8.6x86_64', '2022-06-01', null],
  ['Rocky Linux', 'Rocky Linux 8.8 64位', 'rocky8.8x86_64', '2023-06-01', null],
  ['Rocky Linux', 'Rocky Linux 9.0 64位', 'rocky9.0x86_64', '2022-08-01', null],
  ['Rocky Linux', 'Rocky Linux 9.2 64位', 'rocky9.2x86_64', '2023-07-01', null, true],
  ['Rocky Linux', 'Rocky Linux 9.4 64位', 'rocky9.4x86_64', '2024-06-01', null],
  ['AlmaLinux', 'AlmaLinux 8.6 64位', 'almalinux8.6x86_64', '2022-06-10', null],
  ['AlmaLinux', 'AlmaLinux 8.8 64位', 'almalinux8.8x86_64', '2023-06-10', null],
  ['AlmaLinux', 'AlmaLinux 9.0 64位', 'almalinux9.0x86_64', '2022-08-10', null],
  ['AlmaLinux', 'AlmaLinux 9.2 64位', 'almalinux9.2x86_64', '2023-07-10', null, true],
  ['AlmaLinux', 'AlmaLinux 9.4 64位', 'almalinux9.4x86_64', '2024-06-10', null],
  [
    'Windows',
    'Windows Server 2012 R2 数据中心版 64位中文版',
    'win2012r2x86_64',
    '2016-03-01',
    'img-29hl923v',
  ],
  [
    'Windows',
    'Windows Server 2012 R2 数据中心版 64位英文版',
    'win2012r2x86_64',
    '2016-03-01',
    'img-2tddq003',
  ],
  ['Windows', 'Windows Server 2016 数据中心版 64位中文版', 'win2016x86_64', '2017-02-01', 'img-9id7emv7'],
  ['Windows', 'Windows Server 2016 数据中心版 64位英文版', 'win2016x86_64', '2017-02-01', 'img-1eckhm4t'],
  ['Windows', 'Windows Server 2019 数据中心版 64位中文版', 'win2019x86_64', '2019-04-01', 'img-mmy6qctz'],
  ['Windows', 'Windows Server 2019 数据中心版 64位英文版', 'win2019x86_64', '2019-04-01', null],
  ['Windows', 'Windows Server 2022 数据中心版 64位中文版', 'win2022x86_64', '2022-04-01', null],
  ['Windows', 'Windows Server 2022 数据中心版 64位英文版', 'win2022x86_64', '2022-04-01', null],
  ['OpenSUSE', 'OpenSUSE 42.3 64位', 'opensuse42.3x86_64', '2017-08-01', 'img-0ytr67o7'],
  ['OpenSUSE', 'OpenSUSE Leap 15.1 64位', 'opensuse15.1x86_64', '2019-06-01', 'img-4orfgj3l'],
  ['OpenSUSE', 'OpenSUSE Leap 15.4 64位', 'opensuse15.4x86_64', '2022-07-01', null],
  ['FreeBSD', 'FreeBSD 12.1 64位', 'freebsd12.1x86_64', '2020-01-10', null],
  ['FreeBSD', 'FreeBSD 13.1 64位', 'freebsd13.1x86_64', '2022-06-01', null],
  ['Fedora', 'Fedora 36 64位', 'fedora36x86_64', '2022-05-15', null],
  ['Fedora', 'Fedora 37 64位', 'fedora37x86_64', '2022-11-20', null],
  ['CoreOS', 'CoreOS 1745.7.0 64位', 'coreos1745.7.0x86_64', '2018-06-01', null],
]

const DESCRIPTIONS: Record<string, string> = {
  TencentOS:
    'TencentOS Server 是腾讯云基于 Linux 内核自主研发的服务器操作系统，针对云上场景优化，与 CentOS 和 RHEL 生态兼容。',
  OpenCloudOS:
    'OpenCloudOS is an open-source Linux distribution for the cloud, co-built by Tencent and partners.',
}

/** The legacy OS code without its architecture ("ubuntu22.04 LTS"), by OsName, for names built from it. */
const OS_CODES = new Map<string, string>()

/**
 * An ARM64 build of a row. Its OsName reads as the English console names images ("Ubuntu Server 22.04 LTS
 * 64bit", reference: the DescribeImageFromFamily example at cloud.tencent.com/document/api/213/15715),
 * marked arm64, rather than a legacy code with "aarch64" run into it.
 */
function armVariant(row: Row): Row {
  const [platform, name, osName, date] = row
  const armName = name.replace(/ for x86_64$/, '').replace(/ 64位$/, '')
  const armOsName = `${armName} 64bit (arm64)`
  OS_CODES.set(armOsName, osName.replace(/x86_64$/, ''))
  return [platform, `${armName} for ARM64`, armOsName, date, null]
}

/** "ubuntu22.04 LTS" for an image of any architecture: the short code names of custom images start from. */
export function osCode(osName: string): string {
  return OS_CODES.get(osName) ?? osName.replace(/(x86_64|x86_32|aarch64)$/, '')
}

function toImage(row: Row, arch: Arch, taken: Set<string>): LegacyImage {
  const [platform, name, osName, date, realId] = row
  const ImageId = realId ?? newImageId(seededRandom(`public:${name}`), taken)
  taken.add(ImageId)
  return {
    ImageId,
    ImageOsName: osName,
    ImageType: 'PUBLIC_IMAGE',
    ImageCreateTime: `${date}T00:00:00+00:00`,
    ImageStatus: 'NORMAL',
    ImageName: name,
    ImageDescription: DESCRIPTIONS[platform] ?? name,
    Platform: platform,
    Architecture: arch,
    Creator: 'PUBLIC',
  }
}

/** Built once: the same public images, with the same ids, in every region. */
export const PUBLIC_IMAGES: readonly LegacyImage[] = (() => {
  const taken = new Set(ROWS.flatMap((row) => (row[4] ? [row[4]] : [])))
  const images = ROWS.map((row) => toImage(row, 'x86_64', taken))
  for (const row of ROWS) if (row[5]) images.push(toImage(armVariant(row), 'arm', taken))
  return images
})()
