/** The search box, the filter chips, the limits they enforce, and the region picker. */
export const filters = {
  'filters.section': 'Filters',
  'filters.search': 'Search images',
  'filters.searchPlaceholder': 'Search names or paste image IDs',
  'filters.add': 'Add filter',
  'tools.fold': 'Filters & tools',
  'filters.clearAll': 'Clear all',
  'filters.lookupChip': (p: { ids: string }) => `Image IDs: ${p.ids}`,
  'filters.endLookup': 'End ID lookup',
  'filters.remove': (p: { label: string }) => `Remove filter ${p.label}`,
  'chip.summary': (p: { label: string; values: string }) => `${p.label}: ${p.values}`,
  'chip.type': 'Type',
  'chip.name': 'Name',
  'chip.id': 'Image ID',
  'chip.platform': 'Platform',
  'chip.tagKey': 'Tag key',
  'chip.tagValue': 'Tag value',
  'chip.tag': 'Tag',
  'chip.tagOf': (p: { key: string }) => `Tag ${p.key}`,
  'rule.maxValues': (p: { max: number }) => `A filter takes at most ${p.max} values (DescribeImages limit).`,
  'rule.maxFilters': (p: { max: number }) =>
    `At most ${p.max} filters can be combined (DescribeImages limit).`,
  'region.label': 'Region',
  'region.apply': 'Show',
  /** The English console's name, "Guangzhou (ap-guangzhou)", which the caller has from core/regions.ts. */
  'region.name': (p: { id: string; english: string }) => p.english,
}
